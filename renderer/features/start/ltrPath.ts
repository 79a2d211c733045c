/**
 * Long paths are cut at the start (direction: rtl in CSS) so the file name stays visible; the
 * marks keep the path's own slashes in place inside that right-to-left box.
 */
export const ltrPath = (path: string): string => `\u200e${path}\u200e`;
