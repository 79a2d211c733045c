import { NoteClient } from '../unit/support/noteClient';
import type { TestStudio } from '../unit/support/tempStudio';
import type { PlannedOp } from './plan';
import type { Rng } from './prng';
import type { Call, Model } from './snapshot';

/**
 * Typing into a note as the editor sends it: the note's Yjs document opened, a paragraph typed at
 * its end, and the update that makes — whose stored plain text must then be exactly the window's.
 */
export async function planNoteUpdate(call: Call, m: Model, rng: Rng, serial: number): Promise<PlannedOp | null> {
  if (!m.interviews.length || !rng.chance(0.25)) return null;
  const iv = m.interviews[rng.int(0, m.interviews.length - 1)]!;
  const studio: Pick<TestStudio, 'ok'> = {
    ok: async (op, input) => {
      const r = await call(op, input);
      if (!r.ok) throw new Error(`${op}: ${r.error.code}`);
      return r.value as never;
    },
  };
  let client: NoteClient;
  try {
    client = await NoteClient.open(studio, iv.id);
  } catch {
    return null;
  }
  // A few paragraphs at most, so reading the project back after each step stays quick.
  const blocks = client.text().split('\n').length;
  if (blocks > 12) return null;
  await client.type(blocks, 0, `Klientka ${rng.word()} pyta o ratę ${serial}.`, true);
  const update = client.take();
  if (!update) return null;
  return {
    op: 'note.update',
    input: { interviewId: iv.id, update: Buffer.from(update).toString('base64'), epoch: client.epoch },
    expect: [{ kind: 'eq', key: `interview:${iv.id}`, fields: { notesText: client.text() } }],
    domains: [`interview:${iv.id}`, 'highlight:'],
  };
}
