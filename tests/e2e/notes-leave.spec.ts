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
  await page.context().route('**/api/note.update', (route) => route.abort('failed'));
  // One key and straight out, before the pause that would save it: the save on leaving is its only one.
  await page.keyboard.press('x');
  await page.getByTestId('interview-back').click();
  await expect(notebook.interviewItems).toHaveCount(1);
  await expect(notebook.saveIndicator).toHaveClass(/\bfailed\b/);
  // Not a passing state before the "saved" that settles 600 ms after the editor went.
  await page.waitForTimeout(1_000);
  await expect(notebook.saveIndicator).toHaveClass(/\bfailed\b/);
});

test('a failed save keeps the header on one row, with "not saved" in full and its reason on hover', async ({ page, studio, startScreen }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const notebook = new NotebookScreen(page);
  await startScreen.goto(studio.host.url);
  await page.getByTestId('language-switcher').selectOption('pl');
  await startScreen.createProject('Salon samochodowy Łódź');
  await notebook.section('interviews');
  await page.getByTestId('interview-new-title').fill('Rozmowa');
  await page.getByTestId('interview-new-title').press('Enter');
  await notebook.keys('Pierwsze.');
  await notebook.expectSaved();
  const close = page.getByTestId('project-close');
  const before = (await close.boundingBox())!;

  await page.context().route('**/api/note.update', (route) => route.abort('failed'));
  await notebook.keys(' Drugie.');
  await expect(notebook.saveIndicator).toHaveClass(/\bfailed\b/);
  await expect(notebook.saveIndicator.locator('.save-label')).toHaveText('Nie zapisano:');
  // One row: the tools beside the project's name, where they were.
  const name = (await page.getByTestId('project-name').boundingBox())!;
  const after = (await close.boundingBox())!;
  expect(after.y).toBe(before.y);
  expect(Math.abs(after.y + after.height / 2 - (name.y + name.height / 2))).toBeLessThan(24);
  await expect(notebook.saveIndicator).toHaveAttribute('title', /^Nie zapisano: .{10,}/);
  await page.screenshot({ path: 'test-results/screens/header-not-saved.png' });
});
