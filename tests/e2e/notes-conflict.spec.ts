import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

interface InterviewRow {
  id: string;
  notesText: string;
  notesVersion: number;
}

const conflictToast = (screen: NotebookScreen) => screen.page.getByTestId('toast').filter({ hasText: /another window|innym oknie/i });

test('a note typed into meanwhile in another window merges: no reload, no message, both windows keep every word', async ({ page, context, studio, startScreen }) => {
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
  await expect(first.editor).toHaveText('Zdanie pierwsze. Dopisane w drugim oknie.');

  await page.bringToFront();
  await first.focusEnd();
  await first.type(' Z pierwszego.');
  await first.expectSaved();
  await expect(second.editor).toHaveText('Zdanie pierwsze. Dopisane w drugim oknie. Z pierwszego.');
  await page.waitForTimeout(1_000);
  await expect(conflictToast(first)).toHaveCount(0);
  const [row] = await first.api<InterviewRow[]>('interview.list', {});
  expect((await first.api<InterviewRow>('interview.get', { id: row!.id })).notesText).toBe('Zdanie pierwsze. Dopisane w drugim oknie. Z pierwszego.');
});

test('a note replaced whole elsewhere is reloaded once, with one message, and typing goes on from it', async ({ page, studio, startScreen }) => {
  test.setTimeout(90_000);
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Podmiana');
  await notebook.createInterview('Wywiad');
  await notebook.editor.click();
  await notebook.type('Stara treść.');
  await notebook.expectSaved();

  // Another client of the project replaces the note as a whole (a tool writing the note's JSON).
  const [row] = await notebook.api<InterviewRow[]>('interview.list', {});
  const { notesVersion } = await notebook.api<InterviewRow>('interview.get', { id: row!.id });
  const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }], direction: null, format: '', indent: 0, version: 1 });
  const notes = { format: 'journey-studio/notes', version: 1, editorState: { root: { type: 'root', children: [paragraph('Nowa treść.')], direction: null, format: '', indent: 0, version: 1 } } };
  await notebook.api('interview.saveNotes', { id: row!.id, notes, baseVersion: notesVersion });

  // This window's document is not the note any more: its next change is refused and the note read again.
  // One change, put in at once: typed key by key, the last keys can land after the reload, in
  // the note as it now is, where they belong (the typist went on typing), and the text would
  // depend on how fast the machine reloads.
  await notebook.focusEnd();
  await page.keyboard.insertText(' Spóźnione.');
  await expect(conflictToast(notebook)).toHaveCount(1);
  await expect(notebook.editor).toHaveText('Nowa treść.');
  await page.waitForTimeout(2_000);
  await expect(conflictToast(notebook)).toHaveCount(1);

  await notebook.focusEnd();
  await notebook.type(' Dalej.');
  await notebook.expectSaved();
  expect((await notebook.api<InterviewRow>('interview.get', { id: row!.id })).notesText).toBe('Nowa treść. Dalej.');
});
