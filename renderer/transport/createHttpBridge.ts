import type { StudioBridge } from '../../shared/bridge';
import type { Result } from '../../shared/result';

/** The browser studio speaks the same Result protocol as the preload bridge, over loopback HTTP. */
export function createHttpBridge(token: string): StudioBridge {
  return {
    host: 'browser',
    async invoke(op, input) {
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(op)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
          cache: 'no-store',
          credentials: 'omit',
        });
      } catch {
        return failure('unreachable', 'The studio host is not reachable. Is `npm run web` still running?');
      }
      if (response.status === 401 || response.status === 403) {
        return failure('unauthorized', 'The studio link is no longer valid.');
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return failure('internal', `Unexpected answer from the studio host (HTTP ${response.status}).`);
      }
      if (!isResult(body)) return failure('internal', `Unexpected answer from the studio host (HTTP ${response.status}).`);
      return body;
    },
    on() {
      // The HTTP host has no push channel yet; listeners simply never fire.
      return () => {};
    },
  };
}

function failure(code: string, message: string): Result<unknown> {
  return { ok: false, error: { code, message } } as Result<unknown>;
}

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const b = body as { ok: unknown; error?: unknown };
  if (b.ok === true) return 'value' in body;
  if (b.ok !== false || typeof b.error !== 'object' || b.error === null) return false;
  const e = b.error as { code?: unknown; message?: unknown };
  return typeof e.code === 'string' && typeof e.message === 'string';
}
