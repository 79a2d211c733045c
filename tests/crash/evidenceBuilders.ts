import type { LexicalNodeJson, NotesChanges, NotesDocument } from '../../shared/schema/notes';
import { NOTES_FORMAT, NOTES_VERSION } from '../../shared/notes/notesFormat';
import { caps, shuffle, sorted, type Builder, type PlanContext, type PlannedOp } from './plan';
import type { InterviewModel } from './snapshot';

const textNode = (text: string): LexicalNodeJson => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
const paragraph = (children: LexicalNodeJson[]): LexicalNodeJson => ({ type: 'paragraph', version: 1, children });
const hasMark = (n: LexicalNodeJson): boolean => n.type === 'mark' || (n.children ?? []).some(hasMark);

/** Which blocks of the stored note to keep: those with highlights, and the last three others. */
function keptBlocks(iv: InterviewModel): { root: LexicalNodeJson; children: LexicalNodeJson[]; keep: boolean[] } {
  const root = (iv.notes?.editorState.root ?? { type: 'root', version: 1 }) as LexicalNodeJson;
  const children = root.children ?? [];
  const recentPlain = new Set(children.filter((c) => !hasMark(c)).slice(-3));
  return { root, children, keep: children.map((c) => hasMark(c) || recentPlain.has(c)) };
}

/** The interview's note with the kept blocks and one more, as a whole note. */
function noteWith(iv: InterviewModel, extra: LexicalNodeJson): NotesDocument {
  const { root, children, keep } = keptBlocks(iv);
  return {
    format: NOTES_FORMAT,
    version: NOTES_VERSION,
    editorState: { ...(iv.notes?.editorState ?? {}), root: { ...root, children: [...children.filter((_, i) => keep[i]), extra] } },
  };
}

