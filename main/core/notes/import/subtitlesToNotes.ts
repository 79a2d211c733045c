import type { LexicalNodeJson, NotesDocument } from '../../../../shared/schema/notes';
import { notesFromBlocks, paragraph, textNode } from '../notesDocument';
import { NoteBudget } from './noteBudget';

const TIME = /(?:(\d{1,2}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})/;
const VOICE = /^v(?:\.\S+)?\s+(.+)$/s;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ' };

function clock(match: RegExpExecArray): string {
  const h = Number(match[1] ?? 0);
  const m = Number(match[2]);
  const s = Number(match[3]);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/**
 * A cue's line without its markup: tags go (a voice tag names the speaker), a "<" that no ">"
 * closes stays as a word. Each search goes on from where the last ended: one pass per line.
 */
function wordsOf(line: string, onVoice: (name: string) => void): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = line.indexOf('<', from);
    if (open < 0) break;
    const close = line.indexOf('>', open + 1);
    if (close < 0) break;
    out += line.slice(from, open);
    const voice = VOICE.exec(line.slice(open + 1, close));
    if (voice) onVoice(voice[1]!.trim());
    from = close + 1;
  }
  out += line.slice(from);
  return out.replace(/&(amp|lt|gt|nbsp);/g, (_, name: string) => ENTITIES[name]!).trim();
}

/**
 * WebVTT and SubRip transcripts: one paragraph per cue, "[mm:ss] Speaker: words", with cue
 * numbers, settings and markup dropped. Consecutive cues of one speaker stay separate so the
 * time stamps keep pointing at the recording. One pass over the lines; a transcript with more
 * cues than a note can hold is refused as soon as it has one too many.
 */
export function subtitlesToNotes(source: string, budget = new NoteBudget()): NotesDocument {
  const text = source.replace(/\r\n?/g, '\n');
  const blocks: LexicalNodeJson[] = [];
  let timing: string | null = null;
  let speaker = '';
  let words = '';
  const setSpeaker = (name: string) => {
    speaker ||= name;
  };
  const flush = () => {
    if (timing !== null && words) {
      const start = TIME.exec(timing.slice(0, timing.indexOf('-->')));
      const children: LexicalNodeJson[] = [];
      if (start) children.push(textNode(`[${clock(start)}] `, 16));
      if (speaker) children.push(textNode(`${speaker}: `, 1));
      children.push(textNode(words));
      budget.block();
      budget.spend(words.length + speaker.length + 2 * 60);
      blocks.push(paragraph(children));
    }
    timing = null;
    speaker = '';
    words = '';
  };
  for (let from = text.charCodeAt(0) === 0xfeff ? 1 : 0; from <= text.length; ) {
    const newline = text.indexOf('\n', from);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(from, end);
    from = end + 1;
    if (line === '') flush();
    else if (timing === null) {
      // Cue numbers, the WEBVTT header and NOTE blocks come before a timing line, or without one.
      if (line.includes('-->')) timing = line;
    } else if (line.trim() !== '') {
      const cleaned = wordsOf(line, setSpeaker);
      if (cleaned) words = words ? `${words} ${cleaned}` : cleaned;
    }
  }
  flush();
  return notesFromBlocks(blocks);
}
