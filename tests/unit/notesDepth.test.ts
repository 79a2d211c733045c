import { expect, it } from 'vitest';
import { notesOf } from './support/notesFixture';
import { snapshotRows, startStudio } from './support/tempStudio';

type Node = { type: string; version: number; children?: Node[]; [key: string]: unknown };

/** A paragraph inside `levels` lists nested in one another, as a tampered request or file could send. */
function nested(levels: number): Node {
  let node: Node = { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'głęboko', format: 0, detail: 0, mode: 'normal', style: '' }] };
  for (let i = 0; i < levels; i++) {
    node = { type: 'list', version: 1, listType: 'bullet', start: 1, tag: 'ul', children: [{ type: 'listitem', version: 1, value: 1, children: [node] }] };
  }
  return node;
}

it('a note nested thousands of levels deep is refused with a message, whole or as changes, changing nothing', async () => {
  const studio = await startStudio({ lang: 'pl' });
  const { path } = await studio.ok('project.create', { path: 'deep' });
  const interview = await studio.ok('interview.create', { title: 'Wywiad' });
  const first = await studio.ok('interview.saveNotes', { id: interview.id, notes: notesOf(['Pierwszy akapit.']), baseVersion: 0 });
  const before = snapshotRows(path);

  const deep = notesOf(['x']);
  deep.editorState.root.children = [nested(3_000) as never];
  const whole = await studio.call('interview.saveNotes', { id: interview.id, notes: deep, baseVersion: first.notesVersion });
  expect(whole.ok || whole.error.code).toBe('invalid_input');
  expect(whole.ok || whole.error.message).toContain('głębiej niż na 100 poziomów');
  // As the editor sends it, JSON text; a depth this process can still write out.
  const shallower = notesOf(['x']);
  shallower.editorState.root.children = [nested(1_000) as never];
  const asText = await studio.call('interview.saveNotes', { id: interview.id, notes: JSON.stringify(shallower), baseVersion: first.notesVersion });
  expect(asText.ok || asText.error.code).toBe('invalid_input');
  const changes = await studio.call('interview.saveNotes', {
    id: interview.id,
    changes: { root: { type: 'root' }, baseBlocks: 1, blocks: [[0, 1], nested(3_000)] },
    baseVersion: first.notesVersion,
  });
  expect(changes.ok || changes.error.code).toBe('invalid_input');
  expect(snapshotRows(path)).toBe(before);

  // Lists nested as deep as people nest them still save.
  const fine = notesOf(['x']);
  fine.editorState.root.children = [nested(20) as never];
  expect((await studio.call('interview.saveNotes', { id: interview.id, notes: fine, baseVersion: first.notesVersion })).ok).toBe(true);
});
