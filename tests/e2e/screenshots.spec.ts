import { expect, test } from './fixtures';

/** Pictures of the studio for review (light and dark, start screen and personas); not compared to a baseline. */
for (const theme of ['light', 'dark'] as const) {
  test(`screenshots in the ${theme} theme`, async ({ page, studio, startScreen, projectScreen }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await startScreen.goto(studio.host.url);
    await page.getByTestId('theme-switcher').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    await startScreen.createProject('Car dealership workshop');
    await projectScreen.close();
    await startScreen.createProject('Onboarding interviews');
    await projectScreen.close();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `test-results/screens/start-${theme}.png` });

    await startScreen.openByPath(`${studio.dir}/home`);
    await expect(startScreen.errorAlert()).toBeVisible();
    await page.screenshot({ path: `test-results/screens/open-dialog-${theme}.png` });
    await page.keyboard.press('Escape');
    await expect(startScreen.dialog).toHaveCount(0);

    await startScreen.openSample();
    await expect(projectScreen.personaItems.first()).toBeVisible();
    for (const name of ['Zofia Łęcka, retired teacher', 'Piotr, small business owner']) await projectScreen.addPersona(name);
    await projectScreen.expectSaved();
    await projectScreen.personaItems.nth(1).hover();
    await page.screenshot({ path: `test-results/screens/personas-${theme}.png` });

    await projectScreen.persona('Piotr, small business owner').getByTestId('persona-delete').click();
    await expect(projectScreen.toasts).toBeVisible();
    await page.screenshot({ path: `test-results/screens/personas-toast-${theme}.png` });
  });
}
