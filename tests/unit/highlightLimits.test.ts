import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { notesOf } from './support/notesFixture';
import { snapshotRows, startStudio } from './support/tempStudio';

it('a quote over 20,000 characters is refused in the reader’s language, changing nothing', async () => {
  const studio = await startStudio({ lang: 'pl' });
  const { path } = await studio.ok('project.create', { path: 'limits' });
  const interview = await studio.ok('interview.create', { title: 'Wywiad' });
  const before = snapshotRows(path);
  const id = randomUUID();
  const long = 'ż'.repeat(20_001);
  const refused = await studio.call('highlight.create', {
    id,
    interviewId: interview.id,
    quote: long,
    tagIds: [],
    notes: notesOf([[long, id]]),
    baseVersion: 0,
  });
  expect(refused.ok || refused.error.code).toBe('invalid_input');
  expect(refused.ok || refused.error.message).toContain('wyróżnij krótszy fragment');
  expect(snapshotRows(path)).toBe(before);
});
