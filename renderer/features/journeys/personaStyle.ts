import { CURVE_DASHES, CURVE_MARKERS } from '../../../shared/journey/curveLook';

export type MarkerShape = (typeof CURVE_MARKERS)[number];

export interface PersonaStyle {
  colour: string;
  dash: string;
  marker: MarkerShape;
}

/** Colour, dash and marker all differ per persona, so curves stay apart in grey print and for colour-blind viewers. */
export function personaStyle(index: number): PersonaStyle {
  return {
    colour: `var(--avatar-${(index % 6) + 1})`,
    dash: CURVE_DASHES[index % CURVE_DASHES.length]!,
    marker: CURVE_MARKERS[index % CURVE_MARKERS.length]!,
  };
}
