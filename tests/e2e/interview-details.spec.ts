import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

interface StoredDetails {
  id: string;
  title: string;
  participant: string;
  startedAt: string | null;
  durationMin: number | null;
  consentNote: string;
}

/** The interview's details as the project file holds them, read through the studio's API. */
async function stored(notebook: NotebookScreen, title: string): Promise<StoredDetails> {
  const rows = await notebook.api<StoredDetails[]>('interview.list', {});
  const row = rows.find((r) => r.title === title);
  if (!row) throw new Error(`no interview "${title}"`);
  return notebook.api<StoredDetails>('interview.get', { id: row.id });
}

/**
 * From now on, each class the save indicator takes and each key pressed, in the page's own time;
 * the answer is what the indicator said between the first and the last key.
 */
async function watchIndicator(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __states: { at: number; className: string }[] };
    w.__keys = [];
    w.__states = [];
    document.addEventListener('keydown', () => w.__keys.push(performance.now()), true);
    const indicator = document.querySelector('[data-testid="save-indicator"]')!;
    new MutationObserver(() => w.__states.push({ at: performance.now(), className: indicator.className })).observe(indicator, {
      attributes: true,
      attributeFilter: ['class'],
    });
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __keys: number[]; __states: { at: number; className: string }[] };
      const first = w.__keys[0] ?? Infinity;
      const last = w.__keys.at(-1) ?? -Infinity;
      return w.__states.filter((s) => s.at >= first && s.at <= last).map((s) => s.className);
    });
}

test('details typed without leaving the field are saved after a pause, and "saved" shows only then', async ({ page, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Szczegóły');
  await notebook.createInterview('Rozmowa z Anną');
  await notebook.expectSaved();
  const saves: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/interview.update') saves.push(request.postData() ?? '');
  });

  for (const [name, text] of [
    ['consentNote', 'Zgoda ustna na nagranie; cytaty tylko bez nazwiska.'],
    ['participant', 'Anna Żak, kupuje pierwsze auto'],
  ] as const) {
    const field = page.getByTestId(`meta-${name}`);
    await field.click();
    const saidWhileTyping = await watchIndicator(page);
    await field.pressSequentially(text, { delay: 40 });
    // The words are only on the screen until the pause has passed and their save is answered.
    await expect(notebook.saveIndicator).not.toHaveClass(/\bsaved\b/);
    const states = await saidWhileTyping();
    expect(states.length).toBeGreaterThan(0);
    expect(states.filter((className) => /\bsaved\b/.test(className))).toEqual([]);

    await notebook.expectSaved();
    await expect(field).toBeFocused();
    expect((await stored(notebook, 'Rozmowa z Anną'))[name]).toBe(text);
  }
  // No value is sent twice, and leaving a field already saved sends nothing more.
  expect(new Set(saves).size).toBe(saves.length);
  const before = saves.length;
  await page.keyboard.press('Tab');
  await page.waitForTimeout(1_000);
  expect(saves).toHaveLength(before);

  await page.reload();
  await expect(notebook.editor).toBeVisible();
  await expect(page.getByTestId('meta-consentNote')).toHaveValue('Zgoda ustna na nagranie; cytaty tylko bez nazwiska.');
  await expect(page.getByTestId('meta-participant')).toHaveValue('Anna Żak, kupuje pierwsze auto');
});

