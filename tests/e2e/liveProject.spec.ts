import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api } from './hostApi';
import { NotebookScreen } from './pages/NotebookScreen';
import { ProjectScreen } from './pages/ProjectScreen';

/** A mark on the page's window: still there afterwards means the page was never reloaded. */
const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { liveMark: number }).liveMark = 1));
const stillSamePage = async (page: Page) => expect(await page.evaluate(() => (window as unknown as { liveMark?: number }).liveMark)).toBe(1);

/** Resolves with the wall-clock time at which `text` first shows in the page's persona list. */
const whenPersonaShows = (page: Page, text: string) =>
  page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        const seen = () => [...document.querySelectorAll('[data-testid="persona-name"]')].some((el) => el.textContent === wanted);
        if (seen()) return resolve(Date.now());
        const observer = new MutationObserver(() => {
          if (!seen()) return;
          observer.disconnect();
          resolve(Date.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    text,
  );

test('two windows on one project see each other’s changes; each undoes only its own', async ({ page, context, studio, startScreen }) => {
  test.setTimeout(60_000);
  const a = new ProjectScreen(page);
  const notesA = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Live');
  await a.addPersona('Anna');
  await notesA.createInterview('Wywiad z Olą');
  await notesA.createInterview('Wywiad z Piotrem');
  await notesA.section('personas');

  const other = await context.newPage();
  const b = new ProjectScreen(other);
  const notesB = new NotebookScreen(other);
  await other.goto(studio.host.url);
  await b.expectOpen('Live');
  await b.expectPersonas(['Anna']);
  await markPage(other);

  // A rename in A shows in B without a reload.
  const shown = whenPersonaShows(other, 'Anka');
  await a.persona('Anna').getByTestId('persona-rename').click();
  await a.renameInput.fill('Anka');
  const sent = await page.evaluate(() => Date.now());
  await a.renameInput.press('Enter');
  await b.expectPersonas(['Anka']);
  const latency = (await shown) - sent;
  console.log(`rename in A shown in B after ${latency} ms`);
  expect(latency).toBeLessThan(2000);

  // B adds a persona of its own: both windows list it.
  await b.addPersona('Bartek');
  await a.expectPersonas(['Anka', 'Bartek']);

  // An interview deleted in A goes from B's list too; A's Ctrl+Z brings it back in both.
  await notesA.section('interviews');
  await notesB.section('interviews');
  await expect(notesB.interviewItems).toHaveCount(2);
  await notesA.interview('Wywiad z Olą').getByTestId('interview-delete').click();
  await expect(notesA.interviewItems).toHaveCount(1);
  await expect(notesB.interviewItems).toHaveCount(1);
  await expect(notesB.interview('Wywiad z Olą')).toHaveCount(0);
  await a.pressUndo();
  await expect(notesA.interview('Wywiad z Olą')).toHaveCount(1);
  await expect(notesB.interview('Wywiad z Olą')).toHaveCount(1);

  // Ctrl+Z in B undoes B's own last change (adding Bartek), never A's rename.
  await notesA.section('personas');
  await notesB.section('personas');
  await b.pressUndo();
  await b.expectPersonas(['Anka']);
  await a.expectPersonas(['Anka']);
  // Nothing of B's is left to undo: another press changes nothing, in either window.
  await expect(other.getByTestId('undo')).toBeDisabled();
  await b.pressUndo();
  await other.waitForTimeout(300);
  await b.expectPersonas(['Anka']);
  await a.expectPersonas(['Anka']);
  // A still holds its rename to undo.
  await expect(page.getByTestId('undo')).toHaveAttribute('aria-label', 'Undo: rename persona');
  await stillSamePage(other);
});

test('screenshots of two windows on one project', async ({ page, context, studio, startScreen }) => {
  test.setTimeout(60_000);
  const a = new ProjectScreen(page);
  const notesA = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Live screens');
  for (const name of ['Zofia Łęcka, retired teacher', 'Piotr, small business owner']) await a.addPersona(name);
  await notesA.createInterview('Wywiad z Zofią');
  await notesA.createInterview('Wywiad z Piotrem');
  await notesA.section('personas');
  const other = await context.newPage();
  const b = new ProjectScreen(other);
  const notesB = new NotebookScreen(other);
  await other.goto(studio.host.url);
  await b.expectPersonas(['Zofia Łęcka, retired teacher', 'Piotr, small business owner']);

  await a.renamePersona('Piotr, small business owner', 'Piotr, owner of a bakery');
  await b.expectPersonas(['Zofia Łęcka, retired teacher', 'Piotr, owner of a bakery']);
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    for (const [name, p] of [
      ['a', page],
      ['b', other],
    ] as const) {
      await p.setViewportSize({ width, height });
      await p.evaluate(() => document.fonts.ready);
      await p.screenshot({ path: `test-results/screens/live-personas-${name}-${width}.png` });
    }
  }

  await notesA.section('interviews');
  await notesB.section('interviews');
  await notesA.interview('Wywiad z Zofią').getByTestId('interview-delete').click();
  await expect(notesB.interviewItems).toHaveCount(1);
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    for (const [name, p] of [
      ['a', page],
      ['b', other],
    ] as const) {
      await p.setViewportSize({ width, height });
      await p.screenshot({ path: `test-results/screens/live-interviews-${name}-${width}.png` });
    }
  }
});

