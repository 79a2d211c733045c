import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { JourneyScreen } from './pages/JourneyScreen';
import { api } from './hostApi';
import type { RunningHost } from './studioHost';

const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });

/** An interview with one highlighted quote, as the notebook would save it. */
async function interviewWithQuote(host: RunningHost, quote: string) {
  const interview = await api<{ id: string }>(host, 'interview.create', { title: 'Wywiad z Anną' });
  const id = randomUUID();
  const notes = {
    format: 'journey-studio/notes',
    version: 1,
    editorState: {
      root: {
        type: 'root',
        version: 1,
        children: [{ type: 'paragraph', version: 1, children: [text('Powiedziała: '), { type: 'mark', ids: [id], version: 1, children: [text(quote)] }] }],
      },
    },
  };
  await api(host, 'highlight.create', { id, interviewId: interview.id, quote, tagIds: [], notes, baseVersion: 0 });
  return id;
}

const serious = (violations: { impact?: string | null; id: string; nodes: { target: unknown }[] }[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);

test('a Polish five-stage map: fill two stages, emotions, evidence, moves, undo, reload', async ({ page, studio, startScreen }) => {
  test.setTimeout(120_000);
  const journeys = new JourneyScreen(page);
  await startScreen.startProject(studio.host.url, 'Mapy');
  await api(studio.host, 'persona.create', { name: 'Anna' });
  await interviewWithQuote(studio.host, 'za drogo jak na nasz budżet');

  await journeys.open();
  await journeys.createMap({ name: 'Zakup auta', goal: 'kupić samochód', template: 'five-stages', lang: 'pl', personas: ['Anna'] });
  await journeys.expectStages(['Świadomość', 'Rozważanie', 'Decyzja', 'Zakup i doświadczenie', 'Lojalność i rekomendacje']);

  const kinds = await journeys.noteLaneKinds();
  expect(kinds.length).toBeGreaterThanOrEqual(9);
  for (const stage of [0, 1]) {
    for (const kind of kinds) await journeys.addNote(stage, kind, `${kind} ${stage + 1} żółw`);
  }
  await expect(journeys.notes).toHaveCount(kinds.length * 2);

  // A channel and a measure; the measure is checked before it reaches the core.
  let form = await journeys.openDetails('channels 1 żółw');
  await form.getByTestId('journey-item-channel').selectOption('website');
  await journeys.saveDetails(form);
  await expect(journeys.note('channels 1 żółw')).toContainText('Strona i marketplace');
  form = await journeys.openDetails('kpis 1 żółw');
  await form.getByTestId('journey-kpi-metric').selectOption('csat');
  await form.getByTestId('journey-kpi-actual').fill('150');
  await form.getByTestId('journey-item-save').click();
  await expect(form.getByTestId('journey-item-error')).toContainText('0');
  await form.getByTestId('journey-kpi-actual').fill('72');
  await form.getByTestId('journey-kpi-target').fill('80');
  await journeys.saveDetails(form);
  await expect(journeys.note('kpis 1 żółw')).toContainText('72%');

  // Emotions: keyboard on the first stage, a click low on the second.
  await journeys.emotion(0).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await expect(journeys.emotion(0)).toHaveAttribute('data-score', '3');
  const box = (await journeys.emotion(1).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 2);
  await expect(journeys.emotion(1)).toHaveAttribute('data-score', '-5');
  await journeys.emotion(2).focus();
  await page.keyboard.press('ArrowUp');
  await expect(journeys.emotion(2)).toHaveAttribute('data-score', '1');
  await expect(page.getByTestId('journey-critical')).toHaveCount(1);

  // Evidence: cite the interview quote on a pain point.
  form = await journeys.openDetails('pains 2 żółw');
  await form.getByTestId('journey-evidence-option').click();
  await expect(form.getByTestId('journey-evidence-option')).toBeChecked();
  await expect(journeys.note('pains 2 żółw').getByTestId('journey-evidence-badge')).toHaveText('1');
  await page.keyboard.press('Escape');
  await expect(journeys.dialog).toHaveCount(0);
  await journeys.note('pains 2 żółw').focus();
  await expect(journeys.note('pains 2 żółw').getByTestId('journey-evidence-tip')).toContainText('za drogo jak na nasz budżet');
  await journeys.screenshot('filled');
  await journeys.emotion(0).scrollIntoViewIfNeeded();
  await journeys.screenshot('emotions');

  // Move by keyboard, then by drag.
  await journeys.note('actions 1 żółw').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(await journeys.notesIn(1, 'actions')).toHaveText(['actions 2 żółw', 'actions 1 żółw']);
  await expect(journeys.note('actions 1 żółw')).toBeFocused();
  await journeys.expectSaved();

  await journeys.note('thoughts 1 żółw').dragTo(await journeys.cell(2, 'thoughts'));
  await expect(await journeys.notesIn(2, 'thoughts')).toHaveText(['thoughts 1 żółw']);
  await journeys.expectSaved();

  await journeys.pressUndo();
  await expect(await journeys.notesIn(0, 'thoughts')).toHaveText(['thoughts 1 żółw']);
  await journeys.pressUndo();
  await expect(await journeys.notesIn(0, 'actions')).toHaveText(['actions 1 żółw']);
  await journeys.expectSaved();

  await page.reload();
  await expect(journeys.grid).toBeVisible();
  await expect(await journeys.notesIn(0, 'actions')).toHaveText(['actions 1 żółw']);
  await expect(await journeys.notesIn(1, 'actions')).toHaveText(['actions 2 żółw']);
  await expect(await journeys.notesIn(0, 'thoughts')).toHaveText(['thoughts 1 żółw']);
  await expect(await journeys.notesIn(2, 'thoughts')).toHaveCount(0);
  await expect(journeys.notes).toHaveCount(kinds.length * 2);
  await expect(journeys.emotion(0)).toHaveAttribute('data-score', '3');
  await expect(journeys.emotion(1)).toHaveAttribute('data-score', '-5');
  await expect(journeys.note('pains 2 żółw').getByTestId('journey-evidence-badge')).toHaveText('1');
  await expect(journeys.note('kpis 1 żółw')).toContainText('72%');

  expect(serious((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);
  await page.getByTestId('theme-switcher').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('journey-fit').click();
  await journeys.screenshot('dark-fit');
  expect(serious((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);
});

test('deleting a stage that holds notes asks first, and undo brings it back with its notes; zoom follows the keyboard', async ({ page, studio, startScreen }) => {
  test.setTimeout(120_000);
  const journeys = new JourneyScreen(page);
  await startScreen.startProject(studio.host.url, 'Etapy');
  await journeys.open();
  await journeys.createMap({ name: 'Sklep', template: 'three-stages', lang: 'en' });
  await journeys.expectStages(['Need recognition', 'Considering the offer', 'Decision']);
  await journeys.addNote(1, 'actions', 'Compares two offers');
  await journeys.expectSaved();

  await journeys.stages.nth(1).getByTestId('journey-menu').click();
  await journeys.stages.nth(1).getByTestId('journey-delete-stage').click();
  await page.getByTestId('journey-confirm').click();
  await journeys.expectStages(['Need recognition', 'Decision']);
  await expect(journeys.note('Compares two offers')).toHaveCount(0);

  await journeys.pressUndo();
  await journeys.expectStages(['Need recognition', 'Considering the offer', 'Decision']);
  await expect(await journeys.notesIn(1, 'actions')).toHaveText(['Compares two offers']);

  const zoom = page.getByTestId('journey-zoom-reset');
  await expect(zoom).toHaveText('100%');
  await journeys.grid.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Equal');
  await expect(zoom).not.toHaveText('100%');
  await page.keyboard.press('Control+0');
  await expect(zoom).toHaveText('100%');

  // A reload comes back to the open map, as it was left.
  await page.reload();
  await journeys.expectStages(['Need recognition', 'Considering the offer', 'Decision']);
  await expect(await journeys.notesIn(1, 'actions')).toHaveText(['Compares two offers']);
});
