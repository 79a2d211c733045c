import type { ProjectInfo, Settings } from '../../shared/schema/project';
import { connect, invoke } from '../api';

interface BootRequests {
  settings: Promise<Settings> | null;
  project: Promise<ProjectInfo | null> | null;
}

let sent: BootRequests | null = null;

/**
 * The two questions every launch asks the core, sent together while the page is still starting
 * instead of one after the other as the components that need them mount.
 */
export function sendBootRequests(): void {
  if (sent || !connect()) return;
  sent = { settings: invoke('app.settings', {}), project: invoke('project.current', {}) };
  // Whoever takes them handles failures; an untaken rejection must not surface as unhandled.
  sent.settings!.catch(() => undefined);
  sent.project!.catch(() => undefined);
}

/**
 * The early answer, once: a later caller (a remount, a second question) asks the core afresh so
 * it never gets a stale answer.
 */
export function takeBootRequest<K extends keyof BootRequests>(key: K): NonNullable<BootRequests[K]> | null {
  const request = sent?.[key] ?? null;
  if (sent) sent[key] = null;
  return request as NonNullable<BootRequests[K]> | null;
}