test('details typed just before a reload or a closed tab are not lost', async ({ page, context, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Zamykanie');
  await notebook.createInterview('Wizyta w salonie');
  await notebook.expectSaved();

  // No pause and no leaving the field: the save sent as the page goes is the only one.
  await page.getByTestId('meta-consentNote').click();
  await page.keyboard.type('Zgoda pisemna, skan w teczce.');
  await page.reload();
  await expect.poll(async () => (await stored(notebook, 'Wizyta w salonie')).consentNote).toBe('Zgoda pisemna, skan w teczce.');
  await page.reload();
  await expect(page.getByTestId('meta-consentNote')).toHaveValue('Zgoda pisemna, skan w teczce.');

  await page.getByTestId('meta-participant').click();
  await page.keyboard.type('Bartosz, menedżer floty');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  const reopened = new NotebookScreen(again);
  await again.goto(studio.host.url);
  await expect.poll(async () => (await stored(reopened, 'Wizyta w salonie')).participant).toBe('Bartosz, menedżer floty');
  await reopened.openInterview('Wizyta w salonie');
  await expect(again.getByTestId('meta-participant')).toHaveValue('Bartosz, menedżer floty');
  await expect(again.getByTestId('meta-consentNote')).toHaveValue('Zgoda pisemna, skan w teczce.');
});

test('an invalid duration shows its message after the pause and is never saved, also when left', async ({ page, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Czas trwania');
  await notebook.createInterview('Krótka rozmowa');
  const duration = page.getByTestId('meta-durationMin');
  const message = page.getByTestId('meta-durationMin-error');

  await duration.click();
  await page.keyboard.type('45');
  await notebook.expectSaved();
  expect((await stored(notebook, 'Krótka rozmowa')).durationMin).toBe(45);

  // Negative minutes, then keys the number field cannot read at all (it reports them as empty).
  for (const keys of ['-5', '2e']) {
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(keys);
    await expect(message).toHaveText('Enter whole minutes from 0 to 1440.');
    await expect(duration).toBeFocused();
    await notebook.expectSaved();
    expect((await stored(notebook, 'Krótka rozmowa')).durationMin).toBe(45);
  }
  await page.keyboard.press('Enter');
  await expect(message).toHaveText('Enter whole minutes from 0 to 1440.');
  await notebook.expectSaved();
  expect((await stored(notebook, 'Krótka rozmowa')).durationMin).toBe(45);

  await duration.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('50');
  await expect(message).toHaveCount(0);
  await notebook.expectSaved();
  expect((await stored(notebook, 'Krótka rozmowa')).durationMin).toBe(50);
  await page.reload();
  await expect(page.getByTestId('meta-durationMin')).toHaveValue('50');
});

test('a date is saved once its year is typed whole, not at a pause half-way through it', async ({ page, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Data');
  await notebook.createInterview('Rozmowa w marcu');
  const date = page.getByTestId('meta-startedAt');
  await date.fill('2024-03-05T10:00');
  await date.press('Enter');
  await notebook.expectSaved();

  // Month, day, then the year: its first digit makes the field read "0002-03-05T10:00".
  await date.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('2');
  await expect(date).toHaveValue('0002-03-05T10:00');
  await page.waitForTimeout(1_500);
  await expect(notebook.saveIndicator).not.toHaveClass(/\bsaved\b/);
  expect((await stored(notebook, 'Rozmowa w marcu')).startedAt).toBe('2024-03-05T10:00');

  await page.keyboard.type('019');
  await expect(date).toHaveValue('2019-03-05T10:00');
  await notebook.expectSaved();
  expect((await stored(notebook, 'Rozmowa w marcu')).startedAt).toBe('2019-03-05T10:00');
});

test('the answer to an earlier save does not take back what was typed into the field since', async ({ page, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Odpowiedzi');
  await notebook.createInterview('Rozmowa w kwietniu');
  const date = page.getByTestId('meta-startedAt');
  await date.fill('2024-04-05T10:00');
  await date.press('Enter');
  await notebook.expectSaved();

  // A slow disk: every save of the details is answered 1.5 s after it is sent.
  await page.route('**/api/interview.update', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  // Every value the field shows, frame by frame: React sets it without an event.
  await date.evaluate((input: HTMLInputElement) => {
    const w = window as unknown as { __shown: string[] };
    w.__shown = [input.value];
    const look = () => {
      if (input.value !== w.__shown.at(-1)) w.__shown.push(input.value);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });

  await date.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('07');
  await expect(date).toHaveValue('2024-04-07T10:00');
  // The pause sends the day; the hour is typed while that save is on its way.
  const firstAnswer = page.waitForResponse('**/api/interview.update');
  await page.waitForTimeout(700);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('11');
  await expect(date).toHaveValue('2024-04-07T11:00');
  await firstAnswer;
  await notebook.expectSaved();

  // Chromium passes through values of its own while parts are typed ("" after the "0" of "07"); once the hour is in, the field holds it.
  const shown = await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
  expect(shown).toContain('2024-04-07T10:00');
  expect(shown.slice(shown.indexOf('2024-04-07T11:00'))).toEqual(['2024-04-07T11:00']);
  expect((await stored(notebook, 'Rozmowa w kwietniu')).startedAt).toBe('2024-04-07T11:00');
});

test('a save that failed keeps saying "not saved" until the words are stored, whatever else is typed meanwhile', async ({ page, studio, startScreen }) => {
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Awaria');
  await notebook.createInterview('Rozmowa bez dysku');
  await notebook.expectSaved();

  // The host stops answering the details' saves (the disk is gone, say).
  await page.route('**/api/interview.update', (route) => route.abort('failed'));
  await page.getByTestId('meta-consentNote').click();
  await page.keyboard.type('Zgoda ustna.');
  await expect(notebook.saveIndicator).toHaveClass(/\bfailed\b/);

  // Typing that writes nothing (a duration the form refuses) is no save that worked.
  await page.getByTestId('meta-durationMin').click();
  await page.keyboard.type('-1');
  await expect(page.getByTestId('meta-durationMin-error')).toBeVisible();
  await page.waitForTimeout(1_500);
  await expect(notebook.saveIndicator).toHaveClass(/\bfailed\b/);

  await page.unroute('**/api/interview.update');
  await page.getByTestId('meta-consentNote').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Bez nagrania.');
  await notebook.expectSaved();
  expect((await stored(notebook, 'Rozmowa bez dysku')).consentNote).toBe('Zgoda ustna. Bez nagrania.');
});
