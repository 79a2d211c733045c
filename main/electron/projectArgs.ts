import { fileURLToPath } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import { PROJECT_EXTENSION } from '../../shared/schema/project';

/**
 * Finds the project a launch asks for: Windows and Linux pass it on the command line (Linux
 * desktop files may pass a file:// URL), a second instance forwards its argv and working folder.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    let candidate = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        candidate = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (!candidate.toLowerCase().endsWith(PROJECT_EXTENSION)) continue;
    return isAbsolute(candidate) ? candidate : resolve(cwd, candidate);
  }
  return null;
}

/**
 * macOS delivers open-file before the app is ready; requests wait until the window can show the
 * result, and only the latest one counts since a single project is open at a time.
 */
export function createOpenQueue(open: (path: string) => void): { request(path: string): void; start(): void } {
  let started = false;
  let pending: string | null = null;
  return {
    request(path) {
      if (started) open(path);
      else pending = path;
    },
    start() {
      started = true;
      if (pending !== null) {
        const path = pending;
        pending = null;
        open(path);
      }
    },
  };
}
