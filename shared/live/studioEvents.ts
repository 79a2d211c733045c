import type { ProjectInfo } from '../schema/project';
import type { ChangeSet } from './changeSet';

/**
 * Everything the core pushes to connected clients (Actual Budget's ServerEvents): over the preload's
 * `on` in the desktop app, over the browser host's event stream, later to phones in the room.
 */
export interface StudioEvents {
  /** A mutation committed; the same change set its caller got in its answer. */
  changes: ChangeSet;
  /** A Yjs update to an interview's note from `origin`, base64; every other client applies it. */
  'note.update': { interviewId: string; update: string; origin: string | null };
  /** Another project was opened, or the project closed: every client drops what it holds. */
  'project.changed': { project: ProjectInfo | null };
  /** How far a long task (a bundle) has got, for the client that started it under `jobId`. */
  'job.progress': { jobId: string; done: number; total: number };
  /** A desktop menu item whose UI lives in the renderer. */
  'menu.command': { command: 'newProject' };
  /**
   * Raised by the client's own transport, never by the core: the browser studio's event stream
   * (re)opened. Events sent while it was down are lost, so the data layer asks
   * project.changesSince for what it missed.
   */
  'stream.open': Record<string, never>;
}

export type StudioEventName = keyof StudioEvents;

export type StudioEvent = { [K in StudioEventName]: { type: K; payload: StudioEvents[K] } }[StudioEventName];

export const studioEventNames = ['changes', 'note.update', 'project.changed', 'job.progress', 'menu.command'] as const satisfies readonly StudioEventName[];
