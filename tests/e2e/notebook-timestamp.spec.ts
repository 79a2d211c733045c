import { expect, test } from './fixtures';
import { NoteClock } from './pages/NoteClock';
import { NotebookScreen } from './pages/NotebookScreen';

// Weeks or years before the test runs: a press counting from it would read hundreds of hours.
const PAST = '2024-03-05T10:00';

test('an interview dated long ago gets timestamps counting from the first press, its date untouched, across a reload', async ({ page, studio, startScreen }) => {
  test.setTimeout(60_000);
  const notebook = new NotebookScreen(page);
  const clock = new NoteClock(page);
  await startScreen.startProject(studio.host.url, 'Powtórka');
  await notebook.createInterview('Nagranie');
  await clock.setDate(PAST);

  await notebook.editor.click();
  await notebook.type('Start: ');
  await clock.press();
  await expect(notebook.editor).toHaveText(/^Start: \[00:00\] $/);
  await expect(clock.notice).toHaveCount(1);
  await expect(clock.notice).toContainText('because this interview is dated Mar 5, 2024');
  await expect(clock.notice.getByTestId('toast-action')).toHaveText('Set the date to now');
  await expect(clock.dateField).toHaveValue(PAST);

  await notebook.type('cena. ');
  await page.waitForTimeout(2_100);
  await clock.shortcut();
  await notebook.type('dojazd.');
  await expect(notebook.editor).toHaveText(/^Start: \[00:00\] cena\. \[00:0[2-9]\] dojazd\.$/);
  const [, second] = await clock.seconds();
  await notebook.expectSaved();
  const [row] = await notebook.api<{ id: string }[]>('interview.list', {});
  expect((await notebook.api<{ startedAt: string | null }>('interview.get', { id: row!.id })).startedAt).toBe(PAST);

  // The tab keeps the clock: a projector's browser refreshed mid-session goes on from the same start.
  await page.reload();
  await expect(notebook.editor).toBeVisible();
  await expect(clock.dateField).toHaveValue(PAST);
  await notebook.focusEnd();
  await clock.press();
  await expect(clock.labels).toHaveCount(3);
  const [, , third] = await clock.seconds();
  expect(third).toBeGreaterThanOrEqual(second!);
  expect(third).toBeLessThan(60);
  // Only the press that started the clock says so.
  await expect(clock.notice).toHaveCount(0);
  await expect(clock.dateField).toHaveValue(PAST);

  // A start typed into the details form is the user's word: the tab's clock gives way to it.
  const hourAgo = await page.evaluate(() => {
    const then = new Date(Date.now() - 3600_000);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${then.getFullYear()}-${two(then.getMonth() + 1)}-${two(then.getDate())}T${two(then.getHours())}:${two(then.getMinutes())}`;
  });
  await clock.setDate(hourAgo);
  await notebook.focusEnd();
  await clock.press();
  await expect(clock.labels).toHaveCount(4);
  const [, , , fourth] = await clock.seconds();
  expect(fourth).toBeGreaterThanOrEqual(3600);
  expect(fourth).toBeLessThan(3600 + 120);
});

test('the notice sets the interview date to the start of the clock, which goes on counting through a reload', async ({ page, studio, startScreen }) => {
  test.setTimeout(60_000);
  const notebook = new NotebookScreen(page);
  const clock = new NoteClock(page);
  await startScreen.startProject(studio.host.url, 'Pokaz');
  await notebook.createInterview('Demo');
  await clock.setDate(PAST);

  await notebook.editor.click();
  const today = await clock.today();
  await clock.press();
  await expect(notebook.editor).toHaveText(/^\[00:00\] $/);
  await page.waitForTimeout(2_100);
  await clock.notice.getByTestId('toast-action').click();
  await expect(clock.notice).toHaveCount(0);
  await expect(clock.dateField).toHaveValue(new RegExp(`^${today}T`));
  await notebook.expectSaved();

  await notebook.focusEnd();
  await clock.shortcut();
  await expect(clock.labels).toHaveCount(2);
  const [, second] = await clock.seconds();
  expect(second).toBeGreaterThanOrEqual(2);
  expect(second).toBeLessThan(60);
  const [row] = await notebook.api<{ id: string }[]>('interview.list', {});
  expect((await notebook.api<{ startedAt: string | null }>('interview.get', { id: row!.id })).startedAt).toMatch(new RegExp(`^${today}T`));

  await page.reload();
  await expect(notebook.editor).toBeVisible();
  await notebook.focusEnd();
  await clock.press();
  await expect(clock.labels).toHaveCount(3);
  const [, , third] = await clock.seconds();
  expect(third).toBeGreaterThanOrEqual(second!);
  expect(third).toBeLessThan(60);
  await expect(clock.notice).toHaveCount(0);
});
