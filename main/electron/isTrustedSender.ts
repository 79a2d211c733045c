import type { WebFrameMain } from 'electron';
import { isAppUrl } from './appOrigin';

/**
 * IPC is answered only for the top frame of a page served from our own origin. An iframe, a page
 * that navigated away, or a frame that is already gone (senderFrame null) is refused.
 */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined): boolean {
  if (!frame) return false;
  try {
    // A disposed frame throws on property access; treat it like a missing one.
    return frame.parent === null && isAppUrl(frame.url);
  } catch {
    return false;
  }
}
