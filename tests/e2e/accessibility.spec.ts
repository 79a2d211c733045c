import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const serious = (violations: { impact?: string | null; id: string; nodes: { target: unknown }[] }[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);

for (const theme of ['light', 'dark'] as const) {
  test(`no serious accessibility problems (${theme})`, async ({ page, studio, startScreen, projectScreen }) => {
    await startScreen.goto(studio.host.url);
    await page.getByTestId('theme-switcher').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(serious((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);

    await startScreen.openSample();
    await expect(projectScreen.personaItems.first()).toBeVisible();
    await projectScreen.expectSaved();
    expect(serious((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);
  });
}

test('no request leaves the studio host', async ({ page, studio, startScreen, projectScreen }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(studio.host.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  await startScreen.goto(studio.host.url);
  await startScreen.openSample();
  await expect(projectScreen.personaItems.first()).toBeVisible();
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});
