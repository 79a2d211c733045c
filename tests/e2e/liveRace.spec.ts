import { expect, test } from './fixtures';

test('a persona another client makes right after this page opened the project shows without a reload', async ({ page, studio, startScreen }) => {
  await startScreen.startProject(studio.host.url, 'Wyścig');
  const res = await fetch(`${studio.host.origin}/api/persona.create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${studio.host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Anna z innego okna' }),
  });
  expect(res.ok).toBe(true);
  await expect(page.getByTestId('persona-name').filter({ hasText: 'Anna z innego okna' })).toBeVisible({ timeout: 5000 });
});
