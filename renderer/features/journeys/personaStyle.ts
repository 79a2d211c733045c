export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface PersonaStyle {
  colour: string;
  dash: string;
  marker: MarkerShape;
}

const dashes = ['', '12 6', '3 6', '14 5 3 5'];
const markers: MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

/** Colour, dash and marker all differ per persona, so curves stay apart in grey print and for colour-blind viewers. */
export function personaStyle(index: number): PersonaStyle {
  return {
    colour: `var(--avatar-${(index % 6) + 1})`,
    dash: dashes[index % dashes.length]!,
    marker: markers[index % markers.length]!,
  };
}
