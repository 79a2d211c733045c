import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

interface SentSave {
  whole: boolean;
  bytes: number;
}

/** The saves of the note sent from now on: whole notes or changes, and their size. */
function recordSaves(page: Page): SentSave[] {
  const saves: SentSave[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/api/interview.saveNotes') return;
    const body = request.postData() ?? '';
    saves.push({ whole: 'notes' in (JSON.parse(body) as object), bytes: Buffer.byteLength(body) });
  });
  return saves;
}

const blockTexts = (editor: Locator) => editor.evaluate((root) => [...root.children].map((block) => block.textContent ?? ''));

const paragraph = (i: number) => `Akapit ${i}: klientka porównuje oferty salonów w Łodzi i w Gdańsku.`;

test('typing in a long note saves only the blocks it changed, and the note reopens as typed', async ({ page, studio, startScreen, projectScreen }) => {
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
  for (const save of saves) {
    expect(save.whole).toBe(false);
    expect(save.bytes).toBeLessThan(whole / 10);
  }

  // A highlight writes the whole note itself; the save after it sends the whole note too, then changes again.
  await notebook.editor.locator(':scope > p').first().scrollIntoViewIfNeeded();
  await notebook.highlight('oferty salonów w Łodzi', ['Cena']);
  const afterHighlight = saves.length;
  await notebook.caretAfter(paragraph(200));
  await notebook.type(' Koniec.');
  await notebook.expectSaved();
  await notebook.caretAfter('Akapit 1:');
  await notebook.type(' ważny');
  await notebook.expectSaved();
  const [first, ...rest] = saves.slice(afterHighlight);
  expect(first?.whole).toBe(true);
  expect(rest.length).toBeGreaterThan(0);
  expect(rest.every((save) => !save.whole)).toBe(true);

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
