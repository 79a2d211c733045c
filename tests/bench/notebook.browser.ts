import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../chromiumLaunch';
import { WORK_TRACE_CATEGORIES, workPerKeystroke } from './mainThreadWork';
import { summarise } from './stats';
import type { NotesDocument } from '../../shared/schema/notes';

async function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  const browser: Browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    return await run(page);
  } finally {
    await browser.close();
  }
}

/**
 * In-page probes, installed before the studio's own script runs. `painted` resolves in the task
 * after the next frame: a requestAnimationFrame callback runs just before that frame is drawn,
 * and a message posted from it is delivered once the frame has been committed. Two nested
 * frames (the earlier method) add up to a whole extra frame of waiting to every sample.
 */
interface Probe {
  seen: Record<string, number>;
  clicks: Record<string, number>;
  /** Resolves once the element the probe calls `name` has been painted. */
  until(name: string): Promise<void>;
}

function installProbes() {
  const w = window as unknown as { __probe: Probe; __painted(): Promise<number> };
  const channel = new MessageChannel();
  const waiting: Array<(t: number) => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.(performance.now());
  w.__painted = () => new Promise((resolve) => requestAnimationFrame(() => (waiting.push(resolve), channel.port2.postMessage(0))));
  const waiters: Record<string, Array<() => void>> = {};
  // Members are assigned one by one: a function in an object literal gets a name helper from the
  // TypeScript loader that does not exist in the page.
  const probe = (w.__probe = { seen: {}, clicks: {} } as unknown as Probe);
  probe.until = (name) => new Promise((resolve) => ((probe.seen[name] ?? -1) > 0 ? resolve() : (waiters[name] ??= []).push(resolve)));
  const wanted: Record<string, string> = {
    nav: '[data-testid="nav-interviews"]',
    list: '[data-testid="interview-open"]',
    editor: '[data-testid="notes-editor"][contenteditable="true"] > *',
  };
  new MutationObserver(() => {
    for (const [name, selector] of Object.entries(wanted)) {
      if (probe.seen[name] === undefined && document.querySelector(selector)) {
        probe.seen[name] = -1;
        void w.__painted().then((t) => {
          probe.seen[name] = t;
          for (const resolve of waiters[name] ?? []) resolve();
        });
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  document.addEventListener(
    'click',
    (event) => {
      const id = (event.target as Element | null)?.closest('[data-testid]')?.getAttribute('data-testid');
      if (id && probe.clicks[id] === undefined) probe.clicks[id] = event.timeStamp;
    },
    true,
  );
}

/**
 * Waits in the page until the probe has seen `name` painted, then clicks the centre of the first
 * element matching `selector` with a real mouse event. Playwright's locators are not used here:
 * their first use evaluates Playwright's own page script, tens of milliseconds of main-thread work
 * that would land in the middle of the studio's first render.
 */
async function clickOncePainted(page: Page, name: string, selector: string): Promise<void> {
  const centre = await page.evaluate(
    async ({ name, selector }) => {
      await (window as unknown as { __probe: Probe }).__probe.until(name);
      const box = document.querySelector(selector)!.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    { name, selector },
  );
  await page.mouse.click(centre.x, centre.y);
}

/**
 * Milliseconds from navigating to the studio link until the first interview's editor takes
 * input, in a project (already open on that host) holding hundreds of interviews: until the
 * navigation is painted, then from the click on "Interviews" until the list is painted, then from
 * the click on the first interview until its note is painted in an editable editor. The clock is
 * the page's own, so the time the test driver takes to find and click each element (a person's
 * reaction time) is left out; the studio's work, network and rendering are all in.
 */
export async function measureNotebookOpen(url: string): Promise<{ total: number; nav: number; list: number; editor: number }> {
  return withPage(async (page) => {
    await page.addInitScript(installProbes);
    await page.goto(url);
    await clickOncePainted(page, 'nav', '[data-testid="nav-interviews"]');
    await clickOncePainted(page, 'list', '[data-testid="interview-open"]');
    const { seen, clicks } = await page.evaluate(async () => {
      const probe = (window as unknown as { __probe: Probe }).__probe;
      await probe.until('editor');
      return { seen: probe.seen, clicks: probe.clicks };
    });
    const parts = { nav: seen.nav!, list: seen.list! - clicks['nav-interviews']!, editor: seen.editor! - clicks['interview-open']! };
    return { total: parts.nav + parts.list + parts.editor, ...parts };
  });
}

/** Typing figures for one run: keystroke latency (key event to the next committed frame) and main-thread work per keystroke. */
export interface TypingFigures {
  p50: number;
  p95: number;
  workP50: number;
  workP95: number;
  cpuP50: number;
  cpuP95: number;
  samples: number;
}

const TYPED = ' Zażółć gęślą jaźń, klientka mówi o cenie i dojeździe.';

/**
 * Types into the focused editor at the end of its text, a key every 30 ms. The first pass
 * measures latency: from the moment the key event was created (its timeStamp, so time spent
 * queued behind other work on the main thread counts) to the first frame committed after the
 * editor handled it. Characters outside the US layout (ż, ó, …) arrive as text input without a
 * keydown, so their clock starts at beforeinput. The second pass runs under a trace and measures
 * the main thread's work per keystroke, which leaves out the wait for the display's next frame.
 */
async function typeAndMeasure(page: Page, keystrokes: number): Promise<TypingFigures> {
  await page.keyboard.press('ControlOrMeta+End');
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __painted(): Promise<number> };
    w.__latencies = [];
    let keydownAt: number | null = null;
    document.addEventListener('keydown', (event) => (keydownAt = event.timeStamp), true);
    document.addEventListener(
      'beforeinput',
      (event) => {
        const started = keydownAt ?? event.timeStamp;
        keydownAt = null;
        void w.__painted().then((t) => w.__latencies.push(t - started));
      },
      true,
    );
  });
  const typeAll = async () => {
    for (let i = 0; i < keystrokes; i++) {
      await page.keyboard.type(TYPED[i % TYPED.length]!);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(500);
  };
  await typeAll();
  const latencies = summarise(await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies));
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: WORK_TRACE_CATEGORIES });
  await typeAll();
  const perKey = workPerKeystroke(await browser.stopTracing());
  const work = summarise(perKey.map((k) => k.wall));
  const cpu = summarise(perKey.map((k) => k.cpu));
  if (work.n < keystrokes / 2) throw new Error(`the trace holds ${work.n} keystrokes of ${keystrokes}`);
  return { p50: latencies.p50, p95: latencies.p95, workP50: work.p50, workP95: work.p95, cpuP50: cpu.p50, cpuP95: cpu.p95, samples: latencies.n };
}

