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

test('names called out in a row are all kept while the first is still saving; a refused one comes back', async ({ page, studio, startScreen, projectScreen }) => {
  await startScreen.startProject(studio.host.url, 'W rzędzie');
  // The core stores the first name at once and every window shows it, but its answer is held back.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/persona.create', async (route) => {
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  }, { times: 1 });
  await projectScreen.addPersona('Anna');
  await projectScreen.newPersonaInput.fill('Bartosz');
  await projectScreen.newPersonaInput.press('Enter');
  await expect(projectScreen.newPersonaInput).toHaveValue('');
  release();
  await projectScreen.expectPersonas(['Anna', 'Bartosz']);

  await page.route('**/api/persona.create', (route) => route.abort('failed'), { times: 1 });
  await projectScreen.newPersonaInput.fill('Celina');
  await projectScreen.newPersonaInput.press('Enter');
  await expect(projectScreen.newPersonaInput).toHaveValue('Celina');
  await expect(projectScreen.newPersonaInput).toBeFocused();
  await projectScreen.expectPersonas(['Anna', 'Bartosz']);
});
