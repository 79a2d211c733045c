import { z } from 'zod';
import { KPI_METRICS } from '../journey/kpiMetrics';
import { channelIds } from '../journey/channels';
import { itemColours } from '../journey/itemColours';
import { laneKinds, templateIds } from '../journey/journeyTemplates';
import { Id, IsoDate, Lang, Name } from './common';
import { plainText } from './plainText';

export const LaneKind = z.enum(laneKinds);
export const MapState = z.enum(['current', 'future']);
/** A map's emotions run from −scale to +scale. */
export const EmotionScale = z.union([z.literal(2), z.literal(5)]);
export const JourneyTemplateId = z.enum([...templateIds, 'empty']);
export const ChannelId = z.enum(channelIds, 'channel_unknown');
export const ItemColour = z.enum(itemColours, 'item_colour_invalid');

const Index = z.number().int().nonnegative().max(100_000);
const uniqueIds = (ids: readonly string[]) => new Set(ids).size === ids.length;

export const Goal = plainText(z.string().trim().max(1000, 'goal_too_long'), 'several');
export const ItemText = plainText(z.string().trim().min(1, 'item_text_empty').max(500, 'item_text_too_long'), 'several');
export const Owner = plainText(z.string().trim().max(200, 'owner_too_long'), 'one');
export const EmotionNote = plainText(z.string().trim().max(500, 'emotion_note_too_long'), 'several');
/** Statically the widest scale; the map's own scale is checked by the core. */
export const EmotionScore = z.number().int().min(-5, 'emotion_score_range').max(5, 'emotion_score_range');

export const KpiMetric = z.enum(KPI_METRICS);

const kpiRange: Record<z.infer<typeof KpiMetric>, { min: number; max: number; message: string } | null> = {
  csat: { min: 0, max: 100, message: 'kpi_percent_range' },
  crr: { min: 0, max: 100, message: 'kpi_percent_range' },
  conversion: { min: 0, max: 100, message: 'kpi_percent_range' },
  nps: { min: -100, max: 100, message: 'kpi_nps_range' },
  custom: null,
};

/** A KPI sticky's measure: CSAT, CRR and conversion are percentages, NPS runs −100..100. */
export const Kpi = z
  .object({
    metric: KpiMetric,
    label: plainText(z.string().trim().max(100, 'kpi_label_too_long'), 'one').optional(),
    unit: plainText(z.string().trim().max(20, 'kpi_unit_too_long'), 'one').optional(),
    target: z.number().nullable(),
    actual: z.number().nullable(),
  })
  .strict()
  .superRefine((kpi, ctx) => {
    const range = kpiRange[kpi.metric];
    if (!range) return;
    for (const key of ['target', 'actual'] as const) {
      const v = kpi[key];
      if (v !== null && (v < range.min || v > range.max)) ctx.addIssue({ code: 'custom', path: [key], message: range.message });
    }
  });
export type Kpi = z.infer<typeof Kpi>;

export const JourneyStage = z.object({ id: Id, name: Name, position: z.number().int().nonnegative() });
export type JourneyStage = z.infer<typeof JourneyStage>;

export const JourneyLane = z.object({
  id: Id,
  kind: LaneKind,
  name: Name,
  hidden: z.boolean(),
  position: z.number().int().nonnegative(),
});
export type JourneyLane = z.infer<typeof JourneyLane>;