/** One operation on the studio's host, as the page would send it, with the token from the studio's link. */
async function callHost<T>(url: string, op: string, input: unknown): Promise<T> {
  const link = new URL(url);
  const token = new URLSearchParams(link.hash.slice(1)).get('token');
  const r = await fetch(new URL(`/api/${op}`, link.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const result = (await r.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
  return result.value;
}

/**
 * Typing at the end of a long note in the studio's editor, opened as a reload would open it. The
 * note is first put back to `note`, so every run types into the same text as the bare editable
 * does, not into a last paragraph grown by the runs before it.
 */
export async function measureTyping(url: string, interviewId: string, note: NotesDocument, keystrokes = 200): Promise<TypingFigures> {
  const { notesVersion } = await callHost<{ notesVersion: number }>(url, 'interview.get', { id: interviewId });
  await callHost(url, 'interview.saveNotes', { id: interviewId, notes: note, baseVersion: notesVersion });
  const { path } = await callHost<{ path: string }>(url, 'project.current', {});
  return withPage(async (page) => {
    await page.addInitScript(installProbes);
    await page.goto(url);
    await page.getByTestId('nav-interviews').waitFor();
    // Open the interview directly through the remembered route, as a reload would.
    await page.evaluate(
      ({ path, id }) => sessionStorage.setItem(`journey-studio.route:${path}`, JSON.stringify({ section: 'interviews', interviewId: id })),
      { path, id: interviewId },
    );
    await page.reload();
    const editor = page.locator('[data-testid="notes-editor"][contenteditable="true"]');
    await editor.waitFor({ timeout: 60_000 });
    await editor.click();
    return typeAndMeasure(page, keystrokes);
  });
}

/**
 * The raw engine for typing: the same paragraphs in a bare contenteditable, no editor library
 * and no studio, in the same Chromium, so the studio's figures can be read as a ratio to it.
 */
export async function measureBareTyping(paragraphs: string[], keystrokes = 200): Promise<TypingFigures> {
  return withPage(async (page) => {
    await page.setContent('<!doctype html><meta charset="utf-8"><div contenteditable="true" style="max-width:48rem;margin:auto;font:18px/1.6 sans-serif"></div>');
    await page.locator('div[contenteditable]').evaluate((root, texts) => {
      for (const text of texts) root.appendChild(document.createElement('p')).textContent = text;
    }, paragraphs);
    await page.evaluate(installProbes);
    await page.locator('div[contenteditable]').click();
    return typeAndMeasure(page, keystrokes);
  });
}
