import { join } from 'node:path';
import type { BaseWindow, Dialog } from 'electron';
import { PROJECT_EXTENSION } from '../../shared/schema/project';
import type { ShellLabels } from './shellLabels';

export interface DialogRequest {
  kind: 'open' | 'save';
  suggestedName?: string | undefined;
}

export interface DialogAnswer {
  path: string | null;
}

export interface FileDialogDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  window(): BaseWindow | null;
  labels(): ShellLabels;
  projectsDir: string;
}

const EXTENSION = PROJECT_EXTENSION.slice(1);

/** A suggested name comes from the renderer: keep it a bare file name, never a path. */
export function safeFileName(name: string | undefined): string {
  const last = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = last
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[:*?"<>|\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 200);
  return cleaned || 'project';
}

export function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith(PROJECT_EXTENSION) ? path : `${path}${PROJECT_EXTENSION}`;
}

/** The desktop answer to the 'app.dialog' operation: native pickers limited to project files. */
export function createDialogHandler(deps: FileDialogDeps): (request: DialogRequest) => Promise<DialogAnswer> {
  return async (request) => {
    const t = deps.labels();
    const filters = [{ name: t.projectFilter, extensions: [EXTENSION] }];
    const win = deps.window();
    if (request.kind === 'open') {
      const options = {
        title: t.openDialogTitle,
        defaultPath: deps.projectsDir,
        filters,
        properties: ['openFile' as const],
      };
      const answer = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options);
      const picked = answer.filePaths[0];
      return { path: answer.canceled || !picked ? null : picked };
    }
    const options = {
      title: t.saveDialogTitle,
      defaultPath: join(deps.projectsDir, withProjectExtension(safeFileName(request.suggestedName))),
      filters,
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    };
    const answer = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
    // GTK pickers do not append the filter's extension themselves.
    return { path: answer.canceled || !answer.filePath ? null : withProjectExtension(answer.filePath) };
  };
}
