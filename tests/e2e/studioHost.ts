import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const HOST_SCRIPT = resolve(import.meta.dirname, '../../out/main/host.js');
const READY_LINE = /^Journey Studio: (http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)$/;

export interface HostOptions {
  home: string;
  lang?: 'pl' | 'en';
  project?: string;
}

export interface RunningHost {
  origin: string;
  token: string;
  /** The link exactly as printed, token in the fragment. */
  url: string;
  stop(): Promise<void>;
}

/** Starts `node out/main/host.js` and waits for its one announced line. */
export async function startHost(options: HostOptions, timeoutMs = 20_000): Promise<RunningHost> {
  const args = [HOST_SCRIPT, '--no-open', '--port', '0'];
  if (options.lang) args.push('--lang', options.lang);
  if (options.project) args.push('--project', options.project);
  const child = spawn(process.execPath, args, {
    env: { ...process.env, JOURNEY_STUDIO_HOME: options.home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A run that dies early must not leave a host behind holding the project's lock.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  child.once('exit', () => process.off('exit', orphan));
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });

  const ready = new Promise<{ origin: string; token: string; line: string }>((resolveReady, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`host printed no link within ${timeoutMs} ms\n${stderr}`)), timeoutMs);
    lines.on('line', (line) => {
      const match = READY_LINE.exec(line.trim());
      if (!match) return;
      clearTimeout(timer);
      resolveReady({ origin: match[1]!, token: match[2]!, line: line.trim() });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`host exited early (code ${code}, signal ${signal})\n${stderr}`));
    });
  });

  try {
    const { origin, token, line } = await ready;
    return { origin, token, url: line.replace(/^Journey Studio: /, ''), stop: () => stopChild(child) };
  } catch (e) {
    await stopChild(child);
    throw e;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
