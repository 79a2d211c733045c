import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { DRAWING_COLOURS, type MapDrawing } from './mapDrawing';
import { fontPath } from './printFonts';

export type Paper = 'a4' | 'a3' | 'a2';

/** Landscape sheets in points (1/72 inch). */
export const PAPER: Record<Paper, { width: number; height: number; name: string }> = {
  a4: { width: 841.89, height: 595.28, name: 'A4' },
  a3: { width: 1190.55, height: 841.89, name: 'A3' },
  a2: { width: 1683.78, height: 1190.55, name: 'A2' },
};

const MARGIN = 28;
const LABEL = 14;
/** Below this the words of a sticky (9.5 pt) get too small to read on the wall: the map is tiled instead. */
export const MIN_SCALE = 0.6;
const MAX_SCALE = 2;

export interface Tiling {
  scale: number;
  columns: number;
  rows: number;
}

/** How a drawing goes on sheets of `paper`: one sheet scaled to fit when it can stay legible, else tiles at the smallest legible scale. */
export function tiling(drawing: MapDrawing, paper: Paper): Tiling {
  const { width, height } = PAPER[paper];
  const pw = width - MARGIN * 2;
  const ph = height - MARGIN * 2 - LABEL;
  const fit = Math.min(pw / drawing.width, ph / drawing.height);
  if (fit >= MIN_SCALE) return { scale: Math.min(fit, MAX_SCALE), columns: 1, rows: 1 };
  return { scale: MIN_SCALE, columns: Math.ceil((drawing.width * MIN_SCALE) / pw), rows: Math.ceil((drawing.height * MIN_SCALE) / ph) };
}

function draw(doc: PDFKit.PDFDocument, d: MapDrawing): void {
  doc.rect(0, 0, d.width, d.height).fill('#ffffff');
  for (const b of d.bands) doc.rect(b.x, b.y, b.w, b.h).fill(b.colour);
  for (const s of d.stickies) doc.roundedRect(s.x, s.y, s.w, s.h, 4).fill(s.colour);
  doc.lineWidth(0.75);
  for (const [x1, y1, x2, y2] of d.rules) doc.moveTo(x1, y1).lineTo(x2, y2).stroke(DRAWING_COLOURS.border);
  if (d.zero) {
    const [x1, y1, x2, y2] = d.zero;
    doc.dash(2, { space: 6 }).moveTo(x1, y1).lineTo(x2, y2).stroke(DRAWING_COLOURS.border).undash();
  }
  doc.lineWidth(3).lineCap('round');
  // PDFKit takes a whole dash pattern as an array, which its type definitions do not say.
  const dashed = (dash: string) => doc.dash(dash.split(' ').map(Number) as unknown as number, {});
  for (const c of d.curves) {
    if (c.dash) dashed(c.dash);
    doc.path(c.path).stroke(c.colour);
    doc.undash();
    for (const p of c.points) doc.circle(p.x, p.y, 4.5).fill(c.colour);
  }
  for (const l of d.legend) {
    if (l.dash) dashed(l.dash);
    doc.moveTo(l.x, l.y).lineTo(l.x + 28, l.y).stroke(l.colour);
    doc.undash();
  }
  for (const t of d.texts) {
    doc.font(t.weight).fontSize(t.size).fillColor(t.colour);
    t.lines.forEach((line, i) => doc.text(line, t.x, t.y + i * t.lineHeight, { lineBreak: false }));
  }
}

/** Short lines outside the corners of a tile's printed area, to cut the sheets along and butt them together. */
function cropMarks(doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number): void {
  const len = 12;
  const gap = 4;
  doc.lineWidth(0.5).undash();
  for (const [cx, cy] of [
    [x, y],
    [x + w, y],
    [x, y + h],
    [x + w, y + h],
  ] as const) {
    const sx = cx === x ? -1 : 1;
    const sy = cy === y ? -1 : 1;
    doc.moveTo(cx + sx * gap, cy).lineTo(cx + sx * (gap + len), cy).stroke('#000000');
    doc.moveTo(cx, cy + sy * gap).lineTo(cx, cy + sy * (gap + len)).stroke('#000000');
  }
}

/**
 * Writes the map as a PDF for a print shop: landscape sheets of `paper`, the studio's fonts
 * embedded (subset) so every Polish letter prints; a map too big for one legible sheet is tiled
 * across several, each with its place in the whole written under it and crop marks at its corners.
 */
export async function writeMapPdf(drawing: MapDrawing, paper: Paper, path: string, labels: { title: string; page(n: number, of: number, row: number, column: number): string }): Promise<{ pages: number }> {
  const sheet = PAPER[paper];
  const plan = tiling(drawing, paper);
  const doc = new PDFDocument({ size: paper.toUpperCase(), layout: 'landscape', margin: 0, autoFirstPage: false, info: { Title: labels.title, Creator: 'Journey Studio' } });
  doc.registerFont('regular', fontPath('regular'));
  doc.registerFont('semibold', fontPath('semibold'));
  const out = createWriteStream(path, { flags: 'wx' });
  doc.pipe(out);
  const pw = sheet.width - MARGIN * 2;
  const ph = sheet.height - MARGIN * 2 - LABEL;
  const pages = plan.columns * plan.rows;
  let page = 0;
  for (let row = 0; row < plan.rows; row++) {
    for (let column = 0; column < plan.columns; column++) {
      page += 1;
      doc.addPage();
      doc.save();
      doc.rect(MARGIN, MARGIN, pw, ph).clip();
      doc.translate(MARGIN - column * pw, MARGIN - row * ph).scale(plan.scale);
      draw(doc, drawing);
      doc.restore();
      const tiled = pages > 1;
      if (tiled) cropMarks(doc, MARGIN, MARGIN, pw, ph);
      const label = tiled ? `${labels.title} · ${sheet.name} · ${labels.page(page, pages, row + 1, column + 1)}` : `${labels.title} · ${sheet.name}`;
      doc.font('regular').fontSize(8).fillColor(DRAWING_COLOURS.muted).text(label, MARGIN, sheet.height - MARGIN - LABEL + 4, { lineBreak: false });
    }
  }
  doc.end();
  await finished(out);
  return { pages };
}
