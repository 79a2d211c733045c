import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { readZipEntry } from './readZipEntry';

test('a bundle exported from an open project opens elsewhere as a new project', async ({ page, studio, startScreen, projectScreen }) => {
  await startScreen.startProject(studio.host.url, 'Warsztat Łódź');
  await projectScreen.addPersona('Żaneta');
  await projectScreen.addPersona('Bartosz');
  await projectScreen.expectSaved();

  await page.getByTestId('project-share').click();
  const dialog = page.locator('dialog[open]');
  const path = dialog.getByTestId('export-path-input');
  // Beside the project, named after it and the day.
  await expect(path).toHaveValue(/Warsztat Łódź \d{4}-\d{2}-\d{2}\.cjbundle$/);
  const bundle = join(studio.dir, 'Dla klienta.cjbundle');
  await path.fill(join(studio.dir, 'Dla klienta'));
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-done')).toContainText('Bundle saved');
  await expect(dialog.getByTestId('export-path')).toContainText('Dla klienta.cjbundle');
  expect(existsSync(bundle)).toBe(true);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await projectScreen.close();

  await page.getByTestId('start-import-bundle').click();
  await dialog.getByTestId('open-path').fill(bundle);
  await dialog.getByTestId('open-path-submit').click();
  await expect(dialog.getByTestId('import-counts')).toHaveText('2 personas · 0 interviews · 0 maps · 0 highlights · 0 tags');
  await expect(dialog.getByTestId('import-name')).toHaveValue('Warsztat Łódź');
  await dialog.getByTestId('import-name').fill('Kopia od Ani');
  await dialog.getByTestId('import-submit').click();
  await projectScreen.expectOpen('Kopia od Ani');
  await projectScreen.expectPersonas(['Żaneta', 'Bartosz']);
});

test('a file that is not a bundle is refused with the reason, and no project is made', async ({ page, studio, startScreen }) => {
  await startScreen.goto(studio.host.url);
  const fake = join(studio.dir, 'fake.cjbundle');
  writeFileSync(fake, 'this is not a zip');
  const projects = join(studio.home, 'projects');
  const before = existsSync(projects) ? readdirSync(projects) : [];
  await page.getByTestId('start-import-bundle').click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByTestId('open-path').fill(fake);
  await dialog.getByTestId('open-path-submit').click();
  await expect(dialog.getByRole('alert')).toContainText('fake.cjbundle is not a project bundle Journey Studio can use: it is not a zip archive');
  await expect(dialog.getByTestId('import-summary')).toHaveCount(0);
  expect(existsSync(projects) ? readdirSync(projects) : []).toEqual(before);
});

test('the report in a bundle opens offline in a browser and shows the map with its emotion curves', async ({ page, studio, startScreen, projectScreen }) => {
  await startScreen.goto(studio.host.url);
  await startScreen.openSample();
  await projectScreen.expectOpen(/Sample/);
  await page.getByTestId('project-share').click();
  const dialog = page.locator('dialog[open]');
  const bundle = join(studio.dir, 'Sample.cjbundle');
  await dialog.getByTestId('export-path-input').fill(bundle);
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-done')).toBeVisible();

  const report = join(studio.dir, 'report.html');
  writeFileSync(report, await readZipEntry(bundle, 'report/index.html'));
  // Nothing but the file: every request the page would make is refused.
  const offline = await page.context().browser()!.newContext({ offline: true, javaScriptEnabled: false });
  const reader = await offline.newPage();
  const requests: string[] = [];
  reader.on('request', (r) => void requests.push(r.url()));
  await reader.goto(`file://${report}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(/Sample/);
  const map = reader.locator('section.map').first();
  await expect(map.locator('th.stage')).toHaveCount(5);
  const curves = map.locator('svg.curves path');
  await expect(curves).toHaveCount(2);
  for (const curve of await curves.all()) expect(await curve.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+ C/);
  await expect(map.locator('.legend li')).toHaveCount(2);
  expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  await offline.close();
});
