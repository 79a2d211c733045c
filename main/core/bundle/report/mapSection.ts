import { printCurveLook } from '../../../../shared/journey/curveLook';
import { emotionCurve } from '../../../../shared/journey/emotionCurve';
import { defaultItemColour } from '../../../../shared/journey/itemColours';
import type { MapModel } from '../../prints/readMapModel';
import { esc, safeColour } from './reportText';


const COLUMN = 180;
const CURVE_HEIGHT = 150;
const CURVE_TOP = 16;
const CURVE_BOTTOM = CURVE_HEIGHT - 16;

type ReportMap = MapModel;

/** The emotion curves across the stage columns, drawn from the scores with the map view's own geometry. */
function curvesSvg(map: ReportMap): string {
  const width = map.stages.length * COLUMN;
  const layout = { xs: map.stages.map((_, i) => (i + 0.5) * COLUMN), yTop: CURVE_TOP, yBottom: CURVE_BOTTOM, scale: map.scale };
  const mid = (CURVE_TOP + CURVE_BOTTOM) / 2;
  const lines = map.personas.map((persona, index) => {
    const scores = map.stages.map((stage) => map.scores.find((s) => s.stageId === stage.id && s.personaId === persona.id)?.score ?? null);
    const curve = emotionCurve(scores, layout);
    const { colour, dash } = printCurveLook(index);
    const dots = curve.points.map((p) => `<circle cx="${p.x}" cy="${p.y}" r="6" fill="${colour}"><title>${esc(persona.name)}: ${p.score}</title></circle>`).join('');
    return `<path d="${curve.path}" fill="none" stroke="${colour}" stroke-width="3.5" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>${dots}`;
  });
  return `<svg class="curves" width="${width}" height="${CURVE_HEIGHT}" viewBox="0 0 ${width} ${CURVE_HEIGHT}" role="img" aria-hidden="true"><line x1="0" x2="${width}" y1="${mid}" y2="${mid}" stroke="#a9a497" stroke-dasharray="2 6"/>${lines.join('')}</svg>`;
}

function legend(map: ReportMap): string {
  if (map.personas.length === 0) return '';
  const entries = map.personas.map((p, i) => {
    const { colour, dash } = printCurveLook(i);
    return `<li><svg width="36" height="10" aria-hidden="true"><line x1="2" x2="34" y1="5" y2="5" stroke="${colour}" stroke-width="3.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/></svg>${esc(p.name)}</li>`;
  });
  return `<ul class="legend">${entries.join('')}</ul>`;
}

/** A journey map as a grid: stages across, lanes down, the stickies in their cells, the curves in the emotions lane. */
export function mapSection(map: ReportMap, labels: { goal: string; noStages: string }): string {
  const head = `<h3>${esc(map.name)}</h3>${map.goal ? `<p class="goal"><strong>${esc(labels.goal)}:</strong> ${esc(map.goal)}</p>` : ''}`;
  if (map.stages.length === 0) return `<section class="map">${head}<p class="muted">${esc(labels.noStages)}</p></section>`;
  const cols = `<colgroup><col class="lane-col">${map.stages.map(() => `<col style="width:${COLUMN}px">`).join('')}</colgroup>`;
  const stageRow = `<tr><th></th>${map.stages.map((s) => `<th scope="col" class="stage">${esc(s.name)}</th>`).join('')}</tr>`;
  const rows = map.lanes.map((lane) => {
    const title = `<th scope="row" class="lane">${esc(lane.name)}</th>`;
    if (lane.kind === 'emotions') return `<tr class="emotions">${title}<td colspan="${map.stages.length}">${curvesSvg(map)}${legend(map)}</td></tr>`;
    const cells = map.stages.map((stage) => {
      const stickies = map.items
        .filter((i) => i.stageId === stage.id && i.laneId === lane.id)
        .map((i) => `<div class="sticky" style="background:${safeColour(i.colour, defaultItemColour)}">${esc(i.text)}</div>`);
      return `<td>${stickies.join('')}</td>`;
    });
    return `<tr>${title}${cells.join('')}</tr>`;
  });
  return `<section class="map">${head}<div class="map-scroll"><table class="grid">${cols}<thead>${stageRow}</thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}
