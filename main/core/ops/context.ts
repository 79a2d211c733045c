import type { Database } from 'better-sqlite3';
import type { StudioEvent } from '../../../shared/live/studioEvents';
import type { Lang } from '../../../shared/schema/common';
import type { OpName, OpOutput, OpParsedInput, Operations } from '../../../shared/operations';
import type { AppConfig } from '../appConfig';
import type { ProjectSession } from '../store/projectSession';

/** What the core worker holds between operations. */
export interface CoreState {
  config: AppConfig;
  projectsDir: string;
  nativeBinding: string | undefined;
  /** The built import worker, or undefined to run it from source. */
  importWorkerHref: string | undefined;
  /** The built bundle worker, or undefined to run it from source. */
  jobWorkerHref: string | undefined;
  session: ProjectSession | null;
  lang(): Lang;
  /** The window that asked for the running operation; null for the CLI and the core itself. */
  clientId: string | null;
  /** Pushes an event to every connected client (the caller's window too). */
  emit(event: StudioEvent): void;
}

/** Handlers for operations that need no open project; they may be async (file work, backups). */
export type AppHandler<K extends OpName> = (state: CoreState, input: OpParsedInput<K>) => OpOutput<K> | Promise<OpOutput<K>>;

/**
 * An app operation that runs beside the writer's queue rather than in it: long file work (a
 * bundle) that never touches the open project's connection, so other operations go on meanwhile.
 */
export interface BackgroundHandler<K extends OpName> {
  background(state: CoreState, input: OpParsedInput<K>): Promise<OpOutput<K>>;
}

/** Handlers on the open project run synchronously inside one transaction. */
export type ProjectHandler<K extends OpName> = (db: Database, input: OpParsedInput<K>, state: CoreState) => OpOutput<K>;

/**
 * A project operation with slow work outside the transaction (parsing an imported file): the
 * writer answers other operations while `prepare` runs, and queues only the short `apply`.
 * `prepare` must not touch the database; it may find another project open by the time it ends,
 * and then the operation is refused.
 */
export interface PreparedHandler<K extends OpName, P> {
  prepare(input: OpParsedInput<K>, state: CoreState): Promise<P>;
  apply(db: Database, prepared: P, state: CoreState): OpOutput<K>;
}

type NeedsProject<K extends OpName> = Operations[K]['needsProject'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the prepared value is private to each handler
export type HandlerFor<K extends OpName> = NeedsProject<K> extends true ? ProjectHandler<K> | PreparedHandler<K, any> : AppHandler<K> | BackgroundHandler<K>;

export type HandlerTable<K extends OpName> = { [P in K]: HandlerFor<P> };
