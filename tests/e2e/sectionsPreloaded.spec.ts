import { expect, test } from './fixtures';

/**
 * Once the studio has fetched a section's code in the background, moving to that section draws
 * it at once: the "loading" placeholder never appears, so React has nothing to hold back.
 */
test('sections fetched in the background open without a loading placeholder', async ({ page, studio, startScreen }) => {
  await startScreen.startProject(studio.host.url, 'Sekcje');
  // The last chunk the idle prefetch asks for.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/SearchPanel-[^/]*\.js$/.test(e.name)))).toBe(true);
  await page.evaluate(() => {
    const w = window as unknown as { placeholders: number };
    w.placeholders = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.matches('.section-loading')) w.placeholders++;
    }).observe(document.body, { childList: true, subtree: true });
  });
  for (const section of ['evidence', 'journeys', 'search'] as const) {
    await page.getByTestId(`nav-${section}`).click();
    await expect(page.locator(`.project-main-${section}`)).toBeVisible();
  }
  await expect(page.getByTestId('search-input')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { placeholders: number }).placeholders)).toBe(0);
});
