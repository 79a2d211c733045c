import { spawn } from 'node:child_process';

export interface CommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}

export interface CommandOutcome {
  ok: boolean;
  /** the end of what the command printed, for a log file; never shown as is */
  output: string;
}

/** Runs one command of the native-binding setup; replaced in tests, where nothing can be downloaded. */
export type CommandRunner = (command: string, args: string[], options: CommandOptions) => Promise<CommandOutcome>;

const OUTPUT_TAIL = 64 * 1024;

/**
 * Quiet: a compiler's or downloader's failure is pages of text, and the caller explains it in one
 * line. Killed after the timeout, so a stalled download or build cannot hang the start.
 */
export const runCommand: CommandRunner = (command, args, { cwd, env, timeoutMs }) =>
  new Promise((resolve) => {
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-OUTPUT_TAIL);
    };
    let child;
    try {
      child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    } catch (e) {
      resolve({ ok: false, output: e instanceof Error ? e.message : String(e) });
      return;
    }
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      keep(Buffer.from(`\n[stopped after ${timeoutMs} ms]\n`));
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      resolve({ ok: false, output: `${output}\n${e.message}` });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, output });
    });
  });
