import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

const PARAGRAPHS = 300;
const paragraph = (i: number) => `Akapit ${i}: klientka wraca do salonu.`;

/** The text of the note's blocks, in order. */
const blockTexts = (editor: Locator) => editor.evaluate((root) => [...root.children].map((block) => block.textContent ?? ''));

/**
 * The browser lays out only the blocks of a long note near the screen. Moving the caret by
 * keyboard or mouse into blocks that were far away must still put typed text exactly there.
 */
test('caret keys and clicks reach blocks of a long note that were off screen', async ({ page, studio, startScreen }) => {
  test.setTimeout(90_000);
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Długa notatka');
  await notebook.createInterview('Wywiad na trzysta akapitów');
  await notebook.editor.click();
  await notebook.pasteHtml(Array.from({ length: PARAGRAPHS }, (_, i) => `<p>${paragraph(i + 1)}</p>`).join(''));
  await expect(notebook.editor.locator('p')).toHaveCount(PARAGRAPHS);
  await notebook.expectSaved();
  // The long note scrolls inside an editor that fits the window; the page does not grow with it.
  const frame = (await page.locator('.note-editor').boundingBox())!;
  expect(frame.y + frame.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2 * page.viewportSize()!.height);
  // The pane the text scrolls in is opaque, so a key re-rasters only the lines it changed, and its
  // square corners stay inside the editor's rounded border.
  const pane = await page.locator('.note-surface').evaluate((el) => {
    const editor = el.closest('.note-editor')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return { background: getComputedStyle(el).backgroundColor, left: box.left - editor.left, right: editor.right - box.right, bottom: editor.bottom - box.bottom };
  });
  expect(pane.background).toMatch(/^rgb\(/);
  for (const inset of [pane.left, pane.right, pane.bottom]) expect(inset).toBeGreaterThanOrEqual(5);

  const check = async () => {
    await page.keyboard.press('ControlOrMeta+Home');
    await notebook.type('Start ');
    await page.keyboard.press('ControlOrMeta+End');
    await notebook.type(' Koniec.');
    // The note scrolls inside its pane, and the caret's line is in sight there.
    await expect(notebook.editor.locator(':scope > *').last()).toBeInViewport();
    // Two lines up from the end, then to that line's end.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await notebook.type(' Wyżej.');
    // Down from the top, far past the first screen.
    await page.keyboard.press('ControlOrMeta+Home');
    for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    await notebook.type('Tu ');
  };

  await check();
  let texts = await blockTexts(notebook.editor);
  expect(texts[0]).toBe(`Start ${paragraph(1)}`);
  expect(texts[PARAGRAPHS - 1]).toBe(`${paragraph(PARAGRAPHS)} Koniec.`);
  expect(texts[PARAGRAPHS - 3]).toBe(`${paragraph(PARAGRAPHS - 2)} Wyżej.`);
  expect(texts[60]).toBe(`Tu ${paragraph(61)}`);
  await notebook.expectSaved();

  // The same after a reload, when the browser has not yet seen how tall the far blocks are.
  await page.reload();
  await notebook.openInterview('Wywiad na trzysta akapitów');
  // The first screen's shortcut ends on its own once the note has been drawn, without a key or click.
  await expect(notebook.editor).not.toHaveAttribute('data-first-screen');
  await notebook.editor.click();
  await check();
  texts = await blockTexts(notebook.editor);
  expect(texts[0]).toBe(`Start Start ${paragraph(1)}`);
  expect(texts[PARAGRAPHS - 1]).toBe(`${paragraph(PARAGRAPHS)} Koniec. Koniec.`);
  expect(texts[PARAGRAPHS - 3]).toBe(`${paragraph(PARAGRAPHS - 2)} Wyżej. Wyżej.`);
  expect(texts[60]).toBe(`Tu Tu ${paragraph(61)}`);

  // A click on a line that scrolled into view with the mouse wheel.
  const box = (await notebook.editor.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, 400);
  await page.mouse.wheel(0, 4_000);
  await page.waitForTimeout(300);
  // The block under the pointer, or the next one when the pointer is in the gap between two.
  const target = await notebook.editor.evaluate((root) => [...root.children].findIndex((block) => block.getBoundingClientRect().bottom > 400));
  expect(target).toBeGreaterThan(60);
  await notebook.editor.locator(':scope > *').nth(target).click();
  await page.keyboard.press('End');
  await notebook.type(' Kliknięty.');
  texts = await blockTexts(notebook.editor);
  expect(texts[target]).toMatch(/ Kliknięty\.$/);
  await notebook.expectSaved();
});
