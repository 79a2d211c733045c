import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../chromiumLaunch';
import { summarise } from './stats';

export interface JourneyMapTiming {
  /** From opening the map in the list to every note of it on screen, including the journey.get round trip. */
  firstRenderMs: number;
  /** Per pointer move while dragging a note: handler plus the frame it caused, up to the task after paint. */
  dragFrameP50: number;
  dragFrameP95: number;
}

/**
 * Opens the map `mapId` of the project already open in the studio at `url` (the link with its
 * token) and measures its first render and the cost of drag frames in Debian's Chromium.
 */
export async function measureJourneyMap(url: string, mapId: string): Promise<JourneyMapTiming> {
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' });
    await page.goto(url);
    await page.getByTestId('nav-journeys').click();
    const card = page.locator(`[data-testid="journey-card"][data-map-id="${mapId}"]`);
    await card.waitFor();
    const itemCount = await page.evaluate(async (id) => {
      const token = sessionStorage.getItem('journey-studio.token');
      const res = await fetch(`/api/journey.get`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id }),
      });
      const body = (await res.json()) as { value: { items: { laneId: string }[]; lanes: { id: string; kind: string; hidden: boolean }[] } };
      // Notes filed under the emotions lane or a hidden lane are never drawn as notes, so waiting
      // for all of them would never finish.
      const shown = new Set(body.value.lanes.filter((l) => !l.hidden && l.kind !== 'emotions').map((l) => l.id));
      return body.value.items.filter((i) => shown.has(i.laneId)).length;
    }, mapId);

    const start = await page.evaluate(() => performance.now());
    await card.getByTestId('journey-open').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="journey-note"]').length >= n, itemCount, { polling: 'raf', timeout: 30_000 });
    const firstRenderMs = (await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))))) - start;

    // Per pointer move: the handlers' time (a capture listener first, a bubbling one last) plus the
    // frame's own work from its animation-frame callback to a task queued behind its paint. The
    // wait for the next vsync is left out: it is idle time, not work.
    await page.evaluate(() => {
      const w = window as unknown as { __dragCosts: number[] };
      w.__dragCosts = [];
      let started = 0;
      window.addEventListener('pointermove', () => (started = performance.now()), { capture: true });
      window.addEventListener('pointermove', () => {
        const handlers = performance.now() - started;
        requestAnimationFrame(() => {
          const frameStart = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__dragCosts.push(handlers + performance.now() - frameStart);
          channel.port2.postMessage(null);
        });
      });
    });
    const note = page.getByTestId('journey-note').first();
    const from = (await note.boundingBox())!;
    const scroller = (await page.getByTestId('journey-scroll').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    const steps = 120;
    for (let i = 1; i <= steps; i++) {
      const x = from.x + from.width / 2 + ((scroller.width - from.width) * 0.8 * i) / steps;
      const y = from.y + from.height / 2 + ((scroller.height - from.height) * 0.6 * i) / steps;
      await page.mouse.move(x, y);
    }
    const costs = await page.evaluate(() => (window as unknown as { __dragCosts: number[] }).__dragCosts.slice());
    await page.keyboard.press('Escape');
    await page.mouse.up();
    const drag = summarise(costs.slice(3));
    return { firstRenderMs, dragFrameP50: drag.p50, dragFrameP95: drag.p95 };
  } finally {
    await browser.close();
  }
}
