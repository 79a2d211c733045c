import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { UndoStack, type UndoSnapshot } from './undoStack';

const UndoContext = createContext<UndoStack | null>(null);

/** One stack per open project: closing the project ends its history. */
export function UndoProvider({ children }: { children: ReactNode }) {
  const [stack] = useState(() => new UndoStack());
  return <UndoContext.Provider value={stack}>{children}</UndoContext.Provider>;
}

export function useUndoStack(): UndoStack {
  const stack = useContext(UndoContext);
  if (!stack) throw new Error('useUndoStack outside UndoProvider');
  return stack;
}

export function useUndoSnapshot(): UndoSnapshot {
  const stack = useUndoStack();
  return useSyncExternalStore(stack.subscribe, stack.getSnapshot);
}
