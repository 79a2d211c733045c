import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { langFromLocale } from '../../shared/i18n/translate';
import { CLIENT_ID_HEADER, isClientId } from '../../shared/live/clientId';
import type { Lang } from '../../shared/schema/common';
import type { Result } from '../../shared/result';
import { builtLocation } from '../core/builtLocation';
import { createDispatcher, type Dispatcher } from '../core/dispatch';
import { defaultPaths } from '../core/paths';
import { httpStatusFor } from './httpStatus';
import { openBrowser } from './openBrowser';
import { BodyError, readJsonBody } from './readJsonBody';
import { createEventStreams } from './eventStreams';
import { createRequestGuard } from './requestGuard';
import { SECURITY_HEADERS, serveStatic } from './serveStatic';

/** Large enough for pasted notes and imports, small enough that a runaway client cannot exhaust memory. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface BrowserStudioOptions {
  port?: number;
  project?: string;
  lang?: Lang;
  open: boolean;
  rendererDir?: string;
  log?: (line: string) => void;
  errorLog?: (line: string) => void;
  /** How many event streams (tabs) may be open at once; more are answered 429. */
  maxEventStreams?: number;
  /** How often a quiet event stream gets a comment line. */
  heartbeatMs?: number;
}

export interface BrowserStudio {
  url: string;
  port: number;
  token: string;
  dispatcher: Dispatcher;
  close(): Promise<void>;
}

const osLocale = () => process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    // A body we refused unread would desynchronise a kept-alive connection.
    ...(req.complete ? {} : { Connection: 'close' }),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

const refusal = (message: string): Result<never> => ({ ok: false, error: { code: 'invalid_input', message } });

const CLIENT_HEADER = CLIENT_ID_HEADER.toLowerCase();

/** The window's id from its header: undefined when absent (the CLI, a script), null when malformed. */
function clientIdOf(req: IncomingMessage): string | undefined | null {
  const given = req.headers[CLIENT_HEADER];
  if (given === undefined) return undefined;
  return isClientId(given) ? given : null;
}

/**
 * The studio served to a browser on this machine only: 127.0.0.1, a fresh 128-bit token per
 * launch, every operation as POST /api/<name> through the same dispatch as the desktop app.
 */
export async function startBrowserStudio(options: BrowserStudioOptions): Promise<BrowserStudio> {
  const log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  const errorLog = options.errorLog ?? ((line) => process.stderr.write(`${line}\n`));
  const built = builtLocation();
  const rendererDir = options.rendererDir ?? built?.rendererDir;
  if (!rendererDir) throw new Error('rendererDir is required when running from source');
  const token = randomBytes(16).toString('hex');
  const dispatcher = createDispatcher({
    ...defaultPaths(),
    defaultLang: langFromLocale(osLocale()),
    ...(built ? { workerUrl: built.workerUrl } : {}),
  });

  let guard: ReturnType<typeof createRequestGuard> | null = null;
  const streams = createEventStreams(dispatcher, {
    ...(options.maxEventStreams !== undefined ? { maxStreams: options.maxEventStreams } : {}),
    ...(options.heartbeatMs !== undefined ? { heartbeatMs: options.heartbeatMs } : {}),
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!guard || !guard.sameSite(req)) return sendJson(req, res, 403, refusal('forbidden'));
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/events') {
      if (req.method !== 'GET') return sendJson(req, res, 405, refusal('GET only'));
      if (!guard.authorised(req)) return sendJson(req, res, 403, refusal('forbidden'));
      if (!streams.open(res)) return sendJson(req, res, 429, refusal('too many event streams'));
      return;
    }
    if (path.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(req, res, 405, refusal('POST only'));
      if (!guard.authorised(req)) return sendJson(req, res, 403, refusal('forbidden'));
      const clientId = clientIdOf(req);
      if (clientId === null) return sendJson(req, res, 400, refusal('malformed client id'));
      let body: unknown;
      try {
        body = await readJsonBody(req, MAX_BODY_BYTES);
      } catch (e) {
        const status = e instanceof BodyError ? e.status : 400;
        const why = status === 413 ? 'request too large' : status === 415 ? 'JSON expected' : 'malformed JSON';
        return sendJson(req, res, status, refusal(why));
      }
      let op: string;
      try {
        op = decodeURIComponent(path.slice('/api/'.length));
      } catch {
        return sendJson(req, res, 400, refusal('malformed operation name'));
      }
      const result = await dispatcher.dispatch(op, body, clientId);
      return sendJson(req, res, result.ok ? 200 : httpStatusFor(result.error.code), result);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(req, res, 405, refusal('GET only'));
    serveStatic(rendererDir!, req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      errorLog(`Journey Studio: request failed: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) sendJson(req, res, 500, refusal('internal'));
      else res.destroy();
    });
  });
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  guard = createRequestGuard(port, token);

  if (options.lang) await dispatcher.dispatch('app.updateSettings', { lang: options.lang });
  if (options.project) {
    const opened = await dispatcher.dispatch('project.open', { path: options.project });
    if (!opened.ok) errorLog(`Journey Studio: ${opened.error.message}`);
  }

  const url = `http://127.0.0.1:${port}/#token=${token}`;
  log(`Journey Studio: ${url}`);
  if (options.open) openBrowser(url);

  return {
    url,
    port,
    token,
    dispatcher,
    async close() {
      // Ended cleanly first, so a tab sees the stream finish rather than a reset connection.
      streams.closeAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await dispatcher.close();
    },
  };
}
