import type { WebContents } from 'electron';
import { IPC_EVENT_CHANNEL } from '../../shared/bridge';

/**
 * What the shell tells the renderer on its own initiative. A renderer that loads later reads the
 * same state through project.current, so a lost event costs nothing.
 */
export const studioEvents = {
  /** payload { project: ProjectInfo | null } after the shell opened or closed a project */
  projectChanged: 'project.changed',
  /** payload { command: 'newProject' } for menu items whose UI lives in the renderer */
  menuCommand: 'menu.command',
} as const;

export function sendStudioEvent(
  contents: Pick<WebContents, 'send' | 'isDestroyed'> | null | undefined,
  event: string,
  payload: unknown,
): void {
  if (!contents || contents.isDestroyed()) return;
  contents.send(IPC_EVENT_CHANNEL, event, payload);
}
