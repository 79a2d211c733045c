import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { NoteTarget } from '../../editor/plugins/NoteTargetPlugin';

export type Section = 'personas' | 'interviews' | 'evidence' | 'journeys' | 'search';
export const SECTIONS: readonly Section[] = ['personas', 'interviews', 'evidence', 'journeys', 'search'];

export interface Route {
  section: Section;
  /** The interview open in the interviews section, if any. */
  interviewId: string | null;
  target: NoteTarget | null;
  /** A persona, or a map and a sticky note on it, to show when the section opens (from a search hit). */
  focus: { personaId: string } | { mapId: string; itemId: string | null } | null;
  /** Changes on every navigation, so asking for the same place twice still jumps there. */
  nonce: number;
}

interface Navigation {
  route: Route;
  go(section: Section): void;
  openInterview(id: string, target?: NoteTarget | null): void;
  openPersona(id: string): void;
  openMap(mapId: string, itemId?: string | null): void;
  /** Bumped by the search shortcut; the search field focuses itself when it changes. */
  searchFocus: number;
  focusSearch(): void;
}

const NavigationContext = createContext<Navigation | null>(null);

const storageKey = (projectPath: string) => `journey-studio.route:${projectPath}`;

/** Where the user was survives a reload of the page (not of the app): the section and the open interview. */
function restore(projectPath: string): Route {
  const fallback: Route = { section: 'personas', interviewId: null, target: null, focus: null, nonce: 0 };
  try {
    const saved = JSON.parse(sessionStorage.getItem(storageKey(projectPath)) ?? 'null') as Partial<Route> | null;
    if (!saved || !SECTIONS.includes(saved.section as Section)) return fallback;
    return { ...fallback, section: saved.section as Section, interviewId: typeof saved.interviewId === 'string' ? saved.interviewId : null };
  } catch {
    return fallback;
  }
}

export function NavigationProvider({ projectPath, children }: { projectPath: string; children: ReactNode }) {
  const [route, setRoute] = useState<Route>(() => restore(projectPath));
  const [searchFocus, setSearchFocus] = useState(0);

  const move = useCallback(
    (next: Omit<Route, 'nonce'>) => {
      setRoute((r) => ({ ...next, nonce: r.nonce + 1 }));
      sessionStorage.setItem(storageKey(projectPath), JSON.stringify({ section: next.section, interviewId: next.interviewId }));
    },
    [projectPath],
  );

  const go = useCallback((section: Section) => move({ section, interviewId: null, target: null, focus: null }), [move]);
  const openInterview = useCallback(
    (id: string, target: NoteTarget | null = null) => move({ section: 'interviews', interviewId: id, target, focus: null }),
    [move],
  );
  const openPersona = useCallback((personaId: string) => move({ section: 'personas', interviewId: null, target: null, focus: { personaId } }), [move]);
  const openMap = useCallback(
    (mapId: string, itemId: string | null = null) => move({ section: 'journeys', interviewId: null, target: null, focus: { mapId, itemId } }),
    [move],
  );
  const focusSearch = useCallback(() => {
    move({ section: 'search', interviewId: null, target: null, focus: null });
    setSearchFocus((n) => n + 1);
  }, [move]);

  const value = useMemo(
    () => ({ route, go, openInterview, openPersona, openMap, searchFocus, focusSearch }),
    [route, go, openInterview, openPersona, openMap, searchFocus, focusSearch],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation outside NavigationProvider');
  return value;
}
