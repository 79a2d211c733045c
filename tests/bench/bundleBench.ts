import { closeSync, copyFileSync, fsyncSync, openSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher, type Dispatcher } from '../../main/core/dispatch';
import { summarise } from './stats';

async function ok<T>(d: Dispatcher, op: string, input: unknown): Promise<T> {
  const r = await d.dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as T;
}

/** A plain copy of `from`, synced to the disk as the studio syncs what it writes. */
function rawCopy(from: string, to: string): number {
  const t0 = performance.now();
  copyFileSync(from, to);
  const fd = openSync(to, 'r');
  fsyncSync(fd);
  closeSync(fd);
  return performance.now() - t0;
}

export interface BundleFigures {
  projectMegabytes: number;
  bundleMegabytes: number;
  /** MB of project per second: the bundle's export and import, and a plain copy of the same file. */
  export: ReturnType<typeof summarise>;
  import: ReturnType<typeof summarise>;
  copy: ReturnType<typeof summarise>;
}

/**
 * Exporting the project at `project` as a bundle and importing that bundle as a new project, each
 * timed against copying the project file itself, taking turns call by call. Speeds are in MB of
 * the project file per second, so the three read as one scale.
 */
export async function bundleBench(dir: string, project: string, rounds = 5): Promise<BundleFigures> {
  const d = createDispatcher({ configDir: join(dir, 'bundle-config'), projectsDir: join(dir, 'bundle-projects'), defaultLang: 'pl' });
  const mb = statSync(project).size / 1e6;
  const exports: number[] = [];
  const imports: number[] = [];
  const copies: number[] = [];
  let bundleBytes = 0;
  try {
    for (let i = 0; i < rounds; i++) {
      const out = join(dir, `bench-${i}.cjbundle`);
      let t0 = performance.now();
      await ok(d, 'bundle.export', { project, out });
      exports.push(mb / ((performance.now() - t0) / 1000));
      bundleBytes = statSync(out).size;
      copies.push(mb / (rawCopy(project, join(dir, `copy-a-${i}.sqlite`)) / 1000));
      t0 = performance.now();
      await ok(d, 'bundle.import', { bundle: out, path: join(dir, `imported-${i}.cjstudio`) });
      imports.push(mb / ((performance.now() - t0) / 1000));
      copies.push(mb / (rawCopy(project, join(dir, `copy-b-${i}.sqlite`)) / 1000));
      for (const f of [out, join(dir, `imported-${i}.cjstudio`), join(dir, `copy-a-${i}.sqlite`), join(dir, `copy-b-${i}.sqlite`)]) rmSync(f, { force: true });
    }
  } finally {
    await d.close();
  }
  return { projectMegabytes: mb, bundleMegabytes: bundleBytes / 1e6, export: summarise(exports), import: summarise(imports), copy: summarise(copies) };
}
