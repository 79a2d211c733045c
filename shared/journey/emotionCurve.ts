/**
 * Geometry of a persona's emotion curve across a map's stages, pure so the map view, the print
 * layout and the tests draw the same line.
 */

export interface CurveLayout {
  /** The centre x of each stage's column, left to right. */
  xs: readonly number[];
  /** Where +scale and −scale sit; SVG y grows downwards, so yTop < yBottom. */
  yTop: number;
  yBottom: number;
  /** The map's scale: scores run from −scale to +scale. */
  scale: number;
}

export interface CurvePoint {
  index: number;
  x: number;
  y: number;
  score: number;
}

export interface EmotionCurve {
  /** An SVG path; empty when nothing is scored. */
  path: string;
  points: CurvePoint[];
  /** Stage indices of the critical moments (see criticalMoments). */
  critical: number[];
}

const fmt = (n: number) => {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
};

export function scoreY(score: number, layout: CurveLayout): number {
  const clamped = Math.max(-layout.scale, Math.min(layout.scale, score));
  const mid = (layout.yTop + layout.yBottom) / 2;
  return mid - (clamped / layout.scale) * ((layout.yBottom - layout.yTop) / 2);
}

/**
 * The critical moments are the stages with the lowest score; ties are all marked. A flat curve
 * (every scored stage equal, or one scored stage) has none: no stage stands out as the low point.
 */
export function criticalMoments(scores: readonly (number | null)[]): number[] {
  const scored = scores.flatMap((s, i) => (s === null ? [] : [{ s, i }]));
  if (scored.length < 2) return [];
  const min = Math.min(...scored.map((p) => p.s));
  if (scored.every((p) => p.s === min)) return [];
  return scored.filter((p) => p.s === min).map((p) => p.i);
}

/**
 * Tangents of a monotone cubic (Steffen's method): zero at every local peak or dip and at most
 * twice the neighbouring secants, so each segment stays between the two points it joins and the
 * curve never leaves the scale. The ends take their segment's own slope.
 */
function tangents(pts: readonly CurvePoint[]): number[] {
  const n = pts.length;
  const h = (i: number) => pts[i + 1]!.x - pts[i]!.x;
  const d = (i: number) => (pts[i + 1]!.y - pts[i]!.y) / h(i);
  const m: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0) m.push(d(0));
    else if (i === n - 1) m.push(d(n - 2));
    else {
      const d0 = d(i - 1);
      const d1 = d(i);
      const p = (d0 * h(i) + d1 * h(i - 1)) / (h(i - 1) + h(i));
      m.push((Math.sign(d0) + Math.sign(d1)) * Math.min(Math.abs(d0), Math.abs(d1), 0.5 * Math.abs(p)));
    }
  }
  return m;
}

function segmentPath(pts: readonly CurvePoint[]): string {
  const first = pts[0]!;
  let path = `M${fmt(first.x)} ${fmt(first.y)}`;
  if (pts.length === 1) return path;
  const m = tangents(pts);
  for (let i = 0; i < pts.length - 1; i++) {
    const a = pts[i]!;
    const b = pts[i + 1]!;
    const third = (b.x - a.x) / 3;
    path += ` C${fmt(a.x + third)} ${fmt(a.y + m[i]! * third)} ${fmt(b.x - third)} ${fmt(b.y - m[i + 1]! * third)} ${fmt(b.x)} ${fmt(b.y)}`;
  }
  return path;
}

/**
 * A smooth curve through the scored stages. An unscored stage (null) breaks the curve: the line
 * does not invent a feeling nobody recorded, so each run of scored stages is its own sub-path.
 */
export function emotionCurve(scores: readonly (number | null)[], layout: CurveLayout): EmotionCurve {
  const points: CurvePoint[] = [];
  const runs: CurvePoint[][] = [];
  let run: CurvePoint[] = [];
  scores.forEach((score, index) => {
    const x = layout.xs[index];
    if (score === null || x === undefined) {
      if (run.length) runs.push(run);
      run = [];
      return;
    }
    const point = { index, x, y: scoreY(score, layout), score };
    points.push(point);
    run.push(point);
  });
  if (run.length) runs.push(run);
  return { path: runs.map(segmentPath).join(' '), points, critical: criticalMoments(scores) };
}
