import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

interface InterviewRow {
  id: string;
  notesText: string;
  notes: unknown;
}

test('a link goes on the selected words, or in at the caret as its address, never over the whole paragraph', async ({ page, studio, startScreen }) => {
  test.setTimeout(60_000);
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Linki');
  await notebook.createInterview('Wywiad z Alą');
  await notebook.editor.click();
  await notebook.type('Ala ma kota i psa');
  const links = notebook.editor.locator('a');

  // Nothing selected: the address goes in at the caret, and typing goes on after it, not in it.
  await page.keyboard.press('ControlOrMeta+Shift+k');
  await page.getByTestId('link-url').fill('https://example.com/');
  await page.getByTestId('link-url').press('Enter');
  await expect(links).toHaveCount(1);
  await expect(links).toHaveText('https://example.com/');
  await expect(links).toHaveAttribute('href', 'https://example.com/');
  await expect(links).toHaveAttribute('rel', 'noreferrer');
  await notebook.editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await notebook.type(' dalej');
  await expect(notebook.editor).toContainText('Ala ma kota i psahttps://example.com/ dalej');
  await expect(links).toHaveText('https://example.com/');

  // Selected words become the link's words; an unsafe address is refused with a message.
  await notebook.select('kota');
  await page.getByTestId('tool-link').click();
  await page.getByTestId('link-url').fill('javascript:alert(1)');
  await page.getByTestId('link-apply').click();
  await expect(page.getByTestId('link-form').getByRole('alert')).toBeVisible();
  await page.getByTestId('link-url').fill('https://koty.example.org/');
  await page.getByTestId('link-apply').click();
  await expect(links).toHaveText(['kota', 'https://example.com/']);
  await expect(links.first()).toHaveAttribute('href', 'https://koty.example.org/');
  await expect(links.first()).toHaveAttribute('rel', 'noreferrer');

  await notebook.expectSaved();
  const [row] = await notebook.api<InterviewRow[]>('interview.list', {});
  const stored = await notebook.api<InterviewRow>('interview.get', { id: row!.id });
  expect(stored.notesText).toBe('Ala ma kota i psahttps://example.com/ dalej');
  await page.reload();
  await expect(links).toHaveText(['kota', 'https://example.com/']);
});
