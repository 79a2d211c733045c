/**
 * Fixed track sizes in CSS pixels. Every stage column has the same width, so the emotion curve's
 * x positions follow from the column index alone and zooming scales curve and grid together.
 */
export const COLUMN_WIDTH = 280;
export const LANE_LABEL_WIDTH = 220;
export const EMOTION_ROW_HEIGHT = 240;
/** Where +scale and −scale sit inside the emotion row. */
export const EMOTION_TOP = 34;
export const EMOTION_BOTTOM = 206;

export const ZOOM_MIN = 0.3;
export const ZOOM_MAX = 2;
