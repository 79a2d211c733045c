import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('opening a file that is not a project shows a clear error', async ({ studio, startScreen, projectScreen }) => {
  const notes = join(studio.dir, 'notes.txt');
  writeFileSync(notes, 'Meeting notes, not a project.\n');

  await startScreen.goto(studio.host.url);
  await startScreen.openByPath(notes);
  const alert = startScreen.errorAlert();
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('is not a Journey Studio project');
  await expect(projectScreen.projectName).toHaveCount(0);
});

test('a missing file in recent projects is greyed and can be forgotten', async ({ studio, startScreen, projectScreen, page }) => {
  await startScreen.startProject(studio.host.url, 'Soon gone');
  await projectScreen.close();
  await expect(startScreen.recentItem('Soon gone')).toBeVisible();

  const { rmSync, readdirSync } = await import('node:fs');
  const projectsDirFiles = readdirSync(studio.home, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('Soon gone.cjstudio'));
  expect(projectsDirFiles).toHaveLength(1);
  await studio.host.stop();
  rmSync(join(studio.home, projectsDirFiles[0]!));
  const host = await studio.restart();

  await startScreen.goto(host.url);
  const item = startScreen.recentItem('Soon gone');
  await expect(item).toHaveClass(/missing/);
  await expect(item.getByTestId('recent-open')).toBeDisabled();
  await item.getByTestId('recent-forget').click();
  await expect(item).toHaveCount(0);
  await expect(page.getByText('Projects you open will appear here.')).toBeVisible();
});
