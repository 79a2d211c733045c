import { expect, test } from './fixtures';

test.use({ studioOptions: { lang: 'pl', project: undefined }, locale: 'pl-PL' });

test('with --lang pl the studio speaks Polish and sorts the Polish way', async ({ page, studio, startScreen, projectScreen }) => {
  await startScreen.goto(studio.host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(startScreen.newButton).toContainText('Nowy projekt');
  await expect(startScreen.sampleButton).toContainText('Otwórz przykładowy projekt');
  await expect(page.getByRole('heading', { name: 'Ostatnie projekty' })).toBeVisible();

  await startScreen.createProject('Mój projekt');
  await projectScreen.expectOpen(/Mój projekt/);
  await expect(page.getByRole('heading', { name: 'Persony' })).toBeVisible();
  await expect(projectScreen.closeButton).toHaveText('Zamknij projekt');

  await projectScreen.addPersona('Łukasz');
  await projectScreen.addPersona('Lucyna');
  await projectScreen.addPersona('Żaneta');
  await projectScreen.addPersona('Adam');
  await expect(page.getByTestId('persona-count')).toHaveText('4 persony');
  await projectScreen.expectSaved();
  await expect(projectScreen.saveIndicator).toHaveText('Zapisano');

  await projectScreen.sortButton.click();
  await projectScreen.expectPersonas(['Adam', 'Lucyna', 'Łukasz', 'Żaneta']);
});

test('switching the language in the UI is remembered', async ({ page, studio, startScreen }) => {
  await startScreen.goto(studio.host.url);
  await page.getByTestId('language-switcher').selectOption('en');
  await expect(startScreen.newButton).toContainText('New project');
  await page.reload();
  await expect(startScreen.newButton).toContainText('New project');
});
