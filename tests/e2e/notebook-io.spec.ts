import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

const FIXTURES = resolve(import.meta.dirname, '../unit/fixtures/import');

interface InterviewRow {
  id: string;
  title: string;
  notesText: string;
  notes: unknown;
}

test('transcripts and notes import as interviews with progress, and a bad file is listed without stopping the rest', async ({ page, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Import');
  await notebook.section('interviews');
  await notebook.importInput.setInputFiles([
    { name: 'call.vtt', mimeType: 'text/vtt', buffer: readFileSync(resolve(FIXTURES, 'call.vtt')) },
    { name: 'notes.md', mimeType: 'text/markdown', buffer: readFileSync(resolve(FIXTURES, 'notes.md')) },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  ]);
  await expect(notebook.importStatus).toHaveText('Imported 2 of 3');
  await expect(page.getByTestId('import-bar')).toHaveAttribute('value', '3');
  await expect(notebook.importErrors).toContainText('photo.png');
  await expect(notebook.interviewItems).toHaveCount(2);
  // The refused file, imported last, changed nothing: the project does not say "Not saved".
  await notebook.expectSaved();
});

test('a file over 20 MB is refused before it is read', async ({ page, studio, startScreen }) => {
  // Handing 20 MB to the file input through the test driver alone takes many seconds.
  test.setTimeout(120_000);
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Too large');
  await notebook.section('interviews');
  await notebook.importInput.setInputFiles([{ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 0x61) }]);
  await expect(notebook.importErrors).toContainText('larger than 20 MB');
  await expect(notebook.interviewItems).toHaveCount(0);
});

test('pasted HTML keeps its structure but loses scripts, styles and remote images', async ({ page, studio, startScreen }) => {
  test.setTimeout(90_000);
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Paste');
  await notebook.createInterview('Wklejka');
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(studio.host.origin)) requests.push(r.url());
  });
  await notebook.editor.click();
  const html =
    '<h2 style="color:red">Nagłówek z Worda</h2><p class="MsoNormal" style="font-family:Calibri">Zwykły <b>akapit</b> ' +
    '<a href="javascript:alert(1)">zły link</a> i <a href="https://example.com/">dobry link</a></p>' +
    '<script>window.__pwned = true</script><img src="https://tracker.example.com/pixel.png" onerror="window.__pwned = true">' +
    '<ul><li>pierwszy</li><li>drugi</li></ul>';
  await notebook.pasteHtml(html, 'fallback');
  await expect(notebook.editor.locator('h2')).toHaveText('Nagłówek z Worda');
  await expect(notebook.editor.locator('li')).toHaveText(['pierwszy', 'drugi']);
  await expect(notebook.editor.locator('a')).toHaveCount(1);
  await expect(notebook.editor.locator('a')).toHaveAttribute('href', 'https://example.com/');
  await expect(notebook.editor).toContainText('zły link');
  const editorHtml = await notebook.editor.innerHTML();
  expect(editorHtml).not.toMatch(/<script|<img|style="|javascript:|MsoNormal/i);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await notebook.expectSaved();
  const [row] = await notebook.api<InterviewRow[]>('interview.list', {});
  const stored = JSON.stringify((await notebook.api<InterviewRow>('interview.get', { id: row!.id })).notes);
  expect(stored).toContain('Nagłówek z Worda');
  expect(stored).not.toMatch(/script|tracker|javascript:|font-family|color:red/);
  expect(requests).toEqual([]);

});

