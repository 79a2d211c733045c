import type { MarkerShape } from './personaStyle';

/** A point of an emotion curve, its shape telling the persona apart without colour. */
export function CurveMarker({ x, y, shape, size, colour }: { x: number; y: number; shape: MarkerShape; size: number; colour: string }) {
  const s = size;
  const common = { fill: colour, stroke: 'var(--color-surface)', strokeWidth: 2 };
  switch (shape) {
    case 'square':
      return <rect x={x - s} y={y - s} width={s * 2} height={s * 2} {...common} />;
    case 'triangle':
      return <path d={`M${x} ${y - s * 1.2} L${x + s * 1.1} ${y + s * 0.9} L${x - s * 1.1} ${y + s * 0.9}Z`} {...common} />;
    case 'diamond':
      return <path d={`M${x} ${y - s * 1.3} L${x + s * 1.3} ${y} L${x} ${y + s * 1.3} L${x - s * 1.3} ${y}Z`} {...common} />;
    default:
      return <circle cx={x} cy={y} r={s} {...common} />;
  }
}
