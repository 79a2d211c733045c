import { parentPort, workerData } from 'node:worker_threads';
import { isAppFailure } from '../../appFailure';
import { readNotes } from '../readNotes';
import { importNotes } from './importNotes';
import type { ImportJob, ImportReply } from './importProtocol';

/**
 * The import worker: one thread per imported file, started by runImport with a memory cap and
 * stopped at its time limit, so the parse of a hostile file never holds up the writer.
 */
const port = parentPort;
if (!port) throw new Error('importWorker.ts must run as a worker thread');

const { fileName, content } = workerData as ImportJob;

async function run(): Promise<ImportReply> {
  try {
    const { title, notes, json } = await importNotes(fileName, Buffer.from(content, 'base64'));
    const { text, words } = readNotes(notes);
    return { ok: true, title, notesJson: json, text, words };
  } catch (e) {
    if (isAppFailure(e)) return { ok: false, code: e.code, params: e.params };
    // Nesting too deep for the parser's own recursion: the file, not the studio, is at fault.
    if (e instanceof RangeError) return { ok: false, code: 'import_refused', params: { file: fileName, details: 'import.tooComplex' } };
    console.error(`[journey-studio] import of a file failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return { ok: false, code: 'internal', params: {} };
  }
}

port.postMessage(await run());