export const JourneyItem = z.object({
  id: Id,
  stageId: Id,
  laneId: Id,
  text: ItemText,
  colour: ItemColour,
  owner: z.string().nullable(),
  /** Orders the notes of its cell, lowest first; only the order means anything, not the number. */
  position: z.number().int().nonnegative(),
  channelId: ChannelId.nullable(),
  kpi: Kpi.nullable(),
  /** Highlights cited as evidence for this note. */
  highlightIds: z.array(Id),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type JourneyItem = z.infer<typeof JourneyItem>;

export const JourneyEmotion = z.object({
  stageId: Id,
  personaId: Id,
  score: EmotionScore,
  note: z.string(),
});
export type JourneyEmotion = z.infer<typeof JourneyEmotion>;

const mapFields = {
  id: Id,
  name: Name,
  goal: z.string(),
  state: MapState,
  scale: EmotionScale,
  lang: Lang,
  template: JourneyTemplateId,
  /** The map a future map was copied from; null once that map is gone for good. */
  sourceMapId: Id.nullable(),
  personaIds: z.array(Id),
  createdAt: IsoDate,
  updatedAt: IsoDate,
};

export const JourneySummary = z.object({
  ...mapFields,
  stageCount: z.number().int().nonnegative(),
  itemCount: z.number().int().nonnegative(),
});
export type JourneySummary = z.infer<typeof JourneySummary>;

/** Everything the map view renders, in one payload; items and emotions are flat lists keyed by ids. */
export const JourneyMap = z.object({
  ...mapFields,
  stages: z.array(JourneyStage),
  lanes: z.array(JourneyLane),
  items: z.array(JourneyItem),
  emotions: z.array(JourneyEmotion),
});
export type JourneyMap = z.infer<typeof JourneyMap>;

/**
 * What a change inside a map answers: only the id of the thing changed (a new note's id). The rows
 * themselves travel in the answer's change set, so an answer stays small however big the map is.
 */
export const JourneyEdit = z.object({ changedId: Id });
export type JourneyEdit = z.infer<typeof JourneyEdit>;

const PersonaIds = z.array(Id).max(50).refine(uniqueIds, 'ids_duplicate');

export const JourneyCreateInput = z
  .object({
    name: Name,
    goal: Goal.default(''),
    state: MapState.default('current'),
    scale: EmotionScale.default(5),
    personaIds: PersonaIds.default([]),
    template: JourneyTemplateId.default('empty'),
    /** The language of the template's stage and lane names; the studio's language if left out. */
    lang: Lang.optional(),
  })
  .strict();

export const JourneyUpdateInput = z
  .object({
    id: Id,
    name: Name.optional(),
    goal: Goal.optional(),
    state: MapState.optional(),
    scale: EmotionScale.optional(),
    personaIds: PersonaIds.optional(),
  })
  .strict();

export const JourneyIdInput = z.object({ id: Id }).strict();
export const JourneyCreateFutureInput = z.object({ id: Id, name: Name.optional() }).strict();

export const StageAddInput = z.object({ mapId: Id, name: Name, index: Index.optional() }).strict();
export const StageUpdateInput = z.object({ id: Id, name: Name }).strict();

export const LaneAddInput = z
  .object({ mapId: Id, name: Name, kind: LaneKind.default('custom'), index: Index.optional() })
  .strict();
export const LaneUpdateInput = z.object({ id: Id, name: Name.optional(), hidden: z.boolean().optional() }).strict();

/** Stages and lanes: to a new place in their list; an index past the end means the end. */
export const MoveInput = z.object({ id: Id, index: Index }).strict();
export const EntityIdInput = z.object({ id: Id }).strict();

export const ItemCreateInput = z
  .object({
    stageId: Id,
    laneId: Id,
    text: ItemText,
    colour: ItemColour.optional(),
    owner: Owner.nullable().optional(),
    channelId: ChannelId.nullable().optional(),
    kpi: Kpi.nullable().optional(),
    index: Index.optional(),
  })
  .strict();

export const ItemUpdateInput = z
  .object({
    id: Id,
    text: ItemText.optional(),
    colour: ItemColour.optional(),
    owner: Owner.nullable().optional(),
    channelId: ChannelId.nullable().optional(),
    kpi: Kpi.nullable().optional(),
  })
  .strict();

/** To another cell and/or place; a missing stage or lane keeps the current one, a missing index means the end. */
export const ItemMoveInput = z
  .object({ id: Id, stageId: Id.optional(), laneId: Id.optional(), index: Index.optional() })
  .strict();

export const ItemFromHighlightInput = z
  .object({ highlightId: Id, stageId: Id, laneId: Id, index: Index.optional(), colour: ItemColour.optional() })
  .strict();

/** A null score clears the persona's emotion at that stage. */
export const EmotionSetInput = z
  .object({ stageId: Id, personaId: Id, score: EmotionScore.nullable(), note: EmotionNote.optional() })
  .strict();

export const EvidenceLinkInput = z.object({ itemId: Id, highlightId: Id }).strict();
