import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { readZipEntry } from './readZipEntry';
import { api } from './hostApi';

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

test('a map exported as a PDF from its view keeps Polish letters, and a big one is tiled over A2 sheets', async ({ page, studio, startScreen, projectScreen }) => {
  await startScreen.startProject(studio.host.url, 'Druk');
  // A map of 20 stages, made as a script would, then shown in the studio.
  const { id } = await api<{ id: string }>(studio.host, 'journey.create', { name: 'Mapa ścienna', template: 'eight-steps', lang: 'pl' });
  for (let i = 8; i < 20; i++) await api(studio.host, 'stage.add', { mapId: id, name: `Etap ${i + 1}: źdźbło` });
  await page.getByTestId('nav-journeys').click();
  await page.getByTestId('journey-card').filter({ hasText: 'Mapa ścienna' }).getByTestId('journey-open').click();
  await expect(page.getByTestId('journey-map-name')).toHaveText('Mapa ścienna');

  await page.getByTestId('journey-export').click();
  const dialog = page.locator('dialog[open]');
  await expect(dialog.getByTestId('map-export-path-input')).toHaveValue(/Mapa ścienna\.pdf$/);
  await dialog.getByTestId('map-export-paper').selectOption('a2');
  const pdf = join(studio.dir, 'Mapa ścienna.pdf');
  await dialog.getByTestId('map-export-path-input').fill(pdf);
  await dialog.getByTestId('map-export-submit').click();
  await expect(dialog.getByTestId('map-export-done')).toContainText('Map saved on 2 sheets');
  expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])).toBe(2);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  for (const word of ['Mapa ścienna', 'Poszukiwanie informacji', 'Myśli i pytania', 'Etap 20: źdźbło', 'sheet 2 of 2']) expect(text).toContain(word);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await projectScreen.expectOpen('Druk');
});

test('printing a screen from the browser prints its content, not the studio around it', async ({ page, studio, startScreen, projectScreen }) => {
  await startScreen.goto(studio.host.url);
  await startScreen.openSample();
  await projectScreen.expectOpen(/Sample/);
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['project-name', 'project-share', 'project-close', 'nav-journeys', 'save-indicator']) await expect(page.getByTestId(chrome), chrome).toBeHidden();
  await expect(page.getByTestId('persona-name').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('nav-journeys').click();
  await page.getByTestId('journey-open').first().click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('journey-map-name')).toBeVisible();
  await expect(page.getByTestId('journey-export')).toBeHidden();
  await expect(page.getByTestId('journey-note').first()).toBeVisible();
});
