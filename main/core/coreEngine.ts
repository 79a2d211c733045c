import type { Lang } from '../../shared/schema/common';
import { operations, type OpName } from '../../shared/operations';
import type { Result } from '../../shared/result';
import { AppConfig } from './appConfig';
import { AppFailure } from './appFailure';
import { errorFromThrown } from './errorResult';
import type { AppHandler, CoreState, PreparedHandler, ProjectHandler } from './ops/context';
import { handlers } from './ops/handlers';

export interface CoreOptions {
  configDir: string;
  projectsDir: string;
  defaultLang: Lang;
  nativeBinding?: string | undefined;
}

/**
 * The single owner of the project connection. Inputs arrive already validated by dispatch;
 * every project operation runs in one IMMEDIATE transaction, so it commits whole or not at all.
 */
export class CoreEngine {
  private readonly state: CoreState;

  constructor(options: CoreOptions) {
    const config = new AppConfig(options.configDir, options.defaultLang);
    this.state = {
      config,
      projectsDir: options.projectsDir,
      nativeBinding: options.nativeBinding,
      session: null,
      lang: () => config.settings().lang,
    };
  }

  lang(): Lang {
    return this.state.lang();
  }

  async execute(op: OpName, input: unknown): Promise<Result<unknown>> {
    try {
      if (operations[op].needsProject) {
        const session = this.state.session;
        if (!session) throw new AppFailure('no_project');
        const handler = handlers[op] as unknown as ProjectHandler<OpName> | PreparedHandler<OpName, unknown>;
        if (typeof handler === 'function') {
          return { ok: true, value: session.db.transaction(() => handler(session.db, input as never, this.state)).immediate() };
        }
        const prepared = await handler.prepare(input as never, this.state);
        if (this.state.session !== session) throw new AppFailure('no_project');
        return { ok: true, value: session.db.transaction(() => handler.apply(session.db, prepared, this.state)).immediate() };
      }
      const handler = handlers[op] as unknown as AppHandler<OpName>;
      return { ok: true, value: await handler(this.state, input as never) };
    } catch (e) {
      return { ok: false, error: errorFromThrown(this.safeLang(), e) };
    }
  }

  private safeLang(): Lang {
    try {
      return this.state.lang();
    } catch {
      return 'en';
    }
  }

  close(): void {
    this.state.session?.close();
    this.state.session = null;
  }
}