test('a Google Docs paste keeps its own bold, italic and underline, and Word\'s list paragraphs become a list', async ({ page, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Docs');
  await notebook.createInterview('Z dokumentu');
  await notebook.editor.click();
  const run = (text: string, style: string) => `<span style="font-size:11pt;font-family:Arial;color:#000000;${style}white-space:pre-wrap;">${text}</span>`;
  const docs =
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-3f1a2b4c-7fff-d2e1-9a6b-0c1d2e3f4a5b">' +
    `<p dir="ltr" style="line-height:1.38;">${run('Klientka mówi o ', 'font-weight:400;')}${run('cenie', 'font-weight:700;')}${run(', o ', 'font-weight:400;')}` +
    `${run('jeździe próbnej', 'font-weight:400;font-style:italic;')}${run(' i o ', 'font-weight:400;')}${run('serwisie', 'font-weight:400;text-decoration:underline;')}</p></b>`;
  await notebook.pasteHtml(docs, 'Klientka mówi o cenie, o jeździe próbnej i o serwisie');
  await expect(notebook.editor).toContainText('Klientka mówi o cenie, o jeździe próbnej i o serwisie');
  await expect(notebook.editor.locator('.note-bold')).toHaveText(['cenie']);
  await expect(notebook.editor.locator('.note-italic')).toHaveText(['jeździe próbnej']);
  await expect(notebook.editor.locator('.note-underline')).toHaveText(['serwisie']);

  await page.keyboard.press('Enter');
  const item = (text: string) =>
    `<p class="MsoListParagraphCxSpMiddle" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><span style="font-family:Symbol;mso-fareast-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp; </span></span></span>${text}</p>`;
  await notebook.pasteHtml(`<html><body><p class="MsoNormal">Co ważne:</p>${item('cena')}${item('dojazd')}</body></html>`, 'Co ważne:\n· cena\n· dojazd');
  await expect(notebook.editor.locator('ul > li')).toHaveText(['cena', 'dojazd']);
  await expect(notebook.editor).not.toContainText('·');
  expect(await notebook.editor.innerHTML()).not.toMatch(/style="|mso-|docs-internal/);
});

test('a note editor\'s own clipboard flavour from elsewhere is cleaned like any paste: no styles, no unsafe links, no foreign highlights', async ({ page, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Schowek');
  await notebook.createInterview('Wklejka');
  await notebook.editor.click();
  const text = (t: string, extra: Record<string, unknown> = {}) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1, ...extra });
  const nodes = [
    {
      type: 'paragraph',
      version: 1,
      children: [
        text('Czerwony ', { style: 'color:red;background:url(https://tracker.example.com/x.png)' }),
        { type: 'link', url: 'javascript:alert(1)', version: 1, children: [text('zły link')] },
        text(' i '),
        { type: 'mark', ids: ['00000000-0000-4000-8000-000000000000'], version: 1, children: [text('cudzy cytat')] },
      ],
    },
  ];
  await notebook.paste({ 'application/x-lexical-editor': JSON.stringify({ namespace: 'journey-notes', nodes }), 'text/plain': 'Czerwony zły link i cudzy cytat' });
  await expect(notebook.editor).toHaveText('Czerwony zły link i cudzy cytat');
  await expect(notebook.editor.locator('a')).toHaveCount(0);
  await expect(notebook.marks).toHaveCount(0);
  expect(await notebook.editor.innerHTML()).not.toMatch(/style="|javascript:|tracker/);
  // A flavour with a node type the editor does not know falls back to the sanitised HTML.
  await page.keyboard.press('Enter');
  await notebook.paste({ 'application/x-lexical-editor': JSON.stringify({ namespace: 'journey-notes', nodes: [{ type: 'iframe', version: 1 }] }), 'text/html': '<p>Zapasowy <b>HTML</b></p>' });
  await expect(notebook.editor).toContainText('Zapasowy HTML');
  await expect(notebook.editor.locator('.note-bold')).toHaveText(['HTML']);
  // A "root" would be the note's own root to Lexical, and lists nested past reason would make the note unsaveable:
  // both are refused, and with no HTML beside them only their plain text goes in.
  await page.keyboard.press('Enter');
  const root = { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [text('w korzeniu')] }] };
  await notebook.paste({ 'application/x-lexical-editor': JSON.stringify({ namespace: 'journey-notes', nodes: [root] }), 'text/plain': 'Zwykły tekst' });
  await expect(notebook.editor).toContainText('Zwykły tekst');
  let deep: Record<string, unknown> = { type: 'paragraph', version: 1, children: [text('głęboko')] };
  for (let i = 0; i < 40; i++) deep = { type: 'list', listType: 'bullet', start: 1, tag: 'ul', version: 1, children: [{ type: 'listitem', value: 1, version: 1, children: [deep] }] };
  await page.keyboard.press('Enter');
  await notebook.paste({ 'application/x-lexical-editor': JSON.stringify({ namespace: 'journey-notes', nodes: [deep] }), 'text/plain': 'Płaski tekst' });
  await expect(notebook.editor).toContainText('Płaski tekst');
  await expect(notebook.editor).not.toContainText('głęboko');
  await expect(notebook.editor).not.toContainText('w korzeniu');
  await notebook.editor.press('End');
  await notebook.type(' i dalej');
  await expect(notebook.editor).toContainText('Płaski tekst i dalej');
  await notebook.expectSaved();
});

