import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

interface SaveStateValue {
  state: SaveState;
  /** Wraps a write: every operation is its own transaction, so a write that resolved is on disk. */
  track<T>(write: Promise<T>, describeError: (e: unknown) => string): Promise<T>;
}

const SaveStateContext = createContext<SaveStateValue | null>(null);

export function SaveStateProvider({ children }: { children: ReactNode }) {
  const pending = useRef(0);
  const [state, setState] = useState<SaveState>({ kind: 'saved' });

  const track = useCallback(async <T,>(write: Promise<T>, describeError: (e: unknown) => string): Promise<T> => {
    pending.current += 1;
    setState({ kind: 'saving' });
    try {
      const value = await write;
      pending.current -= 1;
      // A later successful write means the project is consistent again: failed writes are resynced by reloading.
      if (pending.current === 0) setState({ kind: 'saved' });
      return value;
    } catch (e) {
      pending.current -= 1;
      setState({ kind: 'failed', message: describeError(e) });
      throw e;
    }
  }, []);

  const value = useMemo(() => ({ state, track }), [state, track]);
  return <SaveStateContext.Provider value={value}>{children}</SaveStateContext.Provider>;
}

export function useSaveState(): SaveStateValue {
  const value = useContext(SaveStateContext);
  if (!value) throw new Error('useSaveState outside SaveStateProvider');
  return value;
}
