import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalMoments, emotionCurve, scoreY, type CurveLayout } from '../../shared/journey/emotionCurve';

const layout = (n: number, scale = 5): CurveLayout => ({ xs: Array.from({ length: n }, (_, i) => 50 + i * 100), yTop: 0, yBottom: 100, scale });

/** Every coordinate of the path, as [x, y] pairs. */
const coords = (path: string) => {
  const nums = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return nums.flatMap((_, i) => (i % 2 ? [] : [[nums[i]!, nums[i + 1]!] as const]));
};

/** Samples the cubic Bézier segments of a path. */
function sample(path: string): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (const sub of path.split('M').filter(Boolean)) {
    const pts = coords(`M${sub}`);
    for (let i = 0; i + 3 < pts.length; i += 3) {
      const [p0, p1, p2, p3] = [pts[i]!, pts[i + 1]!, pts[i + 2]!, pts[i + 3]!];
      for (let t = 0; t <= 1; t += 0.05) {
        const u = 1 - t;
        const at = (k: 0 | 1) => u * u * u * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t * t * t * p3[k];
        out.push({ x: at(0), y: at(1) });
      }
    }
  }
  return out;
}

describe('emotion curve geometry', () => {
  it('maps +scale to the top, −scale to the bottom, 0 to the middle', () => {
    expect(scoreY(5, layout(1))).toBe(0);
    expect(scoreY(-5, layout(1))).toBe(100);
    expect(scoreY(0, layout(1))).toBe(50);
    expect(scoreY(1, layout(1, 2))).toBe(25);
  });

  it('passes through every scored stage centre, starting with a move and joining with cubics', () => {
    const curve = emotionCurve([2, -1, 4], layout(3));
    expect(curve.path.startsWith('M50 30 C')).toBe(true);
    expect(curve.path.match(/C/g)).toHaveLength(2);
    expect(curve.path.endsWith('250 10')).toBe(true);
    expect(curve.points.map((p) => [p.index, p.x, p.y])).toEqual([[0, 50, 30], [1, 150, 60], [2, 250, 10]]);
    expect(coords(curve.path)).toContainEqual([150, 60]);
  });

  it('a peak or a dip is flat at its point: no overshoot past a stage score', () => {
    const curve = emotionCurve([0, -5, 0], layout(3));
    const points = coords(curve.path);
    expect(points[2]).toEqual([116.67, 100]);
    expect(points[4]).toEqual([183.33, 100]);
    for (const p of sample(curve.path)) expect(p.y).toBeLessThanOrEqual(100.001);
  });

  it('never leaves the scale, whatever the scores (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }), { minLength: 1, maxLength: 20 }), (scores) => {
        const curve = emotionCurve(scores, layout(scores.length));
        for (const p of sample(curve.path)) {
          if (p.y < -0.01 || p.y > 100.01) return false;
        }
        return curve.points.length === scores.filter((s) => s !== null).length;
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('an unscored stage breaks the curve into separate runs', () => {
    const curve = emotionCurve([1, null, -2, 3], layout(4));
    expect(curve.path.match(/M/g)).toHaveLength(2);
    expect(curve.path.split('M')[1]!.trim()).toBe('50 40');
    expect(emotionCurve([null, null], layout(2)).path).toBe('');
  });

  it('critical moments: every lowest stage; none on a flat curve or a single score', () => {
    expect(criticalMoments([2, -3, 1, -3, null])).toEqual([1, 3]);
    expect(criticalMoments([0, 1])).toEqual([0]);
    expect(criticalMoments([-2, -2, -2])).toEqual([]);
    expect(criticalMoments([null, -4, null])).toEqual([]);
    expect(criticalMoments([])).toEqual([]);
    expect(emotionCurve([3, -1, 2], layout(3)).critical).toEqual([1]);
  });
});