/** The same change as the editor sends it while typing: runs of kept blocks by place, the new block in full. */
function changesWith(iv: InterviewModel, extra: LexicalNodeJson): NotesChanges {
  const { root, children, keep } = keptBlocks(iv);
  const blocks: NotesChanges['blocks'] = [];
  let start = -1;
  for (let i = 0; i <= children.length; i++) {
    if (i < children.length && keep[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      blocks.push([start, i - start]);
      start = -1;
    }
  }
  const { children: _blocks, ...attributes } = root;
  return { root: { ...attributes, type: 'root' }, baseBlocks: children.length, blocks: [...blocks, extra] };
}

/** Personas, interviews and their notes, imports, highlights and tags. */
export function evidenceBuilders({ m, rng, name, sentence }: PlanContext, serial: number): Builder[] {
  const newPersona = (n: string): PlannedOp => ({ op: 'persona.create', input: { name: n }, expect: [{ kind: 'new', prefix: 'persona:', fields: { name: n } }], domains: ['persona:'] });
  return [
    // personas
    { weight: 3, build: () => (m.personas.length >= caps.personas ? null : newPersona(name('Persona'))) },
    {
      weight: 2,
      build: () => {
        if (!m.personas.length) return null;
        const p = rng.pick(m.personas);
        const n = name('Persona');
        return { op: 'persona.rename', input: { id: p.id, name: n }, expect: [{ kind: 'eq', key: `persona:${p.id}`, fields: { name: n } }], domains: ['persona:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        if (m.personas.length < 2) return null;
        const ids = shuffle(rng, m.personas.map((p) => p.id));
        return { op: 'persona.reorder', input: { ids }, expect: ids.map((id, i) => ({ kind: 'eq', key: `persona:${id}`, fields: { position: i } })), domains: ['persona:'] };
      },
    },
    {
      weight: m.personas.length > 3 ? 2 : 0,
      build: () => {
        const p = rng.pick(m.personas);
        return { op: 'persona.delete', input: { id: p.id }, expect: [{ kind: 'absent', key: `persona:${p.id}` }], domains: ['persona:', 'map:', 'emotion:'] };
      },
    },
    // interviews and notes
    {
      weight: 2,
      build: () => {
        if (m.interviews.length >= caps.interviews) return null;
        const personaIds = m.personas.length && rng.chance(0.5) ? [rng.pick(m.personas).id] : [];
        const title = name('Wywiad');
        return { op: 'interview.create', input: { title, participant: rng.word(), personaIds }, expect: [{ kind: 'new', prefix: 'interview:', fields: { title } }], domains: ['interview:'] };
      },
    },
    {
      weight: 2,
      build: () => {
        if (m.interviews.length >= caps.interviews) return null;
        const kind = rng.pick(['md', 'txt', 'srt'] as const);
        const words = [sentence(), sentence()];
        const text =
          kind === 'md'
            ? `# ${words[0]}\n\n${words[1]} **${rng.word()}**\n\n- ${rng.word()}\n- ${rng.word()}\n`
            : kind === 'txt'
              ? `${words[0]}\n\n${words[1]}\n`
              : `1\n00:00:01,000 --> 00:00:04,000\n${words[0]}\n\n2\n00:00:05,000 --> 00:00:08,500\n${words[1]}\n`;
        const fileName = `import-${rng.word()}-${serial}.${kind}`;
        return {
          op: 'interview.import',
          input: { fileName, content: Buffer.from(text, 'utf8').toString('base64') },
          expect: [{ kind: 'new', prefix: 'interview:', fields: {} }],
          domains: ['interview:'],
        };
      },
    },
    {
      weight: 2,
      build: () => {
        if (!m.interviews.length) return null;
        const iv = rng.pick(m.interviews);
        const title = name('Wywiad');
        return { op: 'interview.update', input: { id: iv.id, title }, expect: [{ kind: 'eq', key: `interview:${iv.id}`, fields: { title } }], domains: ['interview:'] };
      },
    },
    {
      weight: m.interviews.length > 2 ? 1 : 0,
      build: () => {
        const iv = rng.pick(m.interviews);
        return { op: 'interview.delete', input: { id: iv.id }, expect: [{ kind: 'absent', key: `interview:${iv.id}` }], domains: ['interview:', 'highlight:', 'item:'] };
      },
    },
    {
      weight: 8,
      build: () => {
        if (!m.interviews.length) return null;
        const iv = rng.pick(m.interviews);
        const block = paragraph([textNode(sentence())]);
        return {
          op: 'interview.saveNotes',
          input: {
            id: iv.id,
            // Stored notes can be changed block by block, as the editor does; a new note is sent whole.
            ...(iv.notes && rng.chance(0.6) ? { changes: changesWith(iv, block) } : { notes: noteWith(iv, block) }),
            baseVersion: iv.notesVersion,
          },
          expect: [{ kind: 'gt', key: `interview:${iv.id}`, field: 'notesVersion', value: iv.notesVersion }],
          domains: ['interview:'],
        };
      },
    },
    // highlights and tags
    {
      weight: 3,
      build: () => {
        if (!m.interviews.length || m.highlights.length >= caps.highlights) return null;
        const iv = rng.pick(m.interviews);
        const id = rng.uuid();
        const quote = `${rng.word()} ${rng.word()} ${serial}`;
        const mark: LexicalNodeJson = { type: 'mark', ids: [id], version: 1, children: [textNode(quote)] };
        const tagIds = m.tags.length && rng.chance(0.6) ? [rng.pick(m.tags).id] : [];
        return {
          op: 'highlight.create',
          input: { id, interviewId: iv.id, quote, tagIds, notes: noteWith(iv, paragraph([textNode(`${rng.word()} `), mark, textNode(` ${rng.word()}.`)])), baseVersion: iv.notesVersion },
          expect: [
            { kind: 'eq', key: `highlight:${id}`, fields: { interviewId: iv.id, quote, tagIds: sorted(tagIds) } },
            { kind: 'gt', key: `interview:${iv.id}`, field: 'notesVersion', value: iv.notesVersion },
          ],
          domains: ['highlight:', 'interview:'],
        };
      },
    },
    {
      weight: 2,
      build: () => {
        if (!m.highlights.length || !m.tags.length) return null;
        const h = rng.pick(m.highlights);
        const tagIds = sorted(shuffle(rng, m.tags.map((t) => t.id)).slice(0, rng.int(0, Math.min(3, m.tags.length))));
        if (JSON.stringify(tagIds) === JSON.stringify(sorted(h.tagIds))) return null;
        return { op: 'highlight.setTags', input: { id: h.id, tagIds }, expect: [{ kind: 'eq', key: `highlight:${h.id}`, fields: { tagIds } }], domains: ['highlight:'] };
      },
    },
    {
      weight: m.highlights.length > 4 ? 1 : 0,
      build: () => {
        const h = rng.pick(m.highlights);
        return { op: 'highlight.delete', input: { id: h.id }, expect: [{ kind: 'absent', key: `highlight:${h.id}` }], domains: ['highlight:', 'item:', 'interview:'] };
      },
    },
    {
      weight: 2,
      build: () => {
        if (m.tags.length >= caps.tags) return null;
        const tagName = name('Tag');
        const colour = `#${rng.int(0, 0xffffff).toString(16).padStart(6, '0')}`;
        return { op: 'tag.create', input: { name: tagName, colour }, expect: [{ kind: 'new', prefix: 'tag:', fields: { name: tagName } }], domains: ['tag:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        if (!m.tags.length) return null;
        const t = rng.pick(m.tags);
        const tagName = name('Tag');
        return { op: 'tag.update', input: { id: t.id, name: tagName }, expect: [{ kind: 'eq', key: `tag:${t.id}`, fields: { name: tagName } }], domains: ['tag:'] };
      },
    },
    {
      weight: m.tags.length > 3 ? 1 : 0,
      build: () => {
        const [source, target] = shuffle(rng, m.tags);
        return { op: 'tag.merge', input: { sourceId: source!.id, targetId: target!.id }, expect: [{ kind: 'absent', key: `tag:${source!.id}` }], domains: ['tag:', 'highlight:'] };
      },
    },
    {
      weight: m.tags.length > 3 ? 1 : 0,
      build: () => {
        const t = rng.pick(m.tags);
        return { op: 'tag.delete', input: { id: t.id }, expect: [{ kind: 'absent', key: `tag:${t.id}` }], domains: ['tag:', 'highlight:'] };
      },
    },
  ];
}
