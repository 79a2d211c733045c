import { z } from 'zod';
import { Empty, Id } from './schema/common';
import { MapExported, MapExportInput } from './schema/mapExport';
import { BundleExported, BundleExportInput, BundleImported, BundleImportInput, BundleSummary, BundleVerifyInput, JobCancelInput } from './schema/bundle';
import { ChangesSince, ChangesSinceInput, HistoryState, HistoryStep } from './schema/history';
import {
  Persona,
  PersonaCreateInput,
  PersonaIdInput,
  PersonaRenameInput,
  PersonaReorderInput,
} from './schema/persona';
import {
  BrowseInput,
  BrowseOutput,
  DialogInput,
  DialogOutput,
  ProjectCheckOutput,
  ProjectCreateInput,
  ProjectInfo,
  ProjectOpenInput,
  ProjectTakeOverInput,
  RecentProject,
  Settings,
  SettingsUpdateInput,
} from './schema/project';
import {
  Interview,
  InterviewCreateInput,
  InterviewIdInput,
  InterviewImportInput,
  InterviewSummary,
  InterviewUpdateInput,
  NotesSaved,
  NotesSaveInput,
} from './schema/interview';
import { NoteOpened, NoteOpenInput, NoteUpdated, NoteUpdateInput } from './schema/notes';
import {
  Highlight,
  HighlightCreated,
  HighlightCreateInput,
  HighlightIdInput,
  HighlightListInput,
  HighlightTagsInput,
  SearchInput,
  SearchOutput,
  Tag,
  TagCreateInput,
  TagMergeInput,
  TagUpdateInput,
} from './schema/evidence';

import {
  EmotionSetInput,
  EntityIdInput,
  EvidenceLinkInput,
  ItemCreateInput,
  ItemFromHighlightInput,
  ItemMoveInput,
  ItemUpdateInput,
  JourneyEdit,
  JourneyCreateFutureInput,
  JourneyCreateInput,
  JourneyIdInput,
  JourneyMap,
  JourneySummary,
  JourneyUpdateInput,
  LaneAddInput,
  LaneUpdateInput,
  MoveInput,
  StageAddInput,
  StageUpdateInput,
} from './schema/journey';

/**
 * THE contract. Every operation of the studio is one entry: its input schema, its output schema,
 * whether it needs an open project, whether it reads (query) or writes (mutation), and whether the
 * core records how to undo it. The client type, IPC, HTTP routes, the CLI and the core's history
 * derive from it. A mutation's answer also carries the change set it made (shared/live/changeSet).
 */
type Kind = 'query' | 'mutation';

const op = <I extends z.ZodType, O extends z.ZodType, N extends boolean>(input: I, output: O, needsProject: N, kind: Kind = 'query') => ({
  input,
  output,
  needsProject,
  kind,
  undoable: false as boolean,
  coalesce: undefined as ((input: z.output<I>) => string) | undefined,
});

/**
 * A change to the open project. `coalesce` names what a run of calls changes (one slider, one
 * field): consecutive undoable calls from one window with the same key are one undo step.
 */
const mutation = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  behaviour: { undoable: boolean; coalesce?: (input: z.output<I>) => string },
) => ({ input, output, needsProject: true as const, kind: 'mutation' as Kind, undoable: behaviour.undoable, coalesce: behaviour.coalesce });

const undoable = { undoable: true };
const notUndoable = { undoable: false };

