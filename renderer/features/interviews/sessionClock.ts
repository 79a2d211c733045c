const key = (interviewId: string) => `journey-studio.timestampClock:${interviewId}`;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

// Where the browser refuses storage (a privacy setting), the clock lasts as long as the page.
const kept = new Map<string, string>();

/**
 * The timestamp clock of an interview whose date is not the talk going on now. Kept in the tab's
 * session: a projector's browser refreshed mid-session goes on counting, a new tab starts afresh.
 */
export const sessionClock = {
  read(interviewId: string): string | null {
    try {
      const stored = sessionStorage.getItem(key(interviewId));
      if (stored && LOCAL_TIME.test(stored)) return stored;
    } catch {
      // Refused storage: the page's own copy below.
    }
    return kept.get(interviewId) ?? null;
  },

  forget(interviewId: string): void {
    kept.delete(interviewId);
    try {
      sessionStorage.removeItem(key(interviewId));
    } catch {
      // Refused storage holds nothing to forget.
    }
  },

  keep(interviewId: string, start: string): void {
    kept.set(interviewId, start);
    try {
      sessionStorage.setItem(key(interviewId), start);
    } catch {
      // Refused or full storage: the page's copy still counts until a reload.
    }
  },
};
