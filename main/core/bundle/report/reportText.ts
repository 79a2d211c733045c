/** Text for HTML: every character that could open markup or leave an attribute is an entity. */
export const esc = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A colour from the project file goes into a style only as #rrggbb; anything else takes `fallback`. */
export const safeColour = (colour: string, fallback: string): string => (/^#[0-9a-f]{6}$/i.test(colour) ? colour : fallback);
