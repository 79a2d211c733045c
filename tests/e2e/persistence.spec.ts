import { expect, test } from './fixtures';

test('personas survive a page reload and a host restart', async ({ page, studio, startScreen, projectScreen }) => {
  await startScreen.goto(studio.host.url);
  // The token leaves the address bar as soon as the page has read it.
  await expect(page).not.toHaveURL(/token=/);

  await startScreen.createProject('Warsztat Łódź');
  await projectScreen.expectOpen(/Warsztat Łódź/);

  await projectScreen.addPersona('Anna, first-time buyer');
  await projectScreen.addPersona('Bartek');
  await projectScreen.addPersona('Żaneta');
  await projectScreen.renamePersona('Bartek', 'Bartosz, fleet manager');
  await projectScreen.deletePersona('Anna, first-time buyer');
  await projectScreen.expectPersonas(['Bartosz, fleet manager', 'Żaneta']);
  await projectScreen.pressUndo();

  const expected = ['Anna, first-time buyer', 'Bartosz, fleet manager', 'Żaneta'];
  await projectScreen.expectPersonas(expected);
  await projectScreen.expectSaved();

  await page.reload();
  await projectScreen.expectOpen(/Warsztat Łódź/);
  await projectScreen.expectPersonas(expected);

  const host = await studio.restart();
  await startScreen.goto(host.url);
  await expect(startScreen.recentItem('Warsztat Łódź')).toBeVisible();
  await startScreen.openRecent('Warsztat Łódź');
  await projectScreen.expectOpen(/Warsztat Łódź/);
  await projectScreen.expectPersonas(expected);
});
