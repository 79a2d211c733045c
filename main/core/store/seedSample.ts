import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { translate } from '../../../shared/i18n/translate';
import type { Lang } from '../../../shared/schema/common';
import type { LexicalNodeJson } from '../../../shared/schema/notes';
import { notesFromBlocks, paragraph, textNode } from '../notes/notesDocument';
import { readNotes } from '../notes/readNotes';
import { insertHighlight, reanchorHighlights, setHighlightTags } from './highlightStore';
import { createInterview } from './interviewStore';
import { setEmotion } from './journeyEmotionStore';
import { linkEvidence } from './journeyEvidenceStore';
import { createItem } from './journeyItemStore';
import { createJourneyMap } from './journeyMapStore';
import { loadJourneyMap } from './journeyLoad';
import { addStage } from './journeyStageStore';
import { createPersona } from './personaStore';
import { sampleInterview, sampleMap, sampleTags } from './sample/carJourneyContent';
import { createTag } from './tagStore';

/**
 * The sample project: the car-buying journey of the product brief in the chosen language —
 * two personas, an interview with tagged highlights, and a map whose stickies cite them.
 */
export function seedSample(db: Database, lang: Lang): void {
  const personas = [createPersona(db, translate(lang, 'sample.persona1')), createPersona(db, translate(lang, 'sample.persona2'))];
  const tags = sampleTags.map((t) => createTag(db, t[lang]));

  const highlights: { id: string; quote: string; tag: number }[] = [];
  const blocks: LexicalNodeJson[] = sampleInterview.paragraphs.map((runs) =>
    paragraph(
      runs.map(([text, tag]) => {
        if (tag === undefined) return textNode(text[lang]);
        const id = randomUUID();
        highlights.push({ id, quote: text[lang], tag });
        return { type: 'mark', ids: [id], version: 1, children: [textNode(text[lang])] };
      }),
    ),
  );
  const notes = notesFromBlocks(blocks);
  const interview = createInterview(
    db,
    {
      title: sampleInterview.title[lang],
      participant: sampleInterview.participant,
      startedAt: sampleInterview.startedAt,
      durationMin: sampleInterview.durationMin,
      place: sampleInterview.place[lang],
      consent: true,
      personaIds: [personas[0]!.id],
    },
    notes,
  );
  for (const h of highlights) {
    insertHighlight(db, { id: h.id, interviewId: interview.id, quote: h.quote });
    setHighlightTags(db, h.id, [tags[h.tag]!.id]);
  }
  reanchorHighlights(db, interview.id, readNotes(notes));

  const mapId = createJourneyMap(db, {
    name: sampleMap.name[lang],
    goal: sampleMap.goal[lang],
    state: 'current',
    scale: 5,
    personaIds: personas.map((p) => p.id),
    template: 'empty',
    lang,
  });
  const map = loadJourneyMap(db, mapId);
  // An empty map has the default lanes and no stages; the sample's stages come from the brief.
  const stageIds = sampleMap.stages.map((stage) => addStage(db, mapId, stage[lang]));
  const laneOf = new Map(map.lanes.map((l) => [l.kind, l.id]));
  for (const item of sampleMap.items) {
    const { id } = createItem(db, {
      stageId: stageIds[item.stage]!,
      laneId: laneOf.get(item.lane)!,
      text: item.text[lang],
      ...(item.channelId ? { channelId: item.channelId } : {}),
      ...(item.kpi ? { kpi: { ...item.kpi } } : {}),
    });
    if (item.cites !== undefined) linkEvidence(db, id, highlights[item.cites]!.id);
  }
  sampleMap.emotions.forEach((scores, p) =>
    scores.forEach((score, s) => setEmotion(db, { stageId: stageIds[s]!, personaId: personas[p]!.id, score })),
  );
}
