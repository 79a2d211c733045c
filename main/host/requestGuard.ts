import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Loopback is not enough on its own: any web page the user visits can aim requests at
 * 127.0.0.1 (CSRF) or rebind its own name to it (DNS rebinding). So the Host header must name
 * our address, a browser's Origin must be ours, and API calls must carry the launch token.
 */
export function createRequestGuard(port: number, token: string) {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const expected = Buffer.from(`Bearer ${token}`);

  return {
    sameSite(req: IncomingMessage): boolean {
      if (!hosts.has(req.headers.host ?? '')) return false;
      const origin = req.headers.origin;
      return origin === undefined || origins.has(origin);
    },
    authorised(req: IncomingMessage): boolean {
      const given = Buffer.from(req.headers.authorization ?? '');
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