export const operations = {
  'app.settings': op(Empty, Settings, false),
  'app.updateSettings': op(SettingsUpdateInput, Settings, false, 'mutation'),
  'app.recent': op(Empty, z.array(RecentProject), false),
  'app.forgetRecent': op(z.object({ path: z.string().min(1).max(4096) }).strict(), z.array(RecentProject), false, 'mutation'),
  'app.browse': op(BrowseInput, BrowseOutput, false),
  'app.dialog': op(DialogInput, DialogOutput, false),

  'project.create': op(ProjectCreateInput, ProjectInfo, false, 'mutation'),
  'project.open': op(ProjectOpenInput, ProjectInfo, false, 'mutation'),
  'project.openSample': op(Empty, ProjectInfo, false, 'mutation'),
  'project.current': op(Empty, ProjectInfo.nullable(), false),
  'project.close': op(Empty, z.null(), false, 'mutation'),
  'project.check': op(ProjectOpenInput, ProjectCheckOutput, false),
  'project.inspect': op(ProjectOpenInput, ProjectInfo, false),
  'project.takeOver': op(ProjectTakeOverInput, ProjectInfo, false, 'mutation'),

  'bundle.export': op(BundleExportInput, BundleExported, false),
  'bundle.verify': op(BundleVerifyInput, BundleSummary, false),
  'bundle.import': op(BundleImportInput, BundleImported, false, 'mutation'),
  'map.export': op(MapExportInput, MapExported, false),
  'job.cancel': op(JobCancelInput, z.null(), false, 'mutation'),

  'persona.list': op(Empty, z.array(Persona), true),
  'persona.create': mutation(PersonaCreateInput, Persona, undoable),
  'persona.rename': mutation(PersonaRenameInput, Persona, undoable),
  'persona.delete': mutation(PersonaIdInput, z.object({ id: Id }), undoable),
  'persona.restore': mutation(PersonaIdInput, Persona, undoable),
  'persona.reorder': mutation(PersonaReorderInput, z.array(Persona), undoable),

  'interview.list': op(Empty, z.array(InterviewSummary), true),
  'interview.get': op(InterviewIdInput, Interview, true),
  'interview.create': mutation(InterviewCreateInput, Interview, undoable),
  'interview.update': mutation(InterviewUpdateInput, InterviewSummary, undoable),
  'interview.delete': mutation(InterviewIdInput, z.object({ id: Id }), undoable),
  'interview.restore': mutation(InterviewIdInput, InterviewSummary, undoable),
  'interview.saveNotes': mutation(NotesSaveInput, NotesSaved, notUndoable),
  'interview.import': mutation(InterviewImportInput, InterviewSummary, undoable),

  // A note's text is undone by Yjs in the editor, per window, not by the core.
  'note.open': op(NoteOpenInput, NoteOpened, true),
  'note.update': mutation(NoteUpdateInput, NoteUpdated, notUndoable),

  'highlight.list': op(HighlightListInput, z.array(Highlight), true),
  'highlight.create': mutation(HighlightCreateInput, HighlightCreated, undoable),
  'highlight.setTags': mutation(HighlightTagsInput, Highlight, undoable),
  'highlight.delete': mutation(HighlightIdInput, z.object({ id: Id }), undoable),

  'tag.list': op(Empty, z.array(Tag), true),
  'tag.create': mutation(TagCreateInput, Tag, undoable),
  'tag.update': mutation(TagUpdateInput, Tag, undoable),
  'tag.merge': mutation(TagMergeInput, Tag, undoable),
  'tag.delete': mutation(z.object({ id: Id }).strict(), z.object({ id: Id }), undoable),

  'search.query': op(SearchInput, SearchOutput, true),

  'journey.list': op(Empty, z.array(JourneySummary), true),
  'journey.get': op(JourneyIdInput, JourneyMap, true),
  'journey.create': mutation(JourneyCreateInput, JourneySummary, undoable),
  'journey.update': mutation(JourneyUpdateInput, JourneySummary, undoable),
  'journey.delete': mutation(JourneyIdInput, z.object({ id: Id }), undoable),
  'journey.createFuture': mutation(JourneyCreateFutureInput, JourneySummary, undoable),

  'stage.add': mutation(StageAddInput, JourneyEdit, undoable),
  'stage.update': mutation(StageUpdateInput, JourneyEdit, undoable),
  'stage.move': mutation(MoveInput, JourneyEdit, undoable),
  'stage.delete': mutation(EntityIdInput, JourneyEdit, undoable),

  'lane.add': mutation(LaneAddInput, JourneyEdit, undoable),
  'lane.update': mutation(LaneUpdateInput, JourneyEdit, undoable),
  'lane.move': mutation(MoveInput, JourneyEdit, undoable),
  'lane.delete': mutation(EntityIdInput, JourneyEdit, undoable),

  'item.create': mutation(ItemCreateInput, JourneyEdit, undoable),
  'item.update': mutation(ItemUpdateInput, JourneyEdit, undoable),
  'item.move': mutation(ItemMoveInput, JourneyEdit, undoable),
  'item.delete': mutation(EntityIdInput, JourneyEdit, undoable),
  'item.fromHighlight': mutation(ItemFromHighlightInput, JourneyEdit, undoable),

  'emotion.set': mutation(EmotionSetInput, JourneyEdit, { undoable: true, coalesce: (i) => `${i.stageId}:${i.personaId}` }),
  'evidence.link': mutation(EvidenceLinkInput, JourneyEdit, undoable),
  'evidence.unlink': mutation(EvidenceLinkInput, JourneyEdit, undoable),

  'history.undo': mutation(Empty, HistoryStep, notUndoable),
  'history.redo': mutation(Empty, HistoryStep, notUndoable),
  'history.state': op(Empty, HistoryState, true),
  'project.changesSince': op(ChangesSinceInput, ChangesSince, true),
} as const;

export type Operations = typeof operations;
export type OpName = keyof Operations;
export type OpInput<K extends OpName> = z.input<Operations[K]['input']>;
export type OpParsedInput<K extends OpName> = z.output<Operations[K]['input']>;
export type OpOutput<K extends OpName> = z.output<Operations[K]['output']>;

export const opNames = Object.keys(operations) as OpName[];

export const isOpName = (name: string): name is OpName => Object.hasOwn(operations, name);