/** The studio opened again in a new tab of the same browser, after the first one closed. */
async function reopenStudio(context: BrowserContext, url: string): Promise<NotebookScreen> {
  const page = await context.newPage();
  await page.goto(url);
  return new NotebookScreen(page);
}

/** The stored plain text of the project's one interview. */
async function onlyNoteText(screen: NotebookScreen): Promise<string> {
  const [row] = await screen.api<InterviewRow[]>('interview.list', {});
  return (await screen.api<InterviewRow>('interview.get', { id: row!.id })).notesText;
}

test('closing the tab mid-sentence loses nothing', async ({ page, context, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Zamknięcie');
  await notebook.createInterview('Do zamknięcia');
  await notebook.editor.click();
  await notebook.type('Pierwsze zdanie. Ostatnie słowa zanim zamknęłam kartę');
  await page.close({ runBeforeUnload: true });

  const reopened = await reopenStudio(context, studio.host.url);
  await expect.poll(() => onlyNoteText(reopened)).toBe('Pierwsze zdanie. Ostatnie słowa zanim zamknęłam kartę');
  await reopened.openInterview('Do zamknięcia');
  await expect(reopened.editor).toHaveText('Pierwsze zdanie. Ostatnie słowa zanim zamknęłam kartę');
});

test('a save still in flight when the tab closes is not lost with the tab', async ({ page, context, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'W locie');
  await notebook.createInterview('W locie');
  await notebook.editor.click();
  // The first save reaches the host but never gets through: the closing tab takes it along.
  let caught = () => {};
  const inFlight = new Promise<void>((r) => (caught = r));
  await context.route('**/api/note.update', () => caught(), { times: 1 });
  await notebook.type('Pierwsze słowa');
  await inFlight;
  await notebook.type(' i ostatnie.');
  await page.close({ runBeforeUnload: true });

  const reopened = await reopenStudio(context, studio.host.url);
  await expect.poll(() => onlyNoteText(reopened)).toBe('Pierwsze słowa i ostatnie.');
});

test('closing the tab just after typing into a long note loses nothing either', async ({ page, context, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Długa notatka');
  // About 120 KB of note: more than a request sent while a page closes may carry.
  const paragraph = (i: number) => ({
    type: 'paragraph',
    version: 1,
    children: [{ type: 'text', version: 1, text: `Akapit ${i}: klientka opowiada o dojeździe, cenie i serwisie, a potem o rodzinie.`, format: 0, detail: 0, mode: 'normal', style: '' }],
  });
  const notes = { format: 'journey-studio/notes', version: 1, editorState: { root: { type: 'root', version: 1, children: Array.from({ length: 600 }, (_, i) => paragraph(i + 1)) } } };
  const created = await notebook.api<{ id: string }>('interview.create', { title: 'Długi wywiad' });
  await notebook.api('interview.saveNotes', { id: created.id, notes, baseVersion: 0 });
  await notebook.openInterview('Długi wywiad');
  await notebook.focusEnd();
  // Closed moments after typing: what is unsent, and a save still in flight, go as the page goes.
  await page.keyboard.type(' Koniec');
  await page.close({ runBeforeUnload: true });

  const reopened = await reopenStudio(context, studio.host.url);
  await expect
    .poll(async () => (await reopened.api<InterviewRow>('interview.get', { id: created.id })).notesText.endsWith('Akapit 600: klientka opowiada o dojeździe, cenie i serwisie, a potem o rodzinie. Koniec'))
    .toBe(true);
});

const serious = (violations: { impact?: string | null; id: string; nodes: { target: unknown }[] }[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);

for (const theme of ['light', 'dark'] as const) {
  test(`the notebook has no serious accessibility problems and is photographed (${theme})`, async ({ page, studio, startScreen, projectScreen }) => {
    test.setTimeout(90_000);
    const notebook = new NotebookScreen(page);
    await page.setViewportSize({ width: 1440, height: 900 });
    await startScreen.goto(studio.host.url);
    await page.getByTestId('theme-switcher').selectOption(theme);
    await startScreen.createProject('Salon samochodowy');
    await projectScreen.addPersona('Anna, kupuje pierwsze auto');
    await notebook.createInterview('Anna, wizyta w salonie');
    await page.getByTestId('meta-participant').fill('P07');
    await page.getByTestId('meta-participant').press('Tab');
    await page.getByTestId('meta-persona').first().check();
    await notebook.editor.click();
    await page.getByTestId('tool-h1').click();
    await notebook.type('Wizyta w salonie');
    await page.keyboard.press('Enter');
    await page.getByTestId('tool-timestamp').click();
    await notebook.type('Klientka porównuje ceny w internecie, zanim przyjdzie do salonu.');
    await page.keyboard.press('Enter');
    await page.getByTestId('tool-bullet').click();
    await notebook.type('Jazda próbna przekonała ją do zakupu.');
    await page.keyboard.press('Enter');
    await notebook.type('Źródło frustracji: długie czekanie na ofertę.');
    await notebook.highlight('porównuje ceny w internecie', ['Cena', 'Kanały online']);
    await notebook.highlight('Jazda próbna przekonała', ['Decyzja']);
    await notebook.highlight('długie czekanie na ofertę', ['Frustracje']);
    await notebook.expectSaved();
    await notebook.mark('Jazda próbna').click();
    await expect(notebook.markPopover).toBeVisible();
    // Removing the highlight stands apart from the tag controls above it.
    const newTag = (await notebook.markPopover.getByTestId('tag-create').boundingBox())!;
    const remove = (await notebook.markPopover.getByTestId('highlight-remove').boundingBox())!;
    expect(remove.y - (newTag.y + newTag.height)).toBeGreaterThanOrEqual(16);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `test-results/screens/notebook-interview-${theme}.png` });
    await page.keyboard.press('Escape');
    await expect(notebook.markPopover).toBeHidden();
    expect(serious((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);

    await notebook.section('interviews');
    await expect(notebook.interviewItems).toHaveCount(1);
    await page.screenshot({ path: `test-results/screens/notebook-list-${theme}.png` });
    expect(serious((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);

    await notebook.section('evidence');
    await expect(page.getByTestId('evidence-card')).toHaveCount(4);
    await expect(page.getByTestId('evidence-card').first().getByTestId('tag-chip')).toHaveText(['Cena', 'Kanały online']);
    // Each row's merge list leaves out its own tag, so its width differs; the rows still line up.
    for (const control of ['tag-name', 'tag-merge-target', 'tag-merge', 'tag-delete']) {
      const lefts = await page.getByTestId(control).evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
      expect(new Set(lefts), `${control} left edges ${lefts.join(', ')}`).toHaveProperty('size', 1);
    }
    await page.screenshot({ path: `test-results/screens/notebook-evidence-${theme}.png`, fullPage: true });
    expect(serious((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);

    await notebook.search('ceny');
    await expect(notebook.searchHits.first()).toBeVisible();
    // One heading per kind, with its count, instead of the kind repeated on every hit.
    const groups = page.getByTestId('search-group');
    expect(await groups.evaluateAll((els) => els.map((el) => `${el.textContent!.split('Anna')[0]} ${el.getAttribute('aria-label')}`))).toEqual(['Interviews1 Interviews', 'Quotes1 Quotes']);
    await expect(page.getByRole('group', { name: 'Quotes' }).getByRole('option')).toHaveCount(1);
    await expect(notebook.searchHits.first()).not.toContainText('Interview');
    await page.screenshot({ path: `test-results/screens/notebook-search-${theme}.png` });
    expect(serious((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);
    // The arrow keys run on from one group into the next, and Enter opens the quote in its note.
    await notebook.searchInput.press('ArrowDown');
    const quote = page.getByRole('group', { name: 'Quotes' }).getByRole('option');
    await expect(quote).toHaveAttribute('aria-selected', 'true');
    await expect(notebook.searchInput).toHaveAttribute('aria-activedescendant', (await quote.getAttribute('id'))!);
    await notebook.searchInput.press('Enter');
    await expect(notebook.editor).toBeVisible();
  });
}
