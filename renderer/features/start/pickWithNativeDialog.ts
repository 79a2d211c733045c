import type { PickedFile } from '../../../shared/schema/project';
import { hostKind, invoke, isApiError } from '../../api';

/** Native dialogs exist only on the desktop; anywhere else the core answers `unsupported` and the in-app fallback takes over. */
export async function pickWithNativeDialog(kind: 'open' | 'save', options: { file?: PickedFile; suggestedName?: string } = {}): Promise<string | null | 'unsupported'> {
  if (hostKind() !== 'desktop') return 'unsupported';
  try {
    const { path } = await invoke('app.dialog', { kind, ...options });
    return path;
  } catch (e) {
    if (isApiError(e) && e.code === 'unsupported') return 'unsupported';
    throw e;
  }
}
