import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../renderer/app/undoStack';

const recorder = () => {
  const log: string[] = [];
  const entry = (name: string, fail = { undo: false, redo: false }) => ({
    label: name,
    undo: async () => {
      if (fail.undo) throw new Error(`undo ${name} failed`);
      log.push(`undo ${name}`);
    },
    redo: async () => {
      if (fail.redo) throw new Error(`redo ${name} failed`);
      log.push(`redo ${name}`);
    },
  });
  return { log, entry };
};

describe('UndoStack', () => {
  it('undoes and redoes in order, and a new action clears the redo side', async () => {
    const { log, entry } = recorder();
    const stack = new UndoStack();
    stack.push(entry('a'));
    stack.push(entry('b'));
    await Promise.all([stack.undo(), stack.undo()]);
    expect(log).toEqual(['undo b', 'undo a']);
    await stack.redo();
    expect(log.at(-1)).toBe('redo a');
    stack.push(entry('c'));
    expect(stack.getSnapshot()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'c' });
    expect(await stack.redo()).toBeNull();
  });

  it('keeps an entry when its undo fails', async () => {
    const { entry } = recorder();
    const stack = new UndoStack();
    stack.push(entry('a', { undo: true, redo: false }));
    await expect(stack.undo()).rejects.toThrow('undo a failed');
    expect(stack.getSnapshot()).toMatchObject({ canUndo: true, undoLabel: 'a', canRedo: false });
  });

  it('undoes one specific entry even when newer ones follow it', async () => {
    const { log, entry } = recorder();
    const stack = new UndoStack();
    const first = entry('first');
    stack.push(first);
    stack.push(entry('second'));
    await stack.undoEntry(first);
    expect(log).toEqual(['undo first']);
    expect(stack.getSnapshot()).toMatchObject({ undoLabel: 'second', redoLabel: 'first' });
    expect(await stack.undoEntry(first)).toBeNull();
  });

  it('an action still being written is undone, after its write lands', async () => {
    const { log, entry } = recorder();
    const stack = new UndoStack();
    stack.push(entry('earlier'));
    let land!: () => void;
    const written = new Promise<void>((resolve) => (land = resolve)).then(() => void log.push('written move'));
    stack.pushPending(entry('move'), written);
    expect(stack.getSnapshot().undoLabel).toBe('move');
    const undone = stack.undo();
    await Promise.resolve();
    expect(log).toEqual([]);
    land();
    expect((await undone)?.label).toBe('move');
    expect(log).toEqual(['written move', 'undo move']);
    expect(stack.getSnapshot()).toMatchObject({ undoLabel: 'earlier', redoLabel: 'move' });
  });

  it('an action whose write fails leaves the history, even if its undo was already asked for', async () => {
    const { log, entry } = recorder();
    const stack = new UndoStack();
    stack.push(entry('earlier'));
    let refuse!: (e: Error) => void;
    const written = new Promise<void>((_, reject) => (refuse = reject));
    stack.pushPending(entry('move'), written);
    const undone = stack.undo();
    refuse(new Error('disk full'));
    await undone;
    // The failed action leaves on the stack's queue; a macrotask later everything queued has run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual([]);
    expect(stack.getSnapshot()).toMatchObject({ undoLabel: 'earlier', canRedo: false });
  });
});
