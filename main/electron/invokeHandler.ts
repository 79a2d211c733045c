import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_INVOKE_CHANNEL } from '../../shared/bridge';
import { isClientId } from '../../shared/live/clientId';
import type { Result } from '../../shared/result';
import type { Lang } from '../../shared/schema/common';
import { appError } from '../core/errorResult';
import { isTrustedSender } from './isTrustedSender';

export interface InvokeDeps {
  dispatch(op: string, input: unknown, clientId?: string): Promise<Result<unknown>>;
  lang(): Lang;
  /** Lets the shell follow what the renderer changed, e.g. rebuild the menu after a language switch. */
  afterDispatch?(op: string, result: Result<unknown>): void;
}

export type InvokeHandler = (
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  op: unknown,
  input: unknown,
  clientId?: unknown,
) => Promise<Result<unknown>>;

const MAX_OP_LENGTH = 100;

/**
 * The single IPC entry point. It forwards (op, input, clientId) to dispatch, which validates the
 * input; a foreign sender or a malformed call gets an error Result, and nothing is ever thrown back.
 * A malformed client id is dropped rather than refused: the call then runs without undo history.
 */
export function createInvokeHandler(deps: InvokeDeps): InvokeHandler {
  return async (event, op, input, clientId) => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: appError(deps.lang(), 'invalid_input', { details: 'sender' }) };
    }
    if (typeof op !== 'string' || op.length === 0 || op.length > MAX_OP_LENGTH) {
      return { ok: false, error: appError(deps.lang(), 'invalid_input', { details: 'op' }) };
    }
    let result: Result<unknown>;
    try {
      result = await (isClientId(clientId) ? deps.dispatch(op, input, clientId) : deps.dispatch(op, input));
    } catch {
      result = { ok: false, error: appError(deps.lang(), 'internal') };
    }
    try {
      deps.afterDispatch?.(op, result);
    } catch {
      // The renderer's answer must not depend on a shell side effect such as a menu rebuild.
    }
    return result;
  };
}

export function registerInvokeHandler(ipcMain: Pick<IpcMain, 'handle'>, handler: InvokeHandler): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, op: unknown, input: unknown, clientId: unknown) => handler(event, op, input, clientId));
}
