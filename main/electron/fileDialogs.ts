import { join } from 'node:path';
import type { BaseWindow, Dialog } from 'electron';
import { BUNDLE_EXTENSION } from '../../shared/schema/bundle';
import { PROJECT_EXTENSION } from '../../shared/schema/project';
import type { ShellLabels } from './shellLabels';

export interface DialogRequest {
  kind: 'open' | 'save';
  /** What is picked: a project (the default) or a bundle of one. */
  file?: 'project' | 'bundle' | undefined;
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

export function withExtension(path: string, extension: string = PROJECT_EXTENSION): string {
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`;
}

/** The desktop answer to the 'app.dialog' operation: native pickers limited to project (or bundle) files. */
export function createDialogHandler(deps: FileDialogDeps): (request: DialogRequest) => Promise<DialogAnswer> {
  return async (request) => {
    const t = deps.labels();
    const bundle = request.file === 'bundle';
    const extension = bundle ? BUNDLE_EXTENSION : PROJECT_EXTENSION;
    const filters = [{ name: bundle ? t.bundleFilter : t.projectFilter, extensions: [extension.slice(1)] }];
    const win = deps.window();
    if (request.kind === 'open') {
      const options = {
        title: bundle ? t.openBundleTitle : t.openDialogTitle,
        defaultPath: deps.projectsDir,
        filters,
        properties: ['openFile' as const],
      };
      const answer = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options);
      const picked = answer.filePaths[0];
      return { path: answer.canceled || !picked ? null : picked };
    }
    const options = {
      title: bundle ? t.saveBundleTitle : t.saveDialogTitle,
      defaultPath: join(deps.projectsDir, withExtension(safeFileName(request.suggestedName), extension)),
      filters,
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    };
    const answer = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
    // GTK pickers do not append the filter's extension themselves.
    return { path: answer.canceled || !answer.filePath ? null : withExtension(answer.filePath, extension) };
  };
}
