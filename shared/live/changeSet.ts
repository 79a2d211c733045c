import type { InterviewSummary } from '../schema/interview';
import type { Highlight, Tag } from '../schema/evidence';
import type { JourneyEmotion, JourneyItem, JourneyLane, JourneyStage, JourneySummary } from '../schema/journey';
import type { Persona } from '../schema/persona';

/**
 * What every client keeps, normalised by id. Rows inside a map carry their map's id so a client can
 * assemble a map from the store; an emotion's id is `emotionId(stageId, personaId)`.
 */
export interface Entities {
  persona: Persona;
  interview: InterviewSummary;
  tag: Tag;
  highlight: Highlight;
  journey: JourneySummary;
  stage: JourneyStage & { mapId: string };
  lane: JourneyLane & { mapId: string };
  item: JourneyItem & { mapId: string };
  emotion: JourneyEmotion & { id: string; mapId: string };
}

export type EntityType = keyof Entities;

export const entityTypes = ['persona', 'interview', 'tag', 'highlight', 'journey', 'stage', 'lane', 'item', 'emotion'] as const satisfies readonly EntityType[];

export const emotionId = (stageId: string, personaId: string): string => `${stageId}:${personaId}`;

/** tldraw's RecordsDiff shape: rows that appeared (or came back from the trash), changed, or went away. */
export interface EntityChanges<T> {
  added: T[];
  updated: T[];
  removed: string[];
}

/**
 * What one committed mutation changed. `rev` is the project's revision after it; a client that has
 * seen `rev - 1` is current once it applies this. `clientId` is the window that asked for it (null
 * for the CLI and the core itself), so a window can tell its own changes from others'.
 */
export interface ChangeSet {
  rev: number;
  op: string;
  clientId: string | null;
  changes: { [K in EntityType]?: EntityChanges<Entities[K]> };
}
