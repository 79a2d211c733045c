import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

// An imported file's name becomes its title: one long word, with no space to wrap at.
const FILE_TITLE = 'Wywiad_P07_Salon_Lodz_2026-10-03_nagranie_transkrypcja_poprawiona_wersja_ostateczna_do_analizy_zespolu_badawczego_po_konsultacji_z_klientem_i_dzialem_sprzedazy_v12.srt';

/** How far the page reaches past the window's width; 0 when nothing sticks out sideways. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('a long unbroken title wraps in the interview list, on its page and inside its evidence column, and filters that hide every quote say so and can be cleared', async ({
  page,
  studio,
  startScreen,
  projectScreen,
}) => {
  test.setTimeout(90_000);
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Dowody');
  await projectScreen.addPersona('Marek, kierowca floty');
  await notebook.createInterview(FILE_TITLE);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await notebook.section('interviews');
  await expect(notebook.interviewItems).toHaveCount(1);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await notebook.openInterview(FILE_TITLE);
  await notebook.editor.click();
  await notebook.type('Klient mówi o cenie serwisu.');
  await notebook.highlight('cenie serwisu', ['Cena']);
  await notebook.expectSaved();

  await notebook.section('evidence');
  await page.getByTestId('evidence-group-interview').check();
  await expect(notebook.evidenceGroups).toHaveCount(1);
  const fit = await page.evaluate(() => {
    const container = document.querySelector('.evidence-groups')!;
    const group = container.querySelector('[data-testid="evidence-group"]')!;
    const column = parseFloat(getComputedStyle(container).gridTemplateColumns.split(' ')[0]!);
    const box = group.getBoundingClientRect();
    const widest = Math.max(...[...group.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right));
    return { column, group: box.width, spill: widest - box.right, page: document.documentElement.scrollWidth - document.documentElement.clientWidth };
  });
  expect(fit.group).toBeLessThanOrEqual(fit.column + 0.5);
  expect(fit.spill).toBeLessThanOrEqual(0.5);
  expect(fit.page).toBeLessThanOrEqual(0);

  // The interview is linked to no persona: filtering by one hides every quote.
  await page.getByTestId('evidence-persona').selectOption({ label: 'Marek, kierowca floty' });
  await expect(page.getByTestId('evidence-card')).toHaveCount(0);
  const noMatch = page.getByTestId('evidence-no-match');
  await expect(noMatch).toContainText('No quotes match these filters');
  await expect(page.getByText('No evidence yet')).toHaveCount(0);
  await expect(page.getByTestId('evidence-count')).toHaveText('No quotes match the filters');
  await page.screenshot({ path: 'test-results/screens/evidence-no-match.png' });
  // While the whole list is on its way, the board does not claim there is no evidence at all.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/highlight.list', async (route) => {
    await held;
    await route.continue();
  });
  await noMatch.getByRole('button', { name: 'Show all quotes' }).click();
  await page.waitForTimeout(300);
  await expect(page.getByText('No evidence yet')).toHaveCount(0);
  release();
  await expect(page.getByTestId('evidence-card')).toHaveCount(1);
  await expect(page.getByTestId('evidence-persona')).toHaveValue('');
  await expect(page.getByTestId('evidence-persona')).toBeFocused();
});
