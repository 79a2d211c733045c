import { spawn } from 'node:child_process';
import { translate } from '../../../shared/i18n/translate';
import type { Lang } from '../../../shared/schema/common';
import { NATIVE_BINDING_ENV } from './nativeBindingEnv';

export type ElectronOutcome = { kind: 'exited'; code: number } | { kind: 'failed'; reason: string };

export interface RunElectronOptions {
  binary: string;
  appDir: string;
  /** e.g. a project file to open */
  args?: string[];
  nativeBinding: string;
  env: NodeJS.ProcessEnv;
  /** a non-zero exit sooner than this means Electron could not start (missing libraries, no GPU …) */
  earlyExitMs?: number;
  /** the language of a failure's reason; English by default */
  lang?: Lang;
}

/** The environment the Electron main process starts with: our binding, and never Node mode. */
export function electronEnv(env: NodeJS.ProcessEnv, nativeBinding: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, [NATIVE_BINDING_ENV]: nativeBinding };
  delete out.ELECTRON_RUN_AS_NODE;
  return out;
}

export function runElectron(options: RunElectronOptions): Promise<ElectronOutcome> {
  const started = Date.now();
  const earlyExitMs = options.earlyExitMs ?? 5_000;
  return new Promise((resolve) => {
    const child = spawn(options.binary, [options.appDir, ...(options.args ?? [])], {
      env: electronEnv(options.env, options.nativeBinding),
      stdio: 'inherit',
    });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const done = (outcome: ElectronOutcome) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(outcome);
    };
    const lang = options.lang ?? 'en';
    child.once('error', (e) => done({ kind: 'failed', reason: translate(lang, 'start.reason.electronNotRun', { message: e.message }) }));
    child.once('exit', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      if (status !== 0 && Date.now() - started < earlyExitMs && !signal) {
        done({ kind: 'failed', reason: translate(lang, 'start.reason.electronExited', { code: status }) });
      } else {
        done({ kind: 'exited', code: status });
      }
    });
  });
}
