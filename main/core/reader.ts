import type { Database } from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { operations } from '../../shared/operations';
import type { Result } from '../../shared/result';
import { AppConfig } from './appConfig';
import { AppFailure } from './appFailure';
import { errorFromThrown } from './errorResult';
import type { CoreState, ProjectHandler } from './ops/context';
import { handlers } from './ops/handlers';
import { readerOps } from './readerOps';
import { openDatabase } from './store/openDatabase';
import type { ReaderRequest, ReaderResponse, WorkerInit } from './workerProtocol';

/**
 * The reading thread: one read-only connection to the open project, opened and closed as the
 * writer opens and closes projects. It answers only the queries of `readerOps`.
 */
const port = parentPort;
if (!port) throw new Error('reader.ts must run as a worker thread');
const init = workerData as WorkerInit;
const config = new AppConfig(init.configDir, init.defaultLang);
let db: Database | null = null;

const state: CoreState = {
  config,
  projectsDir: init.projectsDir,
  nativeBinding: init.nativeBinding,
  importWorkerHref: init.importWorkerHref,
  jobWorkerHref: init.jobWorkerHref,
  session: null,
  lang: () => config.settings().lang,
  clientId: null,
  emit: () => undefined,
};

/** null: this thread cannot answer (no connection), and the writer answers instead. */
function answer(req: Extract<ReaderRequest, { op: string }>): Result<unknown> | null {
  if (!db) return null;
  try {
    if (!readerOps.has(req.op) || !operations[req.op].needsProject) throw new AppFailure('unknown_operation', { op: req.op });
    const handler = handlers[req.op] as unknown as ProjectHandler<typeof req.op>;
    const read = db;
    return { ok: true, value: read.transaction(() => handler(read, req.input as never, state)).deferred() };
  } catch (e) {
    return { ok: false, error: errorFromThrown(state.lang(), e) };
  }
}

port.postMessage({ ready: true });
port.on('message', (req: ReaderRequest) => {
  if ('path' in req) {
    db?.close();
    db = null;
    try {
      if (req.path !== null) {
        db = openDatabase(req.path, { readonly: true, nativeBinding: init.nativeBinding });
        db.pragma('query_only = ON');
      }
    } catch (e) {
      // The writer still answers every query itself meanwhile.
      console.error(`[journey-studio] the reading connection could not open: ${String(e)}`);
    }
    return;
  }
  port.postMessage({ id: req.id, result: answer(req), lang: state.lang() } satisfies ReaderResponse);
});
