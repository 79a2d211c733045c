/** Sticky-note colours: a small fixed palette keeps printed maps readable and legible in grey. */
export const itemColours = ['#fff59d', '#ffcc80', '#f8bbd0', '#b3e5fc', '#c8e6c9', '#d1c4e9', '#eeeeee'] as const;
export type ItemColour = (typeof itemColours)[number];

export const defaultItemColour: ItemColour = '#fff59d';
