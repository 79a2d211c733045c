import type { LexicalNodeJson, NotesDocument } from '../../../../shared/schema/notes';
import { notesFromBlocks, paragraph, textNode } from '../notesDocument';

const TIME = /(?:(\d{1,2}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})/;

function clock(match: RegExpMatchArray): string {
  const h = Number(match[1] ?? 0);
  const m = Number(match[2]);
  const s = Number(match[3]);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/**
 * WebVTT and SubRip transcripts: one paragraph per cue, "[mm:ss] Speaker: words", with cue
 * numbers, settings and markup dropped. Consecutive cues of one speaker stay separate so the
 * time stamps keep pointing at the recording.
 */
export function subtitlesToNotes(source: string): NotesDocument {
  const blocks: LexicalNodeJson[] = [];
  const cues = source.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split(/\n{2,}/);
  for (const cue of cues) {
    const lines = cue.split('\n').filter((l) => l.trim() !== '');
    const timing = lines.findIndex((l) => l.includes('-->'));
    if (timing < 0) continue;
    const start = lines[timing]!.split('-->')[0]!.match(TIME);
    let speaker = '';
    const words = lines
      .slice(timing + 1)
      .map((line) => {
        const voice = line.match(/<v(?:\.[^\s>]+)?\s+([^>]+)>/);
        if (voice && !speaker) speaker = voice[1]!.trim();
        return line.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').trim();
      })
      .filter(Boolean)
      .join(' ');
    if (!words) continue;
    const children: LexicalNodeJson[] = [];
    if (start) children.push(textNode(`[${clock(start)}] `, 16));
    if (speaker) children.push(textNode(`${speaker}: `, 1));
    children.push(textNode(words));
    blocks.push(paragraph(children));
  }
  return notesFromBlocks(blocks);
}
