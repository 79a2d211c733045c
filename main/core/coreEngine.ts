import type { Lang } from '../../shared/schema/common';
import { operations, type OpName } from '../../shared/operations';
import type { Result } from '../../shared/result';
import { AppConfig } from './appConfig';
import { AppFailure } from './appFailure';
import { errorFromThrown } from './errorResult';
import type { AppHandler, CoreState, PreparedHandler, ProjectHandler } from './ops/context';
import { handlers } from './ops/handlers';
import type { ProjectSession } from './store/projectSession';

export interface CoreOptions {
  configDir: string;
  projectsDir: string;
  defaultLang: Lang;
  nativeBinding?: string | undefined;
  /** The built import worker's URL; without it the import worker runs from its TypeScript source. */
  importWorkerHref?: string | undefined;
}

/** Runs a step in the writer's strict order: one step at a time, each after those queued before it. */
export type Serial = <T>(step: () => T | Promise<T>) => Promise<T>;

const inline: Serial = async (step) => step();

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
      importWorkerHref: options.importWorkerHref,
      session: null,
      lang: () => config.settings().lang,
    };
  }

  lang(): Lang {
    return this.state.lang();
  }

  /**
   * Runs one operation, its steps that touch the database or the session through `serial`. A
   * prepared handler's slow part runs between two such steps, so other operations go on meanwhile:
   * the first step fixes which project it belongs to, the last writes to that project only.
   */
  async execute(op: OpName, input: unknown, serial: Serial = inline): Promise<Result<unknown>> {
    try {
      if (!operations[op].needsProject) {
        const handler = handlers[op] as unknown as AppHandler<OpName>;
        return { ok: true, value: await serial(() => handler(this.state, input as never)) };
      }
      const handler = handlers[op] as unknown as ProjectHandler<OpName> | PreparedHandler<OpName, unknown>;
      if (typeof handler === 'function') {
        return { ok: true, value: await serial(() => this.inTransaction(this.openSession(), (db) => handler(db, input as never, this.state))) };
      }
      const session = await serial(() => this.openSession());
      const prepared = await handler.prepare(input as never, this.state);
      const value = await serial(() => {
        if (this.state.session !== session) throw new AppFailure('no_project');
        return this.inTransaction(session, (db) => handler.apply(db, prepared, this.state));
      });
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: errorFromThrown(this.safeLang(), e) };
    }
  }

  private openSession(): ProjectSession {
    const session = this.state.session;
    if (!session) throw new AppFailure('no_project');
    return session;
  }

  private inTransaction<T>(session: ProjectSession, work: (db: ProjectSession['db']) => T): T {
    return session.db.transaction(() => work(session.db)).immediate();
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
