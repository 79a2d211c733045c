import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserStudio, type BrowserStudio } from '../../main/host/startBrowserStudio';
import { tempDir } from './support/tempStudio';

let studio: BrowserStudio | null = null;
afterEach(async () => {
  await studio?.close();
  studio = null;
});

async function start() {
  const home = tempDir();
  const rendererDir = tempDir();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Journey Studio</title>');
  process.env.JOURNEY_STUDIO_HOME = home;
  const lines: string[] = [];
  studio = await startBrowserStudio({ open: false, port: 0, rendererDir, log: (l) => lines.push(l) });
  return { studio, lines, home };
}

/** Raw HTTP so that Host and Origin can be set to anything a hostile page could send. */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (s: BrowserStudio, op: string, body: unknown, extra: Record<string, string> = {}) =>
  send(s.port, {
    method: 'POST',
    path: `/api/${op}`,
    headers: { host: `127.0.0.1:${s.port}`, 'content-type': 'application/json', authorization: `Bearer ${s.token}`, ...extra },
    body: JSON.stringify(body),
  });

describe('browser studio host', () => {
  it('prints exactly one line with a loopback URL and a 128-bit token', async () => {
    const { studio, lines } = await start();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Journey Studio: http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{32}$/);
    expect(lines[0]).toBe(`Journey Studio: ${studio.url}`);
  });

  it('runs operations through dispatch with the token', async () => {
    const { studio } = await start();
    const created = await api(studio, 'project.create', { path: 'Http' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body).value.name).toBe('Http');
    await api(studio, 'persona.create', { name: 'Zofia' });
    const list = JSON.parse((await api(studio, 'persona.list', {})).body);
    expect(list.value.map((p: { name: string }) => p.name)).toEqual(['Zofia']);
  });

  it('answers 403 and changes nothing without the token, with a wrong token, a foreign Host or a foreign Origin', async () => {
    const { studio } = await start();
    await api(studio, 'project.create', { path: 'Guarded' });
    const attempts: Record<string, string>[] = [
      { authorization: '' },
      { authorization: `Bearer ${'0'.repeat(32)}` },
      { authorization: `Bearer ${studio.token}x` },
      { host: `evil.example:${studio.port}` },
      { host: 'localhost' },
      { origin: 'http://evil.example' },
      { origin: `http://127.0.0.1:${studio.port + 1}` },
    ];
    for (const headers of attempts) {
      const r = await api(studio, 'persona.create', { name: 'Intruder' }, headers);
      expect(r.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.parse(r.body).ok).toBe(false);
    }
    const list = JSON.parse((await api(studio, 'persona.list', {})).body);
    expect(list.value).toEqual([]);
  });

  it('refuses non-JSON, malformed JSON and oversized bodies with a Result body', async () => {
    const { studio } = await start();
    const base = { host: `127.0.0.1:${studio.port}`, authorization: `Bearer ${studio.token}` };
    const form = await send(studio.port, { method: 'POST', path: '/api/app.settings', headers: { ...base, 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    const broken = await send(studio.port, { method: 'POST', path: '/api/app.settings', headers: { ...base, 'content-type': 'application/json' }, body: '{"a":' });
    expect(broken.status).toBe(400);
    const huge = await send(studio.port, {
      method: 'POST',
      path: '/api/persona.create',
      headers: { ...base, 'content-type': 'application/json', 'content-length': String(65 * 1024 * 1024) },
    }).catch(() => ({ status: 413, body: '', headers: {} }));
    expect(huge.status).toBe(413);
    const invalid = await api(studio, 'persona.create', { name: 5 });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error.code).toBe('invalid_input');
  });

  it('serves the page with a strict CSP and never outside its folder', async () => {
    const { studio } = await start();
    const page = await send(studio.port, { path: '/', headers: { host: `127.0.0.1:${studio.port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Journey Studio');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%00']) {
      const r = await send(studio.port, { path, headers: { host: `127.0.0.1:${studio.port}` } });
      expect(r.status, path).toBe(404);
    }
    const rebound = await send(studio.port, { path: '/', headers: { host: 'attacker.example' } });
    expect(rebound.status).toBe(403);
  });

  it('answers 404 for operation names from Object.prototype and 400 for undecodable ones, each as a Result', async () => {
    const errors: string[] = [];
    const home = tempDir();
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Journey Studio</title>');
    process.env.JOURNEY_STUDIO_HOME = home;
    studio = await startBrowserStudio({ open: false, port: 0, rendererDir, log: () => {}, errorLog: (l) => errors.push(l) });
    for (const op of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      const r = await api(studio, op, {});
      expect(r.status, op).toBe(404);
      expect(JSON.parse(r.body).error.code, op).toBe('unknown_operation');
    }
    for (const op of ['%', '%E0%A4%A', '%ZZ']) {
      const r = await api(studio, op, {});
      expect(r.status, op).toBe(400);
      expect(JSON.parse(r.body).ok, op).toBe(false);
    }
    expect(errors).toEqual([]);
  });
});
