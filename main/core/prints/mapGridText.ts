import { csvText } from '../bundle/csvText';
import type { MapModel } from './readMapModel';

/** Each lane's stickies per stage, in the map's order; the emotions lane shows the scores per persona. */
function cells(map: MapModel): { lane: string; perStage: string[][] }[] {
  return map.lanes.map((lane) => ({
    lane: lane.name,
    perStage: map.stages.map((stage) =>
      lane.kind === 'emotions'
        ? map.personas.flatMap((p) => {
            const score = map.scores.find((s) => s.stageId === stage.id && s.personaId === p.id)?.score;
            return score === undefined ? [] : [`${p.name}: ${score > 0 ? '+' : ''}${score}`];
          })
        : map.items.filter((i) => i.stageId === stage.id && i.laneId === lane.id).map((i) => i.text),
    ),
  }));
}

/** The grid as a spreadsheet: a row per lane, a column per stage, a cell's stickies on lines of their own. */
export function mapCsv(map: MapModel, laneHeader: string): string {
  return csvText(
    [laneHeader, ...map.stages.map((s) => s.name)],
    cells(map).map((row) => [row.lane, ...row.perStage.map((texts) => texts.join('\n'))]),
  );
}

const mdCell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The grid as a Markdown table (GitHub's flavour), under the map's name and goal. */
export function mapMarkdown(map: MapModel, labels: { lane: string; goal: string }): string {
  const head = `| ${[labels.lane, ...map.stages.map((s) => s.name)].map(mdCell).join(' | ')} |`;
  const rule = `|${' --- |'.repeat(map.stages.length + 1)}`;
  const rows = cells(map).map((row) => `| ${[mdCell(row.lane), ...row.perStage.map((texts) => texts.map(mdCell).join('<br>'))].join(' | ')} |`);
  const goal = map.goal ? `\n${labels.goal}: ${mdCell(map.goal)}\n` : '';
  return `# ${mdCell(map.name)}\n${goal}\n${[head, rule, ...rows].join('\n')}\n`;
}
