import { expect, test } from './fixtures';

test('delete offers Undo in a toast; redo and rename undo work from the keyboard', async ({ studio, startScreen, projectScreen }) => {
  await startScreen.startProject(studio.host.url, 'Undo');
  await projectScreen.addPersona('Anna');
  await projectScreen.addPersona('Bartosz');

  await projectScreen.deletePersona('Anna');
  await expect(projectScreen.toasts.last()).toContainText('Deleted “Anna”');
  await projectScreen.undoFromToast();
  await projectScreen.expectPersonas(['Anna', 'Bartosz']);

  await projectScreen.renamePersona('Bartosz', 'Bartek');
  await projectScreen.pressUndo();
  await projectScreen.expectPersonas(['Anna', 'Bartosz']);
  await projectScreen.pressRedo();
  await projectScreen.expectPersonas(['Anna', 'Bartek']);
});

test('names are checked before they reach the core; Escape cancels a rename', async ({ page, studio, startScreen, projectScreen }) => {
  await startScreen.startProject(studio.host.url, 'Validation');

  await projectScreen.newPersonaInput.fill('   ');
  await projectScreen.addPersonaButton.click();
  await expect(projectScreen.createError).toHaveText('Enter a name for the persona.');
  await expect(projectScreen.newPersonaInput).toHaveAttribute('aria-invalid', 'true');

  await projectScreen.newPersonaInput.fill('x'.repeat(201));
  await projectScreen.addPersonaButton.click();
  await expect(projectScreen.createError).toHaveText('The name is too long (200 characters at most).');
  await expect(projectScreen.personaItems).toHaveCount(0);

  await projectScreen.addPersona('Anna');
  const item = projectScreen.persona('Anna');
  await item.getByTestId('persona-rename').click();
  await projectScreen.renameInput.fill('Changed my mind');
  await page.keyboard.press('Escape');
  await projectScreen.expectPersonas(['Anna']);
  await expect(item.getByTestId('persona-rename')).toBeFocused();
});
