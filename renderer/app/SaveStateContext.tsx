import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { SAVED, SaveStatusTracker, type SaveState } from './saveStatusTracker';

export type { SaveState } from './saveStatusTracker';

/** Wraps a write in the project's save state. */
type SaveTracker = Pick<SaveStatusTracker, 'track'>;

/*
 * Two contexts: the tracker never changes, so the note editor and the lists that write do not
 * render again when the save state changes; only the indicator reads the state.
 */
const SaveTrackerContext = createContext<SaveTracker | null>(null);
const SaveStatusContext = createContext<SaveState | null>(null);

export function SaveStateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SaveState>(SAVED);
  const [tracker] = useState(() => new SaveStatusTracker(setState));
  useEffect(() => () => tracker.dispose(), [tracker]);
  return (
    <SaveTrackerContext.Provider value={tracker}>
      <SaveStatusContext.Provider value={state}>{children}</SaveStatusContext.Provider>
    </SaveTrackerContext.Provider>
  );
}

export function useSaveState(): SaveTracker {
  const value = useContext(SaveTrackerContext);
  if (!value) throw new Error('useSaveState outside SaveStateProvider');
  return value;
}

export function useSaveStatus(): SaveState {
  const value = useContext(SaveStatusContext);
  if (!value) throw new Error('useSaveStatus outside SaveStateProvider');
  return value;
}
