import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { startStudio, type TestStudio } from './support/tempStudio';

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
const pdfPages = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);

/** A map too wide for one legible sheet: 20 stages, 200 stickies. */
async function bigMap(studio: TestStudio): Promise<string> {
  const { id } = await studio.ok('journey.create', { name: 'Duża mapa', template: 'eight-steps', lang: 'pl' });
  let map = await studio.ok('journey.get', { id });
  for (let i = map.stages.length; i < 20; i++) await studio.ok('stage.add', { mapId: id, name: `Etap ${i + 1}: źródło` });
  map = await studio.ok('journey.get', { id });
  const lanes = map.lanes.filter((l: { kind: string }) => l.kind !== 'emotions');
  for (let n = 0; n < 200; n++) {
    await studio.ok('item.create', { stageId: map.stages[n % 20]!.id, laneId: lanes[n % lanes.length]!.id, text: `Notatka ${n + 1}: klientka porównuje raty` });
  }
  return id;
}

describe('map prints and exports', () => {
  it('writes a PDF with the fonts embedded, so Polish stage names print; tiles a big map over sheets with page labels', async () => {
    const studio = await startStudio({ lang: 'pl' });
    const { path } = await studio.ok('project.openSample', {});
    const [sample] = await studio.ok('journey.list', {});
    const out = join(studio.dir, 'mapa.pdf');
    expect(await studio.ok('map.export', { project: path, mapId: sample!.id, format: 'pdf', paper: 'a4', out })).toMatchObject({ pages: 1 });
    const text = pdfText(out);
    for (const word of ['Zakup samochodu', 'Świadomość', 'Badanie i porównanie cen', 'Jazda próbna', 'Działania', 'Widzi reklamę nowego modelu', 'Salon i doradca']) expect(text).toContain(word);
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' });
    expect(fonts).toMatch(/Inter-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);

    const big = await bigMap(studio);
    const sheets: Record<string, number> = {};
    for (const paper of ['a4', 'a3', 'a2'] as const) {
      const file = join(studio.dir, `big-${paper}.pdf`);
      const { pages } = await studio.ok('map.export', { project: path, mapId: big, format: 'pdf', paper, out: file });
      expect(pdfPages(file), paper).toBe(pages);
      sheets[paper] = pages;
    }
    // 20 columns of 170 pt and the lane names come to 3,598 pt, tiled at 60 %: 2,159 pt of
    // map across sheets 786 pt (A4), 1,135 pt (A3) and 1,628 pt (A2) wide inside their margins.
    expect(sheets).toEqual({ a4: 6, a3: 2, a2: 2 });
    const a4 = pdfText(join(studio.dir, 'big-a4.pdf'));
    expect(a4).toContain('Duża mapa · A4 · arkusz 1 z 6 (rząd 1, kolumna 1)');
    expect(a4).toContain('arkusz 6 z 6 (rząd 2, kolumna 3)');
  });

  it('draws SVG and PNG from the data, and writes the grid as CSV and Markdown', async () => {
    const studio = await startStudio({ lang: 'en' });
    const { path } = await studio.ok('project.create', { path: 'Grid' });
    const { id } = await studio.ok('journey.create', { name: 'Onboarding <b>', template: 'eight-steps', lang: 'pl' });
    const map = await studio.ok('journey.get', { id });
    const actions = map.lanes.find((l: { kind: string }) => l.kind === 'actions')!;
    await studio.ok('item.create', { stageId: map.stages[0]!.id, laneId: actions.id, text: '=HYPERLINK("x") | pipe & <tag>' });
    const file = (ext: string) => join(studio.dir, `grid.${ext}`);
    for (const format of ['svg', 'png', 'csv', 'md'] as const) await studio.ok('map.export', { project: path, mapId: id, format, out: file(format) });

    const svg = readFileSync(file('svg'), 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('Onboarding &lt;b&gt;');
    // Wrapped over lines of the sticky, every word escaped.
    expect(svg).toContain('=HYPERLINK(&quot;x&quot;)');
    expect(svg).toContain('&lt;tag&gt;');
    expect(svg).toContain('&amp;');
    expect(svg).not.toMatch(/<b>|<tag>|<script/);
    const png = await sharp(file('png')).metadata();
    expect(png.format).toBe('png');
    expect(png.width).toBeGreaterThan(1000);

    const csv = readFileSync(file('csv'), 'utf8');
    expect(csv.startsWith(`\uFEFF"Lane","${map.stages[0]!.name}"`)).toBe(true);
    expect(csv).toContain(`"${actions.name}","'=HYPERLINK(""x"") | pipe & <tag>"`);
    const md = readFileSync(file('md'), 'utf8');
    expect(md).toContain('# Onboarding <b>');
    expect(md).toContain(`| ${actions.name} | =HYPERLINK("x") \\| pipe & <tag> |`);
  });

  it('refuses a map that is not there and a file that already is, writing nothing', async () => {
    const studio = await startStudio({ lang: 'en' });
    const { path } = await studio.ok('project.openSample', {});
    const [sample] = await studio.ok('journey.list', {});
    const missing = await studio.call('map.export', { project: path, mapId: '00000000-0000-4000-8000-000000000000', format: 'pdf', out: join(studio.dir, 'x.pdf') });
    expect(missing.ok || missing.error.code).toBe('not_found');
    const taken = join(studio.dir, 'taken.svg');
    writeFileSync(taken, 'mine');
    const refused = await studio.call('map.export', { project: path, mapId: sample!.id, format: 'svg', out: taken });
    expect(refused.ok || refused.error.code).toBe('file_exists');
    expect(readFileSync(taken, 'utf8')).toBe('mine');
  });
});
