import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startStudio } from './support/tempStudio';

const LONE_HIGH = 'Zo\ud83dfia';
const LONE_LOW = 'Zo\ude00fia';

describe('text that is not text is refused by every text field, with nothing stored', () => {
  it('NUL, BEL and ESC in participant, place and consent note; a lone surrogate in a name', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'Tekst' });
    const interview = await studio.ok('interview.create', { title: 'Wywiad' });
    const refused = [
      ['interview.update', { id: interview.id, participant: 'P\u00001' }],
      ['interview.update', { id: interview.id, place: 'Sa\u0007lon' }],
      ['interview.update', { id: interview.id, consentNote: 'zgoda \u001b[31m' }],
      ['interview.update', { id: interview.id, participant: 'P\u0085 1' }],
      ['interview.create', { title: LONE_HIGH }],
      ['persona.create', { name: LONE_HIGH }],
      ['persona.create', { name: LONE_LOW }],
      ['tag.create', { name: 'Cena\u0000' }],
      ['interview.update', { id: interview.id, consentNote: `zgoda ${LONE_LOW}` }],
    ] as const;
    for (const [op, input] of refused) {
      const r = await studio.call(op, input);
      expect(r.ok || r.error.code, `${op} ${JSON.stringify(input)}`).toBe('invalid_input');
      if (!r.ok) expect(r.error.message).toMatch(/control characters|broken character/);
    }
    expect(await studio.ok('persona.list', {})).toEqual([]);
    const stored = await studio.ok('interview.get', { id: interview.id });
    expect([stored.participant, stored.place, stored.consentNote]).toEqual(['', '', '']);
  });

  it('keeps what is text: line breaks and tabs where text has lines, Polish letters and emoji everywhere', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'Tekst' });
    const interview = await studio.ok('interview.create', { title: 'Źdźbło 🚗' });
    const updated = await studio.ok('interview.update', { id: interview.id, participant: 'Łucja 👩‍🔧', consentNote: 'Zgoda:\n\tnagranie tak' });
    expect(updated.participant).toBe('Łucja 👩‍🔧');
    expect(updated.consentNote).toBe('Zgoda:\n\tnagranie tak');
    expect((await studio.call('interview.update', { id: interview.id, place: 'Salon\nWarszawa' })).ok).toBe(false);
  });

  it('says what is wrong in Polish too', async () => {
    const studio = await startStudio({ lang: 'pl' });
    await studio.ok('project.create', { path: 'Tekst' });
    const r = await studio.call('persona.create', { name: 'Ala\u001b' });
    expect(!r.ok && r.error.message).toContain('znaki sterujące');
  });

  it('project.check reports stored text holding control characters, such as a note imported with NULs', async () => {
    const studio = await startStudio();
    const info = await studio.ok('project.create', { path: 'Tekst', sample: true });
    expect((await studio.ok('project.check', { path: info.path })).problems).toEqual([]);
    const [interview] = await studio.ok('interview.list', {});
    await studio.ok('project.close', {});
    const db = new Database(info.path);
    db.prepare("UPDATE interviews SET participant = 'P' || char(0) || '1', notes_text = notes_text || char(0, 27) WHERE id = ?").run(interview!.id);
    db.close();
    const { problems } = await studio.ok('project.check', { path: info.path });
    expect(problems).toEqual([
      `text: interviews row ${interview!.id}: participant holds control characters (such as NUL) that are not text`,
      `text: interviews row ${interview!.id}: notes_text holds control characters (such as NUL) that are not text`,
    ]);
  });
});
