import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

interface SentSave {
  bytes: number;
}

/** The note's updates sent from now on, and their size. */
function recordSaves(page: Page): SentSave[] {
  const saves: SentSave[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/api/note.update') return;
    saves.push({ bytes: Buffer.byteLength(request.postData() ?? '') });
  });
  return saves;
}

const blockTexts = (editor: Locator) => editor.evaluate((root) => [...root.children].map((block) => block.textContent ?? ''));

const paragraph = (i: number) => `Akapit ${i}: klientka porównuje oferty salonów w Łodzi i w Gdańsku.`;

test('typing in a long note sends only what changed, a highlight too, and the note reopens as typed', async ({ page, studio, startScreen, projectScreen }) => {
  test.setTimeout(90_000);
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Zapis zmian');
  await notebook.createInterview('Długa rozmowa');
  await notebook.editor.click();
  await notebook.pasteHtml(Array.from({ length: 200 }, (_, i) => `<p>${paragraph(i + 1)}</p>`).join(''));
  await expect(notebook.editor.locator('p')).toHaveCount(200);
  await notebook.expectSaved();

  const saves = recordSaves(page);
  // Typing at the end of one paragraph, a new paragraph in the middle, one paragraph removed, a word made bold.
  await notebook.caretAfter(paragraph(11));
  await notebook.type(' Dopisek.');
  await notebook.expectSaved();
  await notebook.caretAfter(paragraph(101));
  await page.keyboard.press('Enter');
  await notebook.type('Nowy akapit o źródle.');
  await notebook.expectSaved();
  await notebook.select(paragraph(150));
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await notebook.expectSaved();
  await notebook.select('porównuje');
  await page.keyboard.press('ControlOrMeta+b');
  await notebook.expectSaved();

  expect(saves.length).toBeGreaterThanOrEqual(4);
  const whole = await notebook.editor.evaluate((root) => root.textContent!.length);
  for (const save of saves) expect(save.bytes).toBeLessThan(whole / 10);

  // A highlight's mark goes in an update as small as typing's; the note is never sent whole.
  await notebook.editor.locator(':scope > p').first().scrollIntoViewIfNeeded();
  await notebook.highlight('oferty salonów w Łodzi', ['Cena']);
  const afterHighlight = saves.length;
  await notebook.caretAfter(paragraph(200));
  await notebook.type(' Koniec.');
  await notebook.expectSaved();
  await notebook.caretAfter('Akapit 1:');
  await notebook.type(' ważny');
  await notebook.expectSaved();
  expect(saves.length).toBeGreaterThan(afterHighlight);
  for (const save of saves) expect(save.bytes).toBeLessThan(whole / 10);

  const typed = await blockTexts(notebook.editor);
  expect(typed).toHaveLength(200);
  expect(typed[0]).toBe(paragraph(1).replace('Akapit 1:', 'Akapit 1: ważny'));
  expect(typed[10]).toBe(`${paragraph(11)} Dopisek.`);
  expect(typed[101]).toBe('Nowy akapit o źródle.');
  expect(typed).not.toContain(paragraph(150));
  expect(typed.at(-1)).toBe(`${paragraph(200)} Koniec.`);
  await page.reload();
  await projectScreen.expectOpen('Zapis zmian');
  await notebook.openInterview('Długa rozmowa');
  expect(await blockTexts(notebook.editor)).toEqual(typed);
  await expect(notebook.editor.locator('.note-bold')).toHaveText(['porównuje']);
  await expect(notebook.mark('oferty salonów w Łodzi')).toHaveCount(1);
});

test('a short note autosaves from a worker and the indicator says "saved" only once typing pauses', async ({ page, studio, startScreen, projectScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Krótka notatka');
  await notebook.createInterview('Krótka rozmowa');
  // Started while the page is idle after the note opens, so that no save of this note costs the page's thread a fetch().
  await expect.poll(() => page.workers().some((worker) => new URL(worker.url()).pathname.includes('sendWorker'))).toBe(true);
  await notebook.expectSaved();

  const saves = recordSaves(page);
  // Each change of the indicator, with the time since the last key was pressed, and each save sent by the page itself.
  await notebook.editor.evaluate(() => {
    const w = window as unknown as { __indicator: { className: string; sinceKey: number }[]; __pageSaves: number };
    w.__indicator = [];
    w.__pageSaves = 0;
    const pageFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).includes('/api/note.update')) w.__pageSaves += 1;
      return pageFetch(input, init);
    };
    let lastKey = performance.now();
    document.addEventListener('keydown', () => (lastKey = performance.now()), true);
    const indicator = document.querySelector('[data-testid="save-indicator"]')!;
    new MutationObserver(() => w.__indicator.push({ className: indicator.className, sinceKey: performance.now() - lastKey })).observe(indicator, {
      attributes: true,
      attributeFilter: ['class'],
    });
  });
  await notebook.editor.click();
  const typed = 'Klientka pyta o źródło finansowania i o termin dostawy auta.';
  await notebook.editor.pressSequentially(typed, { delay: 60 });
  await notebook.expectSaved();
  const changes = await page.evaluate(() => (window as unknown as { __indicator: { className: string; sinceKey: number }[] }).__indicator);

  // Updates went out all along (every 150 ms at most), yet "saved" came only after a pause in typing
  // (the last key, or a stall of the test driver as long as a real pause).
  expect(saves.length).toBeGreaterThan(3);
  expect(await page.evaluate(() => (window as unknown as { __pageSaves: number }).__pageSaves)).toBe(0);
  const saved = changes.filter((change) => /\bsaved\b/.test(change.className));
  expect(saved.length).toBeGreaterThan(0);
  for (const change of saved) expect(change.sinceKey).toBeGreaterThan(500);
  await page.reload();
  await projectScreen.expectOpen('Krótka notatka');
  await notebook.openInterview('Krótka rozmowa');
  await expect(notebook.editor).toHaveText(typed);
});
