import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { startHost } from './studioHost';

/** What a studio on another computer leaves beside a project on a shared drive. */
const otherMachineLock = JSON.stringify({ pid: 4242, host: 'laptop-ewy', user: 'ewa', since: '2026-03-01T09:00:00.000Z' });

function projectFile(home: string, name: string): string {
  const found = readdirSync(home, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(`${name}.cjstudio`));
  expect(found).toHaveLength(1);
  return join(home, found[0]!);
}

test('a project held by another computer can be taken over from the error', async ({ page, studio, startScreen, projectScreen }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await startScreen.startProject(studio.host.url, 'Shared drive');
  await projectScreen.close();
  const path = projectFile(studio.home, 'Shared drive');
  writeFileSync(`${path}.lock`, otherMachineLock);

  await startScreen.openByPath(path);
  const alert = startScreen.errorAlert();
  await expect(alert).toContainText('ewa@laptop-ewy, pid 4242');
  await expect(alert).toContainText('choose Take over to open it here');
  await expect(startScreen.takeOverButton()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: 'test-results/screens/project-lock-take-over.png' });

  await startScreen.takeOverButton().click();
  await expect(projectScreen.projectName).toHaveText('Shared drive');
  expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toMatchObject({ host: hostname() });
});

test('the start screen offers Take over for a recent project held elsewhere', async ({ page, studio, startScreen, projectScreen }) => {
  await startScreen.startProject(studio.host.url, 'Recent shared');
  await projectScreen.close();
  writeFileSync(`${projectFile(studio.home, 'Recent shared')}.lock`, otherMachineLock);

  await startScreen.openRecent('Recent shared');
  await expect(startScreen.errorAlert()).toContainText('since 2026-03-01 09:00 UTC');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/project-lock-take-over-start.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/screens/project-lock-take-over-start-1920.png' });
  await startScreen.takeOverButton().click();
  await expect(projectScreen.projectName).toHaveText('Recent shared');
});

test('a project open in a running studio on this computer offers no Take over', async ({ studio, startScreen, projectScreen }) => {
  await startScreen.startProject(studio.host.url, 'Busy');
  await projectScreen.close();
  const path = projectFile(studio.home, 'Busy');
  const other = await startHost({ home: join(studio.dir, 'other-home'), project: path });
  try {
    await startScreen.openByPath(path);
    await expect(startScreen.errorAlert()).toContainText('Close it there first.');
    await expect(startScreen.takeOverButton()).toHaveCount(0);
  } finally {
    await other.stop();
  }
  // Its studio gone, the same project opens at once.
  await startScreen.dialog.getByTestId('open-path-submit').click();
  await expect(projectScreen.projectName).toHaveText('Busy');
});

test.describe('in Polish', () => {
  test.use({ studioOptions: { lang: 'pl', project: undefined } });

  test('the button says Przejmij', async ({ studio, startScreen, projectScreen }) => {
    await startScreen.startProject(studio.host.url, 'Dysk wspólny');
    await projectScreen.close();
    writeFileSync(`${projectFile(studio.home, 'Dysk wspólny')}.lock`, otherMachineLock);
    await startScreen.openRecent('Dysk wspólny');
    await expect(startScreen.errorAlert()).toContainText('wybierz „Przejmij”');
    await expect(startScreen.takeOverButton()).toHaveText('Przejmij');
  });
});
