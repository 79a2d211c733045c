import type { StudioEvent } from '../../shared/live/studioEvents';
import type { Lang } from '../../shared/schema/common';
import { operations, type OpName } from '../../shared/operations';
import type { Result } from '../../shared/result';
import { AppConfig } from './appConfig';
import { AppFailure } from './appFailure';
import { errorFromThrown } from './errorResult';
import { runMutation } from './live/liveProject';
import type { AppHandler, BackgroundHandler, CoreState, PreparedHandler, ProjectHandler } from './ops/context';
import { handlers } from './ops/handlers';
import type { ProjectSession } from './store/projectSession';

export interface CoreOptions {
  configDir: string;
  projectsDir: string;
  defaultLang: Lang;
  nativeBinding?: string | undefined;
  /** The built import worker's URL; without it the import worker runs from its TypeScript source. */
  importWorkerHref?: string | undefined;
  /** The built bundle worker's URL; likewise. */
  jobWorkerHref?: string | undefined;
}

/** Where the core's events go: the worker posts them to dispatch, which hands them to every host. */
export type EmitEvent = (event: StudioEvent) => void;

/** Runs a step in the writer's strict order: one step at a time, each after those queued before it. */
export type Serial = <T>(step: () => T | Promise<T>) => Promise<T>;

const inline: Serial = async (step) => step();

/** Quiet time after the last write before its commits are folded into the project file itself. */
export const CHECKPOINT_IDLE_MS = 2000;

/**
 * The single owner of the project connection. Inputs arrive already validated by dispatch;
 * every project operation runs in one IMMEDIATE transaction, so it commits whole or not at all.
 */
export class CoreEngine {
  private readonly state: CoreState;
  private checkpointTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: CoreOptions, emit: EmitEvent = () => undefined) {
    const config = new AppConfig(options.configDir, options.defaultLang);
    this.state = {
      config,
      projectsDir: options.projectsDir,
      nativeBinding: options.nativeBinding,
      importWorkerHref: options.importWorkerHref,
      jobWorkerHref: options.jobWorkerHref,
      session: null,
      lang: () => config.settings().lang,
      clientId: null,
      emit,
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
  async execute(op: OpName, input: unknown, serial: Serial = inline, clientId: string | null = null): Promise<Result<unknown>> {
    // Each step sets the window it runs for: steps of other operations may run in between.
    const forClient = <T>(step: () => T | Promise<T>) => () => {
      this.state.clientId = clientId;
      return step();
    };
    try {
      const spec = operations[op];
      if (!spec.needsProject) {
        const maybeBackground = handlers[op] as unknown as AppHandler<OpName> | BackgroundHandler<OpName>;
        if (typeof maybeBackground === 'object') return { ok: true, value: await maybeBackground.background(this.state, input as never) };
        const handler = maybeBackground;
        const before = this.state.session;
        const value = await serial(forClient(() => handler(this.state, input as never)));
        if (this.state.session !== before) this.state.emit({ type: 'project.changed', payload: { project: this.state.session?.info() ?? null } });
        return { ok: true, value };
      }
      const handler = handlers[op] as unknown as ProjectHandler<OpName> | PreparedHandler<OpName, unknown>;
      if (typeof handler === 'function') {
        return await serial(forClient(() => this.run(this.openSession(), op, input, clientId, (db) => handler(db, input as never, this.state))));
      }
      const session = await serial(() => this.openSession());
      const prepared = await handler.prepare(input as never, this.state);
      return await serial(
        forClient(() => {
          if (this.state.session !== session) throw new AppFailure('no_project');
          return this.run(session, op, input, clientId, (db) => handler.apply(db, prepared, this.state));
        }),
      );
    } catch (e) {
      return { ok: false, error: errorFromThrown(this.safeLang(), e) };
    }
  }

  /**
   * A query reads in a transaction of its own; a mutation also records what it changed, its undo
   * step and the new revision in the same transaction, and its change set goes to every client.
   */
  private run(session: ProjectSession, op: OpName, input: unknown, clientId: string | null, work: (db: ProjectSession['db']) => unknown): Result<unknown> {
    const spec = operations[op];
    if (spec.kind === 'query') return { ok: true, value: session.db.transaction(() => work(session.db)).immediate() };
    const coalesce = spec.coalesce as ((input: unknown) => string) | undefined;
    const { value, changes } = runMutation(session.db, { op, clientId, undoable: spec.undoable, coalesceKey: coalesce?.(input) ?? null }, work);
    this.checkpointWhenIdle(session);
    if (!changes) return { ok: true, value };
    this.state.emit({ type: 'changes', payload: changes });
    return { ok: true, value, changes };
  }

  /**
   * A project file copied by the OS while the studio is open (to mail it, to a USB stick) holds
   * every edit once the studio has been quiet for a moment. A timer's callback never runs inside a
   * transaction: each one runs whole within a single step. Retried while readers hold frames back.
   */
  private checkpointWhenIdle(session: ProjectSession): void {
    if (this.checkpointTimer !== null) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      if (this.state.session === session && !session.checkpoint()) this.checkpointWhenIdle(session);
    }, CHECKPOINT_IDLE_MS);
    // Never what keeps the process (the CLI, a test) alive; closing checkpoints anyway.
    this.checkpointTimer.unref();
  }

  private openSession(): ProjectSession {
    const session = this.state.session;
    if (!session) throw new AppFailure('no_project');
    return session;
  }

  private safeLang(): Lang {
    try {
      return this.state.lang();
    } catch {
      return 'en';
    }
  }

  close(): void {
    if (this.checkpointTimer !== null) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    this.state.session?.close();
    this.state.session = null;
  }
}