test('an interview’s details edited in one window show in the other, except in the field being typed in', async ({ page, context, studio, startScreen }) => {
  test.setTimeout(60_000);
  const notesA = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Live details');
  await notesA.createInterview('Wywiad z Olą');
  const other = await context.newPage();
  const notesB = new NotebookScreen(other);
  await other.goto(studio.host.url);
  await notesB.openInterview('Wywiad z Olą');

  // B is typing a place when A changes the participant and the place.
  await other.getByTestId('meta-place').click();
  await other.keyboard.type('Warszawa');
  await page.getByTestId('meta-participant').fill('Ola, 34');
  await page.getByTestId('meta-place').fill('Kraków');
  await page.getByTestId('meta-place').press('Enter');
  await expect(other.getByTestId('meta-participant')).toHaveValue('Ola, 34');
  await expect(other.getByTestId('meta-place')).toHaveValue('Warszawa');

  // A title changed in B shows on A's page heading without a reload.
  await other.getByTestId('meta-title').fill('Wywiad z Olą (2)');
  await other.getByTestId('meta-title').press('Enter');
  await expect(page.getByTestId('interview-heading')).toHaveText('Wywiad z Olą (2)');
});

test('a window whose event stream was down catches up on what it missed once it opens', async ({ page, browser, studio, startScreen }) => {
  test.setTimeout(60_000);
  const a = new ProjectScreen(page);
  await startScreen.startProject(studio.host.url, 'Live again');
  await a.addPersona('Anna');
  // Another browser profile: tabs of one profile share one event stream.
  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    const b = new ProjectScreen(other);
    // B reads the project, but its event stream cannot open yet.
    await other.route('**/events*', (route) => route.abort('failed'));
    await other.goto(studio.host.url);
    await b.expectPersonas(['Anna']);
    await markPage(other);

    await a.renamePersona('Anna', 'Anka');
    await a.addPersona('Bartek');
    await other.waitForTimeout(500);
    await b.expectPersonas(['Anna']);
    await other.unroute('**/events*');
    // The transport tries again with backoff; once the stream opens the store asks project.changesSince.
    await expect(b.personaNames).toHaveText(['Anka', 'Bartek'], { timeout: 15_000 });
    await stillSamePage(other);
  } finally {
    await otherContext.close();
  }
});

test("a window's undo history survives reloading the page, and stays its own", async ({ page, context, studio, startScreen }) => {
  const a = new ProjectScreen(page);
  await startScreen.startProject(studio.host.url, 'Po przeładowaniu');
  await a.addPersona('Anna');
  await a.persona('Anna').getByTestId('persona-rename').click();
  await a.renameInput.fill('Anka');
  await a.renameInput.press('Enter');
  await a.expectPersonas(['Anka']);

  // Another tab is another window, with a history of its own: nothing to undo there.
  const other = await context.newPage();
  const b = new ProjectScreen(other);
  await other.goto(studio.host.url);
  await b.expectPersonas(['Anka']);
  await expect(other.getByTestId('undo')).toBeDisabled();

  await page.reload();
  await a.expectPersonas(['Anka']);
  await expect(page.getByTestId('undo')).toBeEnabled();
  await a.pressUndo();
  await a.expectPersonas(['Anna']);
  await b.expectPersonas(['Anna']);
  await a.pressUndo();
  await a.expectPersonas([]);
});

test('a project opened elsewhere while the event stream was down is shown once the stream is back', async ({ page, studio, startScreen }) => {
  test.setTimeout(60_000);
  const a = new ProjectScreen(page);
  await page.route('**/events*', (route) => route.abort('failed'));
  await startScreen.startProject(studio.host.url, 'Pierwszy');
  await markPage(page);
  await api(studio.host, 'project.create', { path: 'Drugi' });
  await page.waitForTimeout(500);
  await a.expectOpen('Pierwszy');
  await page.unroute('**/events*');
  await expect(a.projectName).toHaveText('Drugi', { timeout: 15_000 });
  await stillSamePage(page);
});
