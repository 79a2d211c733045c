import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

/*
 * Each step ends with real keys typed wherever focus went (no click first), then checks that the
 * words are in the note and in the project file: words typed into a lost focus go nowhere.
 */

test('words typed in another tab arrive without moving the keyboard from where this tab types, and a highlight made on them shows in both', async ({
  page,
  context,
  studio,
  startScreen,
}) => {
  test.setTimeout(90_000);
  const a = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Dwie karty');
  await a.createInterview('Wspólny wywiad');
  const other = await context.newPage();
  const b = new NotebookScreen(other);
  await other.goto(studio.host.url);
  await b.openInterview('Wspólny wywiad');

  await page.bringToFront();
  await a.editor.click();
  await a.type('Karta A pisze.');
  await a.expectSaved();

  // B holds the note as A typed it, without a reload or a message.
  await other.bringToFront();
  await expect(b.editor).toHaveText('Karta A pisze.');
  await b.caretAfter('Karta A');
  await b.keys(' i');

  // A types at its end while B's caret stands in the middle.
  await page.bringToFront();
  await a.focusEnd();
  await a.type(' Druga linijka A.');
  await a.expectSaved();

  await other.bringToFront();
  await expect(b.editor).toHaveText('Karta A i pisze. Druga linijka A.');
  await expect(b.editor).toBeFocused();
  await b.keys(' zakreśla', 40);
  await b.expectSaved();
  await expect(other.getByTestId('toast').filter({ hasText: /another window/ })).toHaveCount(0);
  expect(await b.storedNotes('Wspólny wywiad')).toBe('Karta A i zakreśla pisze. Druga linijka A.');
  await expect(a.editor).toHaveText('Karta A i zakreśla pisze. Druga linijka A.');

  // A highlight made in B on A's words: its mark reaches A, and B's keys go back to the note.
  await b.select('Druga linijka');
  await other.keyboard.press('ControlOrMeta+h');
  await b.highlightPopover.getByTestId('tag-new-name').fill('Cena');
  await b.highlightPopover.getByTestId('tag-new-name').press('Enter');
  await b.highlightPopover.getByTestId('highlight-confirm').click();
  await expect(b.marks).toHaveCount(1);
  await b.expectSaved();
  await expect(b.editor).toBeFocused();
  await expect(a.marks).toHaveText(['Druga linijka']);
});

test('a new interview made with Enter, and an interview opened from a search hit on its title, take the typing at once', async ({ page, studio, startScreen }) => {
  test.setTimeout(60_000);
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Nowe wywiady');
  await notebook.section('interviews');
  await page.getByTestId('interview-new-title').fill('Rozmowa o rowerach');
  await page.getByTestId('interview-new-title').press('Enter');
  await expect(page.getByTestId('interview-heading')).toHaveText('Rozmowa o rowerach');
  await expect(notebook.editor).toBeFocused();
  await notebook.keys('Pierwsze słowa.');
  await notebook.expectSaved();
  expect(await notebook.storedNotes('Rozmowa o rowerach')).toBe('Pierwsze słowa.');

  await notebook.search('rowerach');
  await expect(notebook.searchHits).toHaveCount(1);
  await notebook.searchInput.press('Enter');
  await expect(page.getByTestId('interview-heading')).toHaveText('Rozmowa o rowerach');
  // The note opens at its top, as it reads.
  await expect(notebook.editor).toBeFocused();
  await notebook.keys('Na początku. ');
  await notebook.expectSaved();
  expect(await notebook.storedNotes('Rozmowa o rowerach')).toBe('Na początku. Pierwsze słowa.');
  await page.reload();
  await expect(notebook.editor).toHaveText('Na początku. Pierwsze słowa.');
});

test('the back link returns focus to the interview left, and a delete to the card now in its place', async ({ page, studio, startScreen }) => {
  test.setTimeout(60_000);
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Lista');
  for (const title of ['Pierwszy', 'Drugi', 'Trzeci']) await notebook.api('interview.create', { title });
  await notebook.section('interviews');
  await expect(notebook.interviewItems).toHaveCount(3);
  const order = await notebook.interviewItems.getByTestId('interview-title').allTextContents();
  const card = (title: string) => notebook.interview(title).getByTestId('interview-open');

  await notebook.openInterview(order[1]!);
  await page.getByTestId('interview-back').click();
  await expect(card(order[1]!)).toBeFocused();
  // The card has the keyboard: Enter opens it again, and the new page's heading takes the keys.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('interview-heading')).toHaveText(order[1]!);
  await expect(page.getByTestId('interview-heading')).toBeFocused();
  await page.getByTestId('interview-back').click();
  await expect(card(order[1]!)).toBeFocused();

  // From the card to its delete button, by keys: the next card takes focus, then the previous one.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(notebook.interviewItems).toHaveCount(2);
  await expect(card(order[2]!)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(notebook.interviewItems).toHaveCount(1);
  await expect(card(order[0]!)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(notebook.interviewItems).toHaveCount(0);
  await expect(page.getByTestId('interview-new-title')).toBeFocused();

  await notebook.keys('Czwarty');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('interview-heading')).toHaveText('Czwarty');
  await expect(notebook.editor).toBeFocused();
  await notebook.keys('Słowa po usunięciu.');
  await notebook.expectSaved();
  expect(await notebook.storedNotes('Czwarty')).toBe('Słowa po usunięciu.');

  // The interview left is gone meanwhile (another window deleted it): the list's heading takes focus.
  const [row] = await notebook.api<{ id: string }[]>('interview.list', {});
  await notebook.api('interview.delete', { id: row!.id });
  await page.getByTestId('interview-back').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Interviews' })).toBeFocused();
});
