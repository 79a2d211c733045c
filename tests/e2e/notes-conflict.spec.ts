import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

interface InterviewRow {
  id: string;
  notesText: string;
  notesVersion: number;
}

test('a note saved meanwhile in another window is reloaded once, with one message, and typing goes on from it', async ({ page, context, studio, startScreen }) => {
  test.setTimeout(90_000);
  const first = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Dwa okna');
  await first.createInterview('Wspólny wywiad');
  await first.editor.click();
  await first.type('Zdanie pierwsze.');
  await first.expectSaved();

  const other = await context.newPage();
  const second = new NotebookScreen(other);
  await other.goto(studio.host.url);
  await second.openInterview('Wspólny wywiad');
  await expect(second.editor).toHaveText('Zdanie pierwsze.');
  await second.focusEnd();
  await second.type(' Dopisane w drugim oknie.');
  await second.expectSaved();

  // The first window still holds the version before that save: its next save is refused.
  await page.bringToFront();
  await first.focusEnd();
  await first.type(' Z pierwszego.');
  await expect(page.getByTestId('toast').filter({ hasText: /another window|innym oknie/i })).toHaveCount(1);
  await expect(first.editor).toHaveText('Zdanie pierwsze. Dopisane w drugim oknie.');
  // Nothing more comes of it: no second reload, no second message.
  await page.waitForTimeout(3_000);
  await expect(page.getByTestId('toast').filter({ hasText: /another window|innym oknie/i })).toHaveCount(1);

  await first.focusEnd();
  await first.type(' Dalej.');
  await first.expectSaved();
  const [row] = await first.api<InterviewRow[]>('interview.list', {});
  expect((await first.api<InterviewRow>('interview.get', { id: row!.id })).notesText).toBe('Zdanie pierwsze. Dopisane w drugim oknie. Dalej.');
});
