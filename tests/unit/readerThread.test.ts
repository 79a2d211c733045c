import { describe, expect, it } from 'vitest';
import { startStudio } from './support/tempStudio';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const bigNote = (paragraphs: number) => ({
  format: 'journey-studio/notes',
  version: 1,
  editorState: { root: { type: 'root', children: Array.from({ length: paragraphs }, (_, i) => paragraph(`Akapit ${i}: klientka boi się kredytu i rat, chce jazdy próbnej.`)) } },
});

describe('long reads run beside the writer', () => {
  it('a search answers while a long note is still being written', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'Czytanie', lang: 'pl' });
    await studio.ok('persona.create', { name: 'Kredytobiorczyni' });
    const interview = await studio.ok('interview.create', { title: 'Wywiad' });
    await studio.dispatcher.whenReading();
    const order: string[] = [];
    const save = studio.call('interview.saveNotes', { id: interview.id, notes: bigNote(20_000), baseVersion: 0 }).then((r) => {
      order.push('save');
      return r;
    });
    // Sent after the save: on the writer it would answer after it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const search = studio.call('search.query', { q: 'Kredytobiorczyni', limit: 5 }).then((r) => {
      order.push('search');
      return r;
    });
    const [saved, found] = await Promise.all([save, search]);
    expect(saved.ok).toBe(true);
    expect(found.ok && found.value.hits.length).toBeGreaterThan(0);
    expect(order).toEqual(['search', 'save']);
  }, 60_000);

  it('reads follow the writer from one project to the next', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'Pierwszy', lang: 'pl' });
    await studio.ok('persona.create', { name: 'Ania' });
    expect((await studio.ok('persona.list', {})).map((p) => p.name)).toEqual(['Ania']);
    await studio.ok('project.create', { path: 'Drugi', lang: 'pl' });
    expect(await studio.ok('persona.list', {})).toEqual([]);
    await studio.ok('project.close', {});
    const closed = await studio.call('persona.list', {});
    expect(closed.ok || closed.error.code).toBe('no_project');
  });
});
