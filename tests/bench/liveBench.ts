import Database from 'better-sqlite3';
import { chromium } from '@playwright/test';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { createDispatcher, type Dispatcher } from '../../main/core/dispatch';
import type { JourneyMap } from '../../shared/schema/journey';
import { CHROMIUM_LAUNCH } from '../chromiumLaunch';
import { startHost } from '../e2e/studioHost';
import { summarise } from './stats';

async function ok<T>(d: Dispatcher, op: string, input: unknown, clientId?: string): Promise<T> {
  const r = await d.dispatch(op, input, clientId);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as T;
}

/** A map of 20 stages × 15 lanes holding `notes` sticky notes, in a project of its own. */
async function bigMap(dir: string, notes: number): Promise<{ path: string; map: JourneyMap }> {
  const d = createDispatcher({ configDir: join(dir, 'config'), projectsDir: join(dir, 'projects'), defaultLang: 'pl' });
  try {
    const { path } = await ok<{ path: string }>(d, 'project.create', { path: `live-${notes}` });
    const { id } = await ok<{ id: string }>(d, 'journey.create', { name: 'Duża mapa', template: 'eight-steps', lang: 'pl' });
    const start = await ok<JourneyMap>(d, 'journey.get', { id });
    for (let i = start.stages.length; i < 20; i++) await ok(d, 'stage.add', { mapId: id, name: `Etap ${i + 1}` });
    for (let i = start.lanes.length; i < 15; i++) await ok(d, 'lane.add', { mapId: id, name: `Tor ${i + 1}` });
    const full = await ok<JourneyMap>(d, 'journey.get', { id });
    const lanes = full.lanes.filter((l) => l.kind !== 'emotions');
    for (let n = 0; n < notes; n++) {
      await ok(d, 'item.create', { stageId: full.stages[n % 20]!.id, laneId: lanes[Math.floor(n / 20) % lanes.length]!.id, text: `Notatka ${n + 1}: klient porównuje ceny` });
    }
    return { path, map: await ok<JourneyMap>(d, 'journey.get', { id }) };
  } finally {
    await d.close();
  }
}

