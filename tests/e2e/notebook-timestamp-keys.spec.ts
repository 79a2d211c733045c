import { expect, test } from './fixtures';
import { NoteClock } from './pages/NoteClock';
import { NotebookScreen } from './pages/NotebookScreen';
import { Toasts } from './pages/Toasts';

// Long before the test runs, so the first press offers to move the date to now.
const PAST = '2024-03-05T10:00';

/*
 * Words are typed with real keys wherever focus went, without clicking first: keys sent to a lost
 * focus go nowhere. They are checked in the note and in the project file.
 */

for (const via of ['the action', 'the message, then the action']) {
  test(`after a click on ${via} of the notice, the next words land in the note at the caret and are saved`, async ({ page, studio, startScreen }) => {
    const notebook = new NotebookScreen(page);
    const clock = new NoteClock(page);
    await startScreen.startProject(studio.host.url, 'Mysz');
    await notebook.createInterview('Klik');
    await clock.setDate(PAST);

    await notebook.editor.click();
    await notebook.type('Start: koniec.');
    await notebook.caretAfter('Start: ');
    await notebook.selectionSettled();
    await clock.press();
    await notebook.keys('cena ');
    // A press on the message takes focus from the note and puts the selection in the message.
    if (via !== 'the action') await clock.notice.getByTestId('toast-message').click();
    await clock.notice.getByTestId('toast-action').click();
    await expect(clock.notice).toHaveCount(0);
    await expect(clock.dateField).toHaveValue(new RegExp(`^${await clock.today()}T`));

    await notebook.keys('i dojazd ');
    await expect(notebook.editor).toHaveText(/^Start: \[00:00\] cena i dojazd koniec\.$/);
    await notebook.expectSaved();
    expect(await notebook.storedNotes('Klik')).toMatch(/^Start: \[00:00\] cena i dojazd koniec\.$/);
  });
}

test('the notice reached with F8 after Ctrl+Shift+E gives the keys back to the note once its action is pressed', async ({ page, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  const clock = new NoteClock(page);
  const toasts = new Toasts(page);
  await startScreen.startProject(studio.host.url, 'Klawiatura');
  await notebook.createInterview('Skrót');
  await clock.setDate(PAST);

  await notebook.editor.click();
  await notebook.type('Początek. Koniec.');
  await notebook.caretAfter('Początek.');
  await notebook.selectionSettled();
  await notebook.keys(' ');
  await clock.shortcut();
  await expect(clock.notice).toHaveCount(1);
  await toasts.reachWithKeyboard();
  await expect(clock.notice.getByTestId('toast-action')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(clock.notice).toHaveCount(0);

  await notebook.keys('środek');
  await expect(notebook.editor).toHaveText(/^Początek\. \[00:00\] środek Koniec\.$/);
  await notebook.expectSaved();
  expect(await notebook.storedNotes('Skrót')).toMatch(/^Początek\. \[00:00\] środek Koniec\.$/);
});
