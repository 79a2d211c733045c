import Database from 'better-sqlite3';
import { chromium } from '@playwright/test';
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

export interface MoveFigures {
  notes: number;
  /** Over HTTP to the browser host. */
  studio: ReturnType<typeof summarise>;
  /** Through the core's dispatch in this process, as the desktop app's main process calls it (no HTTP). */
  dispatch: ReturnType<typeof summarise>;
  bare: ReturnType<typeof summarise>;
  /** Bytes of the whole HTTP answer: the value and its change set. */
  answerBytes: number;
}

/**
 * item.move over HTTP against the running browser host (its own process, as a user runs it),
 * through the core's dispatch in this process on a second copy, and the bare UPDATE of the same row
 * in a third copy of the same file, alternated call by call so all three see the same machine at
 * the same moment.
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
  const bare = new Database(copy);
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  const update = bare.prepare('UPDATE journey_items SET stage_id = ?, position = ?, updated_at = ? WHERE id = ?');
  const host = await startHost({ home: join(dir, `live-home-${notes}`), project: path, lang: 'pl' });
  const studio: number[] = [];
  const dispatched: number[] = [];
  const raw: number[] = [];
  let answerBytes = 0;
  try {
    for (let i = 0; i < rounds + 10; i++) {
      const item = map.items[(i * 7) % map.items.length]!;
      const stage = map.stages[i % map.stages.length]!;
      let t0 = performance.now();
      const res = await fetch(`${host.origin}/api/item.move`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, 'x-studio-client': 'bench-window-1' },
        body: JSON.stringify({ id: item.id, stageId: stage.id, index: 0 }),
      });
      const text = await res.text();
      const took = performance.now() - t0;
      if (!res.ok) throw new Error(`item.move: ${text.slice(0, 200)}`);
      answerBytes = Math.max(answerBytes, Buffer.byteLength(text));
      t0 = performance.now();
      await ok(d, 'item.move', { id: item.id, stageId: stage.id, index: 0 }, 'bench-window-2');
      const tookDispatch = performance.now() - t0;
      t0 = performance.now();
      bare.transaction(() => update.run(stage.id, 0, new Date().toISOString(), item.id)).immediate();
      const tookBare = performance.now() - t0;
      // The first calls warm all three up (statement caches, the JIT).
      if (i >= 10) {
        studio.push(took);
        dispatched.push(tookDispatch);
        raw.push(tookBare);
      }
    }
  } finally {
    await host.stop();
    await d.close();
    bare.close();
  }
  return { notes, studio: summarise(studio), dispatch: summarise(dispatched), bare: summarise(raw), answerBytes };
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
