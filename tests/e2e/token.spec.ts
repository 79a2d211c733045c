import { expect, test } from './fixtures';

test('the page without a token explains how to get in', async ({ page, studio, startScreen }) => {
  await page.goto(`${studio.host.origin}/`);
  await expect(startScreen.noTokenScreen).toBeVisible();
  await expect(startScreen.noTokenScreen).toContainText('npm run web');
  await expect(startScreen.root).toHaveCount(0);
});

test('the API refuses calls without the right token', async ({ request, studio }) => {
  const url = `${studio.host.origin}/api/persona.list`;
  const anonymous = await request.post(url, { data: {} });
  expect(anonymous.status()).toBe(403);

  const wrong = await request.post(url, { data: {}, headers: { Authorization: 'Bearer not-the-token' } });
  expect(wrong.status()).toBe(403);

  const settings = await request.post(`${studio.host.origin}/api/app.settings`, {
    data: {},
    headers: { Authorization: `Bearer ${studio.host.token}` },
  });
  expect(settings.status()).toBe(200);
  expect(await settings.json()).toMatchObject({ ok: true, value: { lang: 'en' } });
});

test('a token from an earlier host run is refused with a clear screen', async ({ page, studio, startScreen }) => {
  await startScreen.goto(studio.host.url);
  const host = await studio.restart();
  // Same tab, new host: the token kept in sessionStorage is the old one.
  await page.goto(`${host.origin}/`);
  await expect(startScreen.noTokenScreen).toBeVisible();
});
