import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

/*
 * Each step ends with real keys typed wherever focus went (no click first), then checks that the
 * words are in the note and in the project file: words typed into a lost focus go nowhere.
 */

test('a note reloaded after another tab saved it keeps the keyboard at the typing, and the header says saved', async ({ page, context, studio, startScreen }) => {
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

  // B still holds the empty note: its first save is refused and the stored note is shown instead.
  await other.bringToFront();
  await b.editor.click();
  await b.keys('Hej');
  await expect(other.getByTestId('toast').filter({ hasText: /another window/ })).toHaveCount(1);
  await expect(b.editor).toHaveText('Karta A pisze.');
  // No key after the reload: nothing is waiting to be written, so nothing is unsaved.
  await b.expectSaved();
  await expect(b.editor).toBeFocused();

  await page.bringToFront();
  await a.focusEnd();
  await a.type(' Druga linijka A.');
  await a.expectSaved();

  // B types on through its refused save: only the words before the reload may be lost.
  await other.bringToFront();
  await b.focusEnd();
  await b.keys(' Karta B pisze powoli, a reszta zdania ma trafić do notatki.', 40);
  await expect(b.editor).toHaveText(/^Karta A pisze\. Druga linijka A\..* ma trafić do notatki\.$/);
  await b.expectSaved();
  expect(await b.storedNotes('Wspólny wywiad')).toMatch(/^Karta A pisze\. Druga linijka A\..* ma trafić do notatki\.$/);

  // A highlight made on a note saved elsewhere meanwhile is refused the same way; the caret comes
  // back after the words it stood after, in the middle of the paragraph.
  await page.reload();
  await a.focusEnd();
  await a.type(' Trzecia.');
  await a.expectSaved();
  await other.bringToFront();
  await b.select('Karta A');
  await other.keyboard.press('ControlOrMeta+h');
  await b.highlightPopover.getByTestId('tag-new-name').fill('Cena');
  await b.highlightPopover.getByTestId('tag-new-name').press('Enter');
  await b.highlightPopover.getByTestId('highlight-confirm').click();
  await expect(b.editor).toHaveText(/ Trzecia\.$/);
  await expect(b.marks).toHaveCount(0);
  await b.expectSaved();
  await expect(b.editor).toBeFocused();
  await b.keys(' i zakreśla');
  await b.expectSaved();
  expect(await b.storedNotes('Wspólny wywiad')).toMatch(/^Karta A i zakreśla pisze\. Druga linijka A\..* Trzecia\.$/);
  await other.reload();
  await expect(b.editor).toHaveText(/^Karta A i zakreśla pisze\./);

  // The refusal arrives while the note's own popover has the keys: the popover goes with the old
  // note, and the keys come back to the note, not to the page.
  await page.bringToFront();
  await page.reload();
  await a.focusEnd();
  await a.type(' Czwarta.');
  await a.expectSaved();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/api/interview.saveNotes', async (route) => {
    await held;
    await route.continue();
  });
  await other.bringToFront();
  await b.focusEnd();
  await b.keys('x');
  await b.select('Trzecia');
  await other.keyboard.press('ControlOrMeta+h');
  await expect(b.highlightPopover.locator(':focus')).toHaveCount(1);
  release();
  await expect(b.editor).toHaveText(/ Czwarta\.$/);
  await expect(b.highlightPopover).toHaveCount(0);
  await expect(b.editor).toBeFocused();
  await context.unroute('**/api/interview.saveNotes');
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
