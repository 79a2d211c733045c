import { parentPort } from 'node:worker_threads';
import { applyUpdate, decodeUpdate } from 'yjs';
import { NotesDocument } from '../../../../shared/schema/notes';
import { isAppFailure } from '../../appFailure';
import { unknownNodeType } from '../../../../shared/notes/unknownNodeType';
import { notesFromBlocks, paragraph, textNode } from '../notesDocument';
import { deriveNote } from './deriveNote';
import { HeadlessNote } from './headlessNote';
import type { NoteJob, NoteReply, StoredDoc } from './noteProtocol';

/**
 * The note thread: merges windows' Yjs updates into notes and derives each note's JSON and text,
 * off the writer. It keeps the documents of the notes being typed into, so an update costs the
 * update, not a reload of the whole note; the writer tells it which document (`epoch`) it stored.
 */
const port = parentPort;
if (!port) throw new Error('noteWorker.ts must run as a worker thread');

/** Notes held at once; typing goes on in a few at a time, others are loaded again when asked for. */
const HELD = 8;

interface Held {
  note: HeadlessNote;
  epoch: number;
}

const held = new Map<string, Held>();

function hold(key: string, entry: Held): Held {
  held.delete(key);
  held.set(key, entry);
  while (held.size > HELD) held.delete(held.keys().next().value!);
  return entry;
}

/** A document from what the project file holds: its Yjs state, or its old JSON (or none) made into one. */
async function fromStored(stored: StoredDoc): Promise<HeadlessNote> {
  const note = new HeadlessNote();
  if (stored.state) {
    applyUpdate(note.doc, stored.state);
    await note.settled();
    return note;
  }
  const parsed = readJson(stored.json);
  if (parsed && unknownNodeType(parsed.editorState.root) === null) {
    try {
      await note.load(parsed);
      return note;
    } catch {
      // Opened as its plain text below, as the editor opens a stored note it cannot read.
    }
  }
  const fallback = new HeadlessNote();
  await fallback.load(notesFromBlocks(stored.text.split('\n').map((line) => paragraph(line ? [textNode(line)] : []))));
  return fallback;
}

function readJson(json: string | null): NotesDocument | null {
  if (json === null) return null;
  try {
    const parsed = NotesDocument.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function run(job: NoteJob): Promise<NoteReply> {
  if (job.kind === 'build') return { id: job.id, status: 'done', note: deriveNote(await fromStored(job.stored)) };
  let entry = held.get(job.key);
  if (job.stored) {
    // The same document as the one held: what is stored is merged in (Yjs merges are idempotent);
    // another one (the note was replaced meanwhile) is loaded afresh.
    if (entry?.epoch === job.epoch && job.stored.state) {
      applyUpdate(entry.note.doc, job.stored.state);
      await entry.note.settled();
    } else entry = { note: await fromStored(job.stored), epoch: job.epoch };
  }
  if (!entry || entry.epoch !== job.epoch) return { id: job.id, status: 'missing' };
  hold(job.key, entry);
  try {
    // Decoded first: bytes that are not an update are refused before anything is merged.
    decodeUpdate(job.update);
    applyUpdate(entry.note.doc, job.update, 'remote');
    await entry.note.settled();
    return { id: job.id, status: 'done', note: deriveNote(entry.note) };
  } catch (e) {
    // A document half-merged with a refused update is not kept: the next update reloads the stored one.
    held.delete(job.key);
    throw e;
  }
}

/**
 * One job at a time, in the order they came: a job waits for its document to settle, and two
 * updates to a note not held yet would otherwise each load it from the file, the later one
 * storing a document without the earlier one's words.
 */
let queue: Promise<unknown> = Promise.resolve();

const answer = (job: NoteJob): Promise<void> =>
  run(job).then(
    (reply) => port.postMessage(reply, reply.status === 'done' ? [reply.note.state.buffer as ArrayBuffer] : []),
    (e: unknown) => {
      const reply: NoteReply = isAppFailure(e)
        ? { id: job.id, status: 'refused', code: e.code, params: e.params }
        : { id: job.id, status: 'refused', code: 'invalid_input', params: { details: 'validation.note_update_unreadable' } };
      port.postMessage(reply);
    },
  );

port.on('message', (job: NoteJob) => {
  queue = queue.then(() => answer(job));
});
