import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ProjectScreen } from './pages/ProjectScreen';
import type { RunningHost } from './studioHost';

/** An operation sent to the host as a script or the CLI would, from outside every tab. */
async function call(host: RunningHost, op: string, input: unknown): Promise<void> {
  const res = await fetch(`${host.origin}/api/${op}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  expect(res.status, op).toBe(200);
}

test('seven tabs share one event stream: all load, all hear a project opened elsewhere, also after the holder closes', async ({ context, studio }) => {
  test.setTimeout(60_000);
  const tabs: Page[] = [];
  // A browser keeps six connections to a host: seven tabs with a stream each could not all load.
  for (let i = 0; i < 7; i++) {
    const tab = await context.newPage();
    await tab.goto(studio.host.url);
    await expect(tab.locator('.start-screen')).toBeVisible();
    tabs.push(tab);
  }
  await call(studio.host, 'project.create', { path: 'Shared stream' });
  for (const tab of tabs) await new ProjectScreen(tab).expectOpen('Shared stream');

  // The first tab opened the stream; closing it hands the stream to another tab.
  await tabs.shift()!.close();
  await call(studio.host, 'project.create', { path: 'After the hand-over' });
  for (const tab of tabs) await new ProjectScreen(tab).expectOpen('After the hand-over');
});

test('a busy tab holding the stream does not hold back the other tabs’ events', async ({ context, studio }) => {
  const holder = await context.newPage();
  await holder.goto(studio.host.url);
  await expect(holder.locator('.start-screen')).toBeVisible();
  const other = await context.newPage();
  await other.goto(studio.host.url);
  await expect(other.locator('.start-screen')).toBeVisible();
  const workers = holder.workers().map((w) => w.url());
  expect(workers.some((url) => url.includes('eventStreamWorker'))).toBe(true);

  // The holder's page thread is blocked for two seconds, as by a long render right after a write.
  const blocked = holder.evaluate(() => {
    const until = Date.now() + 2000;
    while (Date.now() < until);
  });
  const sent = Date.now();
  await call(studio.host, 'project.create', { path: 'While busy' });
  await new ProjectScreen(other).expectOpen('While busy');
  const shownAfter = Date.now() - sent;
  console.log(`shown in the other tab after ${shownAfter} ms while the holder was blocked`);
  expect(shownAfter).toBeLessThan(1500);
  await blocked;
});
