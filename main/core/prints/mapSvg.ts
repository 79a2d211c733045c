import { DRAWING_COLOURS, type MapDrawing, type TextBlock } from './mapDrawing';
import type { Measure } from './printFonts';

const xml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const n = (v: number) => String(Math.round(v * 100) / 100);

/** Words as text an editor can change (the SVG export), or as outlines of the print font (for the PNG, drawn where Inter is not installed). */
function words(block: TextBlock, measure: Measure, asPaths: boolean): string {
  const ascent = measure.ascent(block.weight) * block.size;
  return block.lines
    .map((line, i) => {
      const baseline = block.y + i * block.lineHeight + ascent;
      if (!asPaths) {
        return `<text x="${n(block.x)}" y="${n(baseline)}" font-size="${block.size}" font-weight="${block.weight === 'semibold' ? 600 : 400}" fill="${block.colour}">${xml(line)}</text>`;
      }
      const font = measure.font(block.weight);
      const scale = block.size / font.unitsPerEm;
      const run = font.layout(line);
      let x = block.x;
      let d = '';
      run.glyphs.forEach((glyph, g) => {
        d += glyph.path.scale(scale, -scale).translate(x, baseline).toSVG();
        x += run.positions[g]!.xAdvance * scale;
      });
      return d ? `<path d="${d}" fill="${block.colour}"/>` : '';
    })
    .join('');
}

/** The map as an SVG picture, drawn from its data: nothing of the screen is in it. */
export function mapSvg(drawing: MapDrawing, measure: Measure, options: { textAsPaths?: boolean; title?: string } = {}): string {
  const parts: string[] = [];
  parts.push(`<rect width="${n(drawing.width)}" height="${n(drawing.height)}" fill="#ffffff"/>`);
  for (const b of drawing.bands) parts.push(`<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" fill="${b.colour}"/>`);
  for (const s of drawing.stickies) parts.push(`<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" rx="4" fill="${s.colour}"/>`);
  for (const [x1, y1, x2, y2] of drawing.rules) parts.push(`<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${DRAWING_COLOURS.border}" stroke-width="0.75"/>`);
  if (drawing.zero) {
    const [x1, y1, x2, y2] = drawing.zero;
    parts.push(`<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${DRAWING_COLOURS.border}" stroke-dasharray="2 6"/>`);
  }
  for (const c of drawing.curves) {
    const dash = c.dash ? ` stroke-dasharray="${c.dash}"` : '';
    parts.push(`<path d="${c.path}" fill="none" stroke="${c.colour}" stroke-width="3" stroke-linecap="round"${dash}/>`);
    for (const p of c.points) parts.push(`<circle cx="${n(p.x)}" cy="${n(p.y)}" r="4.5" fill="${c.colour}"/>`);
  }
  for (const l of drawing.legend) parts.push(`<line x1="${n(l.x)}" y1="${n(l.y)}" x2="${n(l.x + 28)}" y2="${n(l.y)}" stroke="${l.colour}" stroke-width="3"${l.dash ? ` stroke-dasharray="${l.dash}"` : ''}/>`);
  for (const t of drawing.texts) parts.push(words(t, measure, options.textAsPaths ?? false));
  const font = options.textAsPaths ? '' : ` font-family="Inter, 'Helvetica Neue', Arial, sans-serif"`;
  const title = options.title ? `<title>${xml(options.title)}</title>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${n(drawing.width)}" height="${n(drawing.height)}" viewBox="0 0 ${n(drawing.width)} ${n(drawing.height)}"${font}>${title}${parts.join('')}</svg>\n`;
}