/** POSTs through node:http on one kept-alive connection, as a lean HTTP client does; answers status and text. */
function poster(origin: string, token: string) {
  const at = new URL(origin);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const post = (op: string, body: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: at.hostname,
          port: at.port,
          path: `/api/${op}`,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}`, 'x-studio-client': 'bench-window-1' },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

type Figures = ReturnType<typeof summarise>;

/** One way of calling the studio, timed against the bare UPDATE call by call. */
export interface PairedFigures {
  studio: Figures;
  bare: Figures;
}

export interface MoveFigures {
  notes: number;
  /** Over HTTP to the browser host, through node:http on a kept-alive connection. */
  http: PairedFigures;
  /** The same over Node's fetch (undici), whose own cost per request is most of the difference. */
  fetched: PairedFigures;
  /** Through the core's dispatch in this process, as the desktop app's main process calls it (no HTTP). */
  dispatch: PairedFigures;
  /** Bytes of the whole HTTP answer: the value and its change set. */
  answerBytes: number;
}

/**
 * Calls left out before timing starts: statement caches fill in the first few, but V8 optimises
 * the host's request path only after some hundreds of requests (measured: a fresh host's moves 1.35
 * ms at p50 over its first 200 against 0.89 ms after 1,000), and a studio in use has made those.
 */
const WARM_UP = 300;

type Move = (itemId: string, stageId: string) => Promise<void>;

/**
 * Moves through `studio` and the bare UPDATE take turns call by call, so both see the machine as
 * it is at that moment. Each way of calling gets its own pass: two clients in one loop left each
 * other's after-work (a finished fetch's clean-up, the other worker's) in each other's timings.
 */
async function alternate(map: JourneyMap, rounds: number, studio: Move, bare: Move): Promise<PairedFigures> {
  const took: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < rounds + WARM_UP; i++) {
    const item = map.items[(i * 7) % map.items.length]!;
    const stage = map.stages[i % map.stages.length]!;
    let t0 = performance.now();
    await studio(item.id, stage.id);
    const tookStudio = performance.now() - t0;
    t0 = performance.now();
    await bare(item.id, stage.id);
    const tookBare = performance.now() - t0;
    if (i >= WARM_UP) {
      took.push(tookStudio);
      raw.push(tookBare);
    }
  }
  return { studio: summarise(took), bare: summarise(raw) };
}

/**
 * item.move over HTTP against the running browser host (its own process, as a user runs it) by two
 * clients, and through the core's dispatch in this process on a second copy, each against the bare
 * UPDATE of the same row in a third copy of the same file.
 */
async function measureMoves(dir: string, notes: number, rounds: number): Promise<MoveFigures> {
  const { path, map } = await bigMap(dir, notes);
  const copy = join(dir, `bare-${notes}.sqlite`);
  const viaDispatch = join(dir, 'projects', `dispatch-${notes}.cjstudio`);
  const src = new Database(path, { readonly: true });
  src.prepare('VACUUM INTO ?').run(copy);
  src.prepare('VACUUM INTO ?').run(viaDispatch);
  src.close();
  const d = createDispatcher({ configDir: join(dir, 'config'), projectsDir: join(dir, 'projects'), defaultLang: 'pl' });
  await ok(d, 'project.open', { path: viaDispatch });
  const db = new Database(copy);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const update = db.prepare('UPDATE journey_items SET stage_id = ?, position = ?, updated_at = ? WHERE id = ?');
  const bare: Move = async (id, stageId) => void db.transaction(() => update.run(stageId, 0, new Date().toISOString(), id)).immediate();
  const host = await startHost({ home: join(dir, `live-home-${notes}`), project: path, lang: 'pl' });
  const http = poster(host.origin, host.token);
  let answerBytes = 0;
  try {
    const viaHttp = await alternate(map, rounds, async (id, stageId) => {
      const answer = await http.post('item.move', JSON.stringify({ id, stageId, index: 0 }));
      if (answer.status !== 200) throw new Error(`item.move: ${answer.text.slice(0, 200)}`);
      answerBytes = Math.max(answerBytes, Buffer.byteLength(answer.text));
    }, bare);
    const viaFetch = await alternate(map, rounds, async (id, stageId) => {
      const res = await fetch(`${host.origin}/api/item.move`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, 'x-studio-client': 'bench-window-1' },
        body: JSON.stringify({ id, stageId, index: 0 }),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`item.move: ${text.slice(0, 200)}`);
    }, bare);
    const viaDispatchFigures = await alternate(map, rounds, (id, stageId) => ok(d, 'item.move', { id, stageId, index: 0 }, 'bench-window-2'), bare);
    return { notes, http: viaHttp, fetched: viaFetch, dispatch: viaDispatchFigures, answerBytes };
  } finally {
    http.close();
    await host.stop();
    await d.close();
    db.close();
  }
}

export const moveBench = (dir: string) => Promise.all([measureMoves(dir, 600, 200)]).then(async ([small]) => [small, await measureMoves(dir, 5000, 200)]);

/**
 * Two pages of the browser studio on one project, as two windows: page A renames a persona, and
 * the time is taken from just before its request leaves to the frame after page B shows the name.
 */
export async function crossPageBench(dir: string, rounds: number): Promise<ReturnType<typeof summarise>> {
  const d = createDispatcher({ configDir: join(dir, 'config'), projectsDir: join(dir, 'projects'), defaultLang: 'pl' });
  const { path } = await ok<{ path: string }>(d, 'project.create', { path: 'live-pages' });
  const persona = await ok<{ id: string }>(d, 'persona.create', { name: 'Łucja' });
  await d.close();
  const host = await startHost({ home: join(dir, 'pages-home'), project: path, lang: 'pl' });
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
  const seen: number[] = [];
  try {
    const pages = await Promise.all([browser.newPage(), browser.newPage()]);
    for (const page of pages) {
      await page.goto(host.url);
      await page.getByTestId('persona-name').first().waitFor();
    }
    const [a, b] = pages as [(typeof pages)[0], (typeof pages)[0]];
    for (let i = 0; i < rounds; i++) {
      const name = `Łucja ${i}`;
      const shown = b.evaluate(
        (want) =>
          new Promise<number>((resolve) => {
            // No named functions in here: the bench runs through tsx, whose helper for their names the page lacks.
            const observer = new MutationObserver(() => {
              if (![...document.querySelectorAll('[data-testid="persona-name"]')].some((n) => n.textContent === want)) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          }),
        name,
      );
      const sent = await a.evaluate(
        async ({ id, want }) => {
          const token = sessionStorage.getItem('journey-studio.token');
          const at = performance.timeOrigin + performance.now();
          await fetch('/api/persona.rename', {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-studio-client': 'bench-page-a-1' },
            body: JSON.stringify({ id, name: want }),
          });
          return at;
        },
        { id: persona.id, want: name },
      );
      seen.push((await shown) - sent);
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  return summarise(seen.slice(3));
}
