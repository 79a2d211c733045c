import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { JourneyScreen } from './pages/JourneyScreen';
import { Toasts } from './pages/Toasts';
import { api } from './hostApi';
import type { RunningHost } from './studioHost';

/** Opens the studio in another tab of the same browser, on the map already open in the first. */
async function secondWindow(page: Page, host: RunningHost): Promise<JourneyScreen> {
  const other = await page.context().newPage();
  await other.setViewportSize(page.viewportSize() ?? { width: 1366, height: 768 });
  await other.goto(host.url);
  const journeys = new JourneyScreen(other);
  await journeys.open();
  await journeys.cards.first().getByTestId('journey-open').click();
  await expect(journeys.grid).toBeVisible();
  return journeys;
}

/** When `text` first shows in the given cell of `page`, by the page's own clock (shared by every tab). */
async function watchArrival(journeys: JourneyScreen, stage: number, laneKind: string, text: string): Promise<() => Promise<number>> {
  const cell = await journeys.cell(stage, laneKind);
  const selector = `.journey-cell[data-cell="${await cell.getAttribute('data-cell')}"]`;
  await journeys.page.evaluate(
    ([sel, wanted]) => {
      const w = window as unknown as { arrivedAt?: number };
      delete w.arrivedAt;
      const seen = () => [...(document.querySelector(sel!)?.querySelectorAll('[data-testid="journey-note-text"]') ?? [])].some((n) => n.textContent === wanted);
      const observer = new MutationObserver(() => {
        if (w.arrivedAt === undefined && seen()) {
          w.arrivedAt = Date.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    [selector, text],
  );
  return async () => {
    await expect.poll(() => journeys.page.evaluate(() => (window as unknown as { arrivedAt?: number }).arrivedAt ?? null)).not.toBeNull();
    return journeys.page.evaluate(() => (window as unknown as { arrivedAt: number }).arrivedAt);
  };
}

async function screenshots(a: JourneyScreen, b: JourneyScreen, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    for (const [tab, screen] of [
      ['a', a],
      ['b', b],
    ] as const) {
      await screen.page.setViewportSize(size);
      // The grid from its top, whatever a focused slider scrolled into view.
      await screen.page.evaluate(() => {
        window.scrollTo(0, 0);
        document.querySelector('[data-testid="journey-scroll"]')?.scrollTo(0, 0);
      });
      await screen.page.screenshot({ path: `test-results/screens/live-map-${name}-${size.width}-${tab}.png` });
    }
  }
}

test('two windows on one map: a move, an emotion and each window undoing only its own step', async ({ page, studio, startScreen }) => {
  test.setTimeout(90_000);
  const a = new JourneyScreen(page);
  await startScreen.startProject(studio.host.url, 'Na żywo');
  await api(studio.host, 'persona.create', { name: 'Anna' });
  // Made by another client before this page's event stream may have opened: read afresh.
  await page.reload();
  await expect(page.getByTestId('project-name')).toHaveText('Na żywo');
  await a.open();
  await a.createMap({ name: 'Salon', template: 'three-stages', lang: 'pl', personas: ['Anna'] });
  await a.addNote(0, 'actions', 'Ogląda auta');
  await a.addNote(0, 'actions', 'Pyta o leasing');
  await a.expectSaved();

  const b = await secondWindow(page, studio.host);
  await expect(await b.notesIn(0, 'actions')).toHaveText(['Ogląda auta', 'Pyta o leasing']);

  // A moves a sticky one stage on: B shows it there without a reload.
  const arrived = await watchArrival(b, 1, 'actions', 'Pyta o leasing');
  await a.note('Pyta o leasing').focus();
  const sentAt = await page.evaluate(() => Date.now());
  await page.keyboard.press('Alt+ArrowRight');
  await expect(await a.notesIn(1, 'actions')).toHaveText(['Pyta o leasing']);
  await expect(await b.notesIn(1, 'actions')).toHaveText(['Pyta o leasing']);
  await expect(await b.notesIn(0, 'actions')).toHaveText(['Ogląda auta']);
  const delay = (await arrived()) - sentAt;
  test.info().annotations.push({ type: 'move reached the other window (ms)', description: String(delay) });
  expect(delay).toBeLessThan(1000);

  // B sets an emotion with two presses; A shows it.
  await b.emotion(0).focus();
  await b.page.keyboard.press('ArrowUp');
  await b.page.keyboard.press('ArrowUp');
  await expect(b.emotion(0)).toHaveAttribute('data-score', '2');
  await expect(a.emotion(0)).toHaveAttribute('data-score', '2');
  await b.expectSaved();
  await screenshots(a, b, 'moved');

  // Ctrl+Z in B takes back B's two presses as one step, and leaves A's move alone.
  await b.pressUndo();
  await expect(b.emotion(0)).toHaveAttribute('data-score', '');
  await expect(a.emotion(0)).toHaveAttribute('data-score', '');
  await expect(await b.notesIn(1, 'actions')).toHaveText(['Pyta o leasing']);
  await expect(await a.notesIn(1, 'actions')).toHaveText(['Pyta o leasing']);

  // Undo in A puts the sticky back in both windows.
  await a.pressUndo();
  await expect(await a.notesIn(0, 'actions')).toHaveText(['Ogląda auta', 'Pyta o leasing']);
  await expect(await b.notesIn(0, 'actions')).toHaveText(['Ogląda auta', 'Pyta o leasing']);
  await expect(await b.notesIn(1, 'actions')).toHaveCount(0);
  await a.expectSaved();

  // Nothing of B's is left to undo: another Ctrl+Z there changes neither window.
  await b.pressUndo();
  await expect(await a.notesIn(0, 'actions')).toHaveText(['Ogląda auta', 'Pyta o leasing']);
  await expect(a.emotion(0)).toHaveAttribute('data-score', '');
  await screenshots(a, b, 'undone');
});

test('a stage deleted in one window leaves the other; its undo brings the stage and its stickies back to both', async ({ page, studio, startScreen }) => {
  const a = new JourneyScreen(page);
  await startScreen.startProject(studio.host.url, 'Etapy na żywo');
  await a.open();
  await a.createMap({ name: 'Sklep', template: 'three-stages', lang: 'en' });
  await a.addNote(1, 'needs', 'Financing');
  await a.expectSaved();
  const b = await secondWindow(page, studio.host);

  await a.stages.nth(1).getByTestId('journey-menu').click();
  await a.stages.nth(1).getByTestId('journey-delete-stage').click();
  await page.getByTestId('journey-confirm').click();
  await b.expectStages(['Need recognition', 'Decision']);
  await expect(b.note('Financing')).toHaveCount(0);

  // A window opened while the stage is in the trash never read its sticky; the undo brings it.
  await b.page.reload();
  await b.expectStages(['Need recognition', 'Decision']);
  await a.pressUndo();
  await a.expectStages(['Need recognition', 'Considering the offer', 'Decision']);
  await b.expectStages(['Need recognition', 'Considering the offer', 'Decision']);
  await expect(await b.notesIn(1, 'needs')).toHaveText(['Financing']);
});

test('a drop the core refuses is taken back with the reason', async ({ page, studio, startScreen }) => {
  // This window hears no events from the core, only its own answers: it goes on showing a stage
  // another client deletes, as a window whose events are late would.
  await page.route('**/events', (route) => route.abort());
  const a = new JourneyScreen(page);
  await startScreen.startProject(studio.host.url, 'Odmowa');
  await a.open();
  await a.createMap({ name: 'Sklep', template: 'three-stages', lang: 'en' });
  await a.addNote(0, 'actions', 'Reads reviews');
  await a.expectSaved();
  const map = (await api<{ id: string; name: string }[]>(studio.host, 'journey.list', {}))[0]!;
  const stages = (await api<{ stages: { id: string }[] }>(studio.host, 'journey.get', { id: map.id })).stages;
  await api(studio.host, 'stage.delete', { id: stages[1]!.id });

  // The move's request is held back a moment, so the drop's painting can be seen before the answer.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/item.move', async (route) => {
    await held;
    await route.continue();
  });
  await a.note('Reads reviews').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(await a.notesIn(1, 'actions')).toHaveText(['Reads reviews']);
  await expect(await a.notesIn(0, 'actions')).toHaveCount(0);
  release();
  await expect(new Toasts(page).newest()).toContainText('Not found');
  await expect(await a.notesIn(0, 'actions')).toHaveText(['Reads reviews']);
  await expect(await a.notesIn(1, 'actions')).toHaveCount(0);
});

test('a map deleted in one window says so in the other, and comes back there with its undo', async ({ page, studio, startScreen }) => {
  const a = new JourneyScreen(page);
  await startScreen.startProject(studio.host.url, 'Usunięta mapa');
  await a.open();
  await a.createMap({ name: 'Salon', template: 'three-stages', lang: 'pl' });
  await a.addNote(0, 'actions', 'Ogląda auta');
  await a.expectSaved();
  const b = await secondWindow(page, studio.host);

  await page.getByTestId('journey-back').click();
  await a.cards.first().getByTestId('journey-delete').click();
  await expect(a.cards).toHaveCount(0);
  await expect(b.page.getByTestId('journey-map-problem')).toBeVisible();
  await expect(b.grid).toHaveCount(0);
  await b.page.screenshot({ path: 'test-results/screens/live-map-gone.png' });

  await a.pressUndo();
  await expect(a.cards).toHaveCount(1);
  await expect(b.grid).toBeVisible();
  await expect(await b.notesIn(0, 'actions')).toHaveText(['Ogląda auta']);
});
