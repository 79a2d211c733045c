import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Maps an app:// URL to a file inside rendererDir, or null when the URL is not ours or would
 * leave the folder (`..`, encoded separators, absolute or drive paths, NUL).
 */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST) return null;
  // Decoded segment by segment: an encoded separator (%2F, %5C) inside a segment is refused, not split.
  let segments: string[];
  try {
    segments = parsed.pathname
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
  const unsafe = (s: string) => s === '..' || s === '.' || /[/\\\0]/.test(s) || /^[a-zA-Z]:/.test(s);
  if (segments.some(unsafe)) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, ...(segments.length ? segments : ['index.html']));
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return file;
}

function respond(status: number, body: Uint8Array | null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      // Set here as well as in hardenSession: webRequest is not guaranteed to see custom-protocol responses.
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The handler given to protocol.handle(APP_SCHEME, …): read-only, bundle files only. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null);
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return respond(404, null);
    let target = file;
    if (!(await isFile(target))) {
      // A reload on a client-side route has no file of its own: serve the app shell.
      if (extname(target) !== '') return respond(404, null);
      target = resolve(rendererDir, 'index.html');
      if (!(await isFile(target))) return respond(404, null);
    }
    const type = MIME_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
    if (request.method === 'HEAD') return respond(200, null, type);
    return respond(200, new Uint8Array(await readFile(target)), type);
  };
}
