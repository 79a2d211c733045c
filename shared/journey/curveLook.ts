/**
 * How persona curves are told apart: by colour, and by dash and marker too, so they stay apart in
 * grey print and for colour-blind viewers. The screen takes its colours from the theme's avatar
 * tokens; prints and reports, which have no theme, from PRINT_PERSONA_COLOURS (the light theme's).
 */
export const CURVE_DASHES = ['', '12 6', '3 6', '14 5 3 5'] as const;
export const CURVE_MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
export const PRINT_PERSONA_COLOURS = ['#3a3fc4', '#b1365f', '#137a6b', '#a4560c', '#6a3fb5', '#2f6f9f'] as const;

export const printCurveLook = (index: number) => ({
  colour: PRINT_PERSONA_COLOURS[index % PRINT_PERSONA_COLOURS.length]!,
  dash: CURVE_DASHES[index % CURVE_DASHES.length]!,
});
