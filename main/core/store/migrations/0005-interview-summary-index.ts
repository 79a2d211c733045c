import type { Migration } from './migration';

/**
 * The interview list reads small columns stored after each note's large text; without a
 * covering index SQLite walks every note's overflow pages (two million words) to list them.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'interview-summary-index',
  up(db) {
    db.exec(`
      CREATE INDEX interviews_summary ON interviews (
        deleted_at, id, title, participant, started_at, duration_min, place, consent, consent_note,
        word_count, created_at, updated_at
      );
    `);
  },
};
