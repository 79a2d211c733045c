import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

// A trace snapshot serialises the whole page after each step: with 43,000 blocks that is minutes of the test's time.
test.use({ trace: 'off' });

test('a 5 MB paste of a web page goes in and is saved', async ({ page, studio, startScreen }) => {
  // Half a million words through the clipboard, the editor and the core: slow on a shared 2-core machine.
  test.setTimeout(240_000);
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Big paste');
  await notebook.createInterview('Raport');
  // Five megabytes of pasted web page.
  const paragraph = '<p style="margin:0">Długi akapit z żółwiem i źdźbłem trawy, powtarzany wiele razy w wklejonym raporcie.</p>';
  const big = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
  await notebook.editor.click();
  // Every style attribute refused by the page's content security policy would be reported, one by one.
  const refusedStyles: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refusedStyles.push(message.text());
  });
  const started = Date.now();
  await notebook.pasteHtml(big);
  // The paste lands once the sanitiser has loaded and run; only then does "saved" mean the pasted note.
  const blocks = () => notebook.editor.evaluate((root) => root.childElementCount);
  await expect.poll(blocks, { timeout: 180_000 }).toBeGreaterThan(40_000);
  await expect(notebook.saveIndicator).toHaveClass(/\bsaved\b/, { timeout: 180_000 });
  const wordCount = async () => ((await notebook.api<{ wordCount: number }[]>('interview.list', {}))[0]?.wordCount ?? 0);
  await expect.poll(wordCount, { timeout: 180_000 }).toBeGreaterThan(500_000);
  test.info().annotations.push({ type: 'paste-5mb-ms', description: String(Date.now() - started) });
  expect(refusedStyles).toEqual([]);
});
