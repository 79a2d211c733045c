import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NoteClient } from './support/noteClient';
import { startStudio } from './support/tempStudio';

type Edit = { who: number; kind: 'type' | 'erase' | 'newBlock' | 'send' | 'deliver'; block: number; offset: number; words: string };

const edit = (clients: number) =>
  fc.record({
    who: fc.nat({ max: clients - 1 }),
    kind: fc.constantFrom('type', 'type', 'erase', 'newBlock', 'send', 'deliver'),
    block: fc.nat({ max: 6 }),
    offset: fc.nat({ max: 40 }),
    words: fc.constantFrom('ala ', 'ma kota ', 'żółw ', 'x', 'Łódź i Kraków '),
  }) as fc.Arbitrary<Edit>;

describe('a note typed into by several windows at once (Yjs through the real dispatch)', () => {
  it('every window and the stored plain text end the same, whatever order updates arrive in (property)', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'yjs-converge' });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 3 }).chain((n) => fc.tuple(fc.constant(n), fc.array(edit(n), { minLength: 5, maxLength: 40 }))), async ([n, edits]) => {
        const { id } = await studio.ok('interview.create', { title: 'Wspólny wywiad' });
        const clients = await Promise.all(Array.from({ length: n }, () => NoteClient.open(studio, id)));
        // What each window has sent and the others have not yet heard: the core passes updates on in its own time.
        const inFlight: { from: number; update: Uint8Array }[] = [];
        const send = async (who: number) => {
          const update = clients[who]!.take();
          if (!update) return;
          await studio.ok('note.update', { interviewId: id, update: Buffer.from(update).toString('base64') });
          inFlight.push({ from: who, update });
        };
        const deliver = async (pick: number) => {
          if (!inFlight.length) return;
          const { from, update } = inFlight.splice(pick % inFlight.length, 1)[0]!;
          for (const [i, c] of clients.entries()) if (i !== from) await c.receive(update);
        };
        for (const e of edits) {
          const c = clients[e.who]!;
          if (e.kind === 'type') await c.type(e.block, e.offset, e.words);
          else if (e.kind === 'newBlock') await c.type(e.block, 0, e.words, true);
          else if (e.kind === 'erase') await c.erase(e.block, e.offset, e.words.length);
          else if (e.kind === 'send') await send(e.who);
          else await deliver(e.offset);
        }
        for (let i = 0; i < n; i++) await send(i);
        while (inFlight.length) await deliver(0);
        const texts = clients.map((c) => c.text());
        for (const t of texts) expect(t).toBe(texts[0]);
        const stored = await studio.ok('interview.get', { id });
        expect(stored.notesText).toBe(texts[0]);
        // A window opening the note now sees what the others see.
        expect((await NoteClient.open(studio, id)).text()).toBe(texts[0]);
      }),
      { numRuns: 25, seed: 20261207 },
    );
  }, 120_000);
});
