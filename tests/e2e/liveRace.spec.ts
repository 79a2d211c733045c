import { expect, test } from './fixtures';
import { api } from './hostApi';

test('a persona another client makes right after this page opened the project shows without a reload', async ({ page, studio, startScreen }) => {
  await startScreen.startProject(studio.host.url, 'Wyścig');
  await api(studio.host, 'persona.create', { name: 'Anna z innego okna' });
  await expect(page.getByTestId('persona-name').filter({ hasText: 'Anna z innego okna' })).toBeVisible({ timeout: 5000 });
});
