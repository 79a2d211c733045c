import { expect, test } from './fixtures';
import { Toasts } from './pages/Toasts';

// An Undo toast stays 10 s on its own: these are well past that.
const PAST_TIMEOUT = 11_000;

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('a toast stays while the pointer is on it and closes in its own time once the pointer leaves', async ({ page, studio, startScreen, projectScreen }) => {
  const toasts = new Toasts(page);
  await startScreen.startProject(studio.host.url, 'Hover');
  await projectScreen.addPersona('Anna');
  await projectScreen.deletePersona('Anna');
  await expect(toasts.all).toHaveCount(1);

  await toasts.newest().hover();
  await toasts.letTimePass(PAST_TIMEOUT);
  await expect(toasts.all).toHaveCount(1);

  await page.mouse.move(5, 5);
  await toasts.letTimePass(PAST_TIMEOUT);
  await expect(toasts.all).toHaveCount(0);
});

test('a toast reached with F8 stays while it has the keys; closing it gives them back to the field they came from', async ({ page, studio, startScreen, projectScreen }) => {
  const toasts = new Toasts(page);
  await startScreen.startProject(studio.host.url, 'Keys');
  await projectScreen.addPersona('Anna');
  await projectScreen.addPersona('Bartosz');
  await projectScreen.deletePersona('Anna');
  await projectScreen.newPersonaInput.click();
  await page.keyboard.type('Cze');

  await toasts.reachWithKeyboard();
  await expect(toasts.action()).toBeFocused();
  await toasts.letTimePass(PAST_TIMEOUT);
  await expect(toasts.all).toHaveCount(1);
  await expect(toasts.action()).toBeFocused();

  // Its action: the persona comes back and the typing goes on in the field.
  await page.keyboard.press('Enter');
  await projectScreen.expectPersonas(['Anna', 'Bartosz']);
  await expect(toasts.all).toHaveCount(0);
  await expect(projectScreen.newPersonaInput).toBeFocused();
  await page.keyboard.type('sław');
  await expect(projectScreen.newPersonaInput).toHaveValue('Czesław');

  // Its close button, reached by Tab inside the toast; then Escape; and F8 again, which leaves the toast open.
  await projectScreen.deletePersona('Bartosz');
  await projectScreen.newPersonaInput.click();
  await toasts.reachWithKeyboard();
  await page.keyboard.press('Tab');
  await expect(toasts.closeButton()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toasts.all).toHaveCount(0);
  await expect(projectScreen.newPersonaInput).toBeFocused();

  await projectScreen.deletePersona('Anna');
  await projectScreen.newPersonaInput.click();
  await toasts.reachWithKeyboard();
  await toasts.reachWithKeyboard();
  await expect(projectScreen.newPersonaInput).toBeFocused();
  await expect(toasts.all).toHaveCount(1);
  await toasts.reachWithKeyboard();
  await page.keyboard.press('Escape');
  await expect(toasts.all).toHaveCount(0);
  await expect(projectScreen.newPersonaInput).toBeFocused();
  await page.keyboard.press('Enter');
  await projectScreen.expectPersonas(['Czesław']);
});

test('keys whose place is gone go to the main region, not the body; a toast left by the keys times out again', async ({ page, studio, startScreen, projectScreen }) => {
  const toasts = new Toasts(page);
  await startScreen.startProject(studio.host.url, 'Fallback');
  await projectScreen.addPersona('Anna');
  await projectScreen.addPersona('Bartosz');
  // The delete button had the keys and went with its row.
  await projectScreen.deletePersona('Anna');
  await toasts.reachWithKeyboard();
  await expect(toasts.action()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toasts.all).toHaveCount(0);
  await expect(toasts.main).toBeFocused();

  await projectScreen.deletePersona('Bartosz');
  await toasts.reachWithKeyboard();
  await toasts.letTimePass(PAST_TIMEOUT);
  await expect(toasts.all).toHaveCount(1);
  await page.keyboard.press('Shift+Tab');
  await expect(toasts.region.locator(':focus')).toHaveCount(0);
  await toasts.letTimePass(PAST_TIMEOUT);
  await expect(toasts.all).toHaveCount(0);
});
