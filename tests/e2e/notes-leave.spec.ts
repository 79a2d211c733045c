import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

test('leaving an interview whose last save fails says "not saved", not "saved"', async ({ page, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Wyjście');
  await notebook.createInterview('Rozmowa');
  await notebook.editor.click();
  await notebook.type('Pierwsze zdanie.');
  await notebook.expectSaved();

  // The host stops answering the note's saves (the disk is gone, say), just as the typist leaves.
  await page.context().route('**/api/interview.saveNotes', (route) => route.abort('failed'));
  // One key and straight out, before the pause that would save it: the save on leaving is its only one.
  await page.keyboard.press('x');
  await page.getByTestId('interview-back').click();
  await expect(notebook.interviewItems).toHaveCount(1);
  await expect(notebook.saveIndicator).toHaveClass(/\bfailed\b/);
  // Not a passing state before the "saved" that settles 600 ms after the editor went.
  await page.waitForTimeout(1_000);
  await expect(notebook.saveIndicator).toHaveClass(/\bfailed\b/);
});
