import { expect, test } from './fixtures';

test('reordering with the keyboard persists and can be undone', async ({ page, studio, startScreen, projectScreen }) => {
  await startScreen.startProject(studio.host.url, 'Reorder');
  for (const name of ['Anna', 'Bartosz', 'Celina']) await projectScreen.addPersona(name);

  await projectScreen.moveWithKeyboard('Anna', 'down', 2);
  await projectScreen.expectPersonas(['Bartosz', 'Celina', 'Anna']);
  // Focus follows the moved persona, so repeated presses keep moving the same one.
  await expect(projectScreen.persona('Anna').getByTestId('persona-move')).toBeFocused();
  await expect(projectScreen.announcer).toHaveText('Moved Anna to position 3 of 3');

  await page.keyboard.press('Alt+ArrowUp');
  await projectScreen.expectPersonas(['Bartosz', 'Anna', 'Celina']);

  await projectScreen.pressUndo();
  await projectScreen.expectPersonas(['Bartosz', 'Celina', 'Anna']);
  await expect(projectScreen.toasts.last()).toContainText('Undone: reorder personas');
  await projectScreen.pressRedo();
  await projectScreen.expectPersonas(['Bartosz', 'Anna', 'Celina']);
  await projectScreen.expectSaved();

  await page.reload();
  await projectScreen.expectPersonas(['Bartosz', 'Anna', 'Celina']);
});

test('reordering by drag and drop persists', async ({ page, studio, startScreen, projectScreen }) => {
  await startScreen.startProject(studio.host.url, 'Drag');
  for (const name of ['Anna', 'Bartosz', 'Celina']) await projectScreen.addPersona(name);

  const source = projectScreen.persona('Celina');
  const target = projectScreen.persona('Anna');
  await source.dragTo(target, { targetPosition: { x: 40, y: 4 } });
  await projectScreen.expectPersonas(['Celina', 'Anna', 'Bartosz']);
  await projectScreen.expectSaved();

  await page.reload();
  await projectScreen.expectPersonas(['Celina', 'Anna', 'Bartosz']);
});
