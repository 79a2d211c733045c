import { printCurveLook } from '../../../shared/journey/curveLook';
import { emotionCurve } from '../../../shared/journey/emotionCurve';
import { defaultItemColour } from '../../../shared/journey/itemColours';
import { wrapText, type Measure, type Weight } from './printFonts';
import type { MapModel } from './readMapModel';

/** Lines of text laid out at a place: `y` is the top of the first line. */
export interface TextBlock {
  lines: string[];
  x: number;
  y: number;
  size: number;
  lineHeight: number;
  weight: Weight;
  colour: string;
}

/**
 * A journey map laid out once, in points, for every print and picture of it: the PDF, the SVG and
 * the PNG draw exactly these boxes, lines and words, so they agree with each other.
 */
export interface MapDrawing {
  width: number;
  height: number;
  texts: TextBlock[];
  /** Cell borders: x1, y1, x2, y2. */
  rules: [number, number, number, number][];
  /** The header band behind the stage names and lane names. */
  bands: { x: number; y: number; w: number; h: number; colour: string }[];
  stickies: { x: number; y: number; w: number; h: number; colour: string }[];
  curves: { path: string; colour: string; dash: string; points: { x: number; y: number }[] }[];
  zero: [number, number, number, number] | null;
  legend: { x: number; y: number; colour: string; dash: string }[];
}

const PAD = 24;
const LANE_W = 150;
const COL_W = 170;
const CELL_PAD = 8;
const STICKY_PAD = 6;
const STICKY_GAP = 6;
const STICKY_SIZE = 9.5;
const STICKY_LINE = 12.5;
const HEAD_SIZE = 11;
const HEAD_LINE = 14;
const CURVE_H = 120;
const LEGEND_H = 22;
const MIN_ROW = 36;
const INK = '#1a1c28';
const MUTED = '#545a6d';
const BORDER = '#bdb8ac';

/** Lays `map` out; `labels` are the words the studio adds itself, in the map's language. */
export function mapDrawing(map: MapModel, measure: Measure, labels: { goal: string }): MapDrawing {
  const texts: TextBlock[] = [];
  const block = (text: string, x: number, y: number, width: number, weight: Weight, size: number, lineHeight: number, colour = INK): TextBlock => {
    const laid = { lines: wrapText(measure, text, weight, size, width), x, y, size, lineHeight, weight, colour };
    texts.push(laid);
    return laid;
  };
  const heightOf = (b: TextBlock) => b.lines.length * b.lineHeight;

  const gridW = LANE_W + map.stages.length * COL_W;
  const width = PAD * 2 + Math.max(gridW, 480);
  let y = PAD;
  y += heightOf(block(map.name, PAD, y, width - PAD * 2, 'semibold', 18, 22)) + 4;
  if (map.goal) y += heightOf(block(`${labels.goal}: ${map.goal}`, PAD, y, width - PAD * 2, 'regular', 10.5, 14, MUTED));
  y += 12;

  const top = y;
  const colX = (i: number) => PAD + LANE_W + i * COL_W;
  const heads = map.stages.map((s, i) => block(s.name, colX(i) + CELL_PAD, y + CELL_PAD, COL_W - CELL_PAD * 2, 'semibold', HEAD_SIZE, HEAD_LINE));
  const headH = Math.max(MIN_ROW, ...heads.map((h) => heightOf(h) + CELL_PAD * 2));
  const bands = [{ x: PAD, y, w: gridW, h: headH, colour: '#efece5' }];
  const rowTops = [y];
  y += headH;

  const stickies: MapDrawing['stickies'] = [];
  const curves: MapDrawing['curves'] = [];
  const legend: MapDrawing['legend'] = [];
  let zero: MapDrawing['zero'] = null;
  for (const lane of map.lanes) {
    rowTops.push(y);
    const title = block(lane.name, PAD + CELL_PAD, y + CELL_PAD, LANE_W - CELL_PAD * 2, 'semibold', 10, 13, MUTED);
    let rowH = heightOf(title) + CELL_PAD * 2;
    if (lane.kind === 'emotions') {
      const yTop = y + 14;
      const yBottom = y + CURVE_H - 14;
      const layout = { xs: map.stages.map((_, i) => colX(i) + COL_W / 2), yTop, yBottom, scale: map.scale };
      zero = [colX(0), (yTop + yBottom) / 2, colX(map.stages.length), (yTop + yBottom) / 2];
      map.personas.forEach((persona, index) => {
        const scores = map.stages.map((stage) => map.scores.find((s) => s.stageId === stage.id && s.personaId === persona.id)?.score ?? null);
        const curve = emotionCurve(scores, layout);
        const look = printCurveLook(index);
        curves.push({ path: curve.path, ...look, points: curve.points.map((p) => ({ x: p.x, y: p.y })) });
      });
      let x = colX(0) + CELL_PAD;
      const legendY = y + CURVE_H + 4;
      map.personas.forEach((persona, index) => {
        legend.push({ x, y: legendY + 6, ...printCurveLook(index) });
        const name = block(persona.name, x + 34, legendY, 400, 'regular', 9.5, 12);
        x += 34 + measure.width(name.lines[0] ?? '', 'regular', 9.5) + 18;
      });
      rowH = Math.max(rowH, CURVE_H + (map.personas.length ? LEGEND_H : 0));
    } else {
      map.stages.forEach((stage, i) => {
        let sy = y + CELL_PAD;
        for (const item of map.items.filter((it) => it.stageId === stage.id && it.laneId === lane.id)) {
          const w = COL_W - CELL_PAD * 2;
          const text = block(item.text, colX(i) + CELL_PAD + STICKY_PAD, sy + STICKY_PAD, w - STICKY_PAD * 2, 'regular', STICKY_SIZE, STICKY_LINE);
          const h = heightOf(text) + STICKY_PAD * 2;
          stickies.push({ x: colX(i) + CELL_PAD, y: sy, w, h, colour: /^#[0-9a-f]{6}$/i.test(item.colour) ? item.colour : defaultItemColour });
          sy += h + STICKY_GAP;
        }
        rowH = Math.max(rowH, sy - STICKY_GAP + CELL_PAD - y);
      });
    }
    y += Math.max(MIN_ROW, rowH);
  }
  rowTops.push(y);
  bands.push({ x: PAD, y: top + headH, w: LANE_W, h: y - top - headH, colour: '#f7f5f0' });

  const rules: MapDrawing['rules'] = rowTops.map((ry) => [PAD, ry, PAD + gridW, ry]);
  for (let i = 0; i <= map.stages.length; i++) rules.push([colX(i), top, colX(i), y]);
  rules.push([PAD, top, PAD, y]);
  // Stickies are drawn before their words: a text block belongs to the sticky under it.
  return { width, height: y + PAD, texts, rules, bands, stickies, curves, zero, legend };
}

export const DRAWING_COLOURS = { ink: INK, muted: MUTED, border: BORDER } as const;
