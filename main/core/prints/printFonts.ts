import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

export type Weight = 'regular' | 'semibold';

const FILES: Record<Weight, string> = { regular: 'Inter-Regular.ttf', semibold: 'Inter-SemiBold.ttf' };

/**
 * The fonts prints embed, the studio's own Inter with every Polish letter: in assets/fonts when
 * run from source, copied beside the built core (out/main/fonts) by the build.
 */
export function fontPath(weight: Weight): string {
  for (const dir of ['./fonts/', '../../../assets/fonts/']) {
    const path = fileURLToPath(new URL(dir + FILES[weight], import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`the print font ${FILES[weight]} is missing`);
}

export interface Measure {
  /** Width of `text` at `size` points. */
  width(text: string, weight: Weight, size: number): number;
  /** Height above the baseline, per point of size. */
  ascent(weight: Weight): number;
  font(weight: Weight): fontkit.Font;
}

/** Text measured with the very font the PDF embeds and the PNG draws, so every output wraps the same. */
export function createMeasure(): Measure {
  const fonts = new Map<Weight, fontkit.Font>();
  const widths = new Map<string, number>();
  const font = (weight: Weight): fontkit.Font => {
    let f = fonts.get(weight);
    if (!f) {
      f = fontkit.openSync(fontPath(weight)) as fontkit.Font;
      fonts.set(weight, f);
    }
    return f;
  };
  return {
    font,
    ascent: (weight) => font(weight).ascent / font(weight).unitsPerEm,
    width(text, weight, size) {
      const key = `${weight}\u0000${text}`;
      let units = widths.get(key);
      if (units === undefined) {
        units = font(weight).layout(text).advanceWidth / font(weight).unitsPerEm;
        widths.set(key, units);
      }
      return units * size;
    },
  };
}

/**
 * Lines of `text` no wider than `width`: broken between words, and inside a word only when the
 * word alone is wider (a long URL). Line breaks typed into the text are kept.
 */
export function wrapText(measure: Measure, text: string, weight: Weight, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure.width(candidate, weight, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (measure.width(rest, weight, size) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure.width(rest.slice(0, cut), weight, size) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
