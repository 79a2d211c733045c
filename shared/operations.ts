import { z } from 'zod';
import { Empty, Id } from './schema/common';
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
  JourneyChange,
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
 * and whether it needs an open project. The client type, IPC, HTTP routes and the CLI derive from it.
 */
const op = <I extends z.ZodType, O extends z.ZodType, N extends boolean>(input: I, output: O, needsProject: N) => ({
  input,
  output,
  needsProject,
});

export const operations = {
  'app.settings': op(Empty, Settings, false),
  'app.updateSettings': op(SettingsUpdateInput, Settings, false),
  'app.recent': op(Empty, z.array(RecentProject), false),
  'app.forgetRecent': op(z.object({ path: z.string().min(1).max(4096) }).strict(), z.array(RecentProject), false),
  'app.browse': op(BrowseInput, BrowseOutput, false),
  'app.dialog': op(DialogInput, DialogOutput, false),

  'project.create': op(ProjectCreateInput, ProjectInfo, false),
  'project.open': op(ProjectOpenInput, ProjectInfo, false),
  'project.openSample': op(Empty, ProjectInfo, false),
  'project.current': op(Empty, ProjectInfo.nullable(), false),
  'project.close': op(Empty, z.null(), false),
  'project.check': op(ProjectOpenInput, ProjectCheckOutput, false),
  'project.inspect': op(ProjectOpenInput, ProjectInfo, false),
  'project.takeOver': op(ProjectTakeOverInput, ProjectInfo, false),

  'persona.list': op(Empty, z.array(Persona), true),
  'persona.create': op(PersonaCreateInput, Persona, true),
  'persona.rename': op(PersonaRenameInput, Persona, true),
  'persona.delete': op(PersonaIdInput, z.object({ id: Id }), true),
  'persona.restore': op(PersonaIdInput, Persona, true),
  'persona.reorder': op(PersonaReorderInput, z.array(Persona), true),

  'interview.list': op(Empty, z.array(InterviewSummary), true),
  'interview.get': op(InterviewIdInput, Interview, true),
  'interview.create': op(InterviewCreateInput, Interview, true),
  'interview.update': op(InterviewUpdateInput, InterviewSummary, true),
  'interview.delete': op(InterviewIdInput, z.object({ id: Id }), true),
  'interview.restore': op(InterviewIdInput, InterviewSummary, true),
  'interview.saveNotes': op(NotesSaveInput, NotesSaved, true),
  'interview.import': op(InterviewImportInput, InterviewSummary, true),

  'highlight.list': op(HighlightListInput, z.array(Highlight), true),
  'highlight.create': op(HighlightCreateInput, HighlightCreated, true),
  'highlight.setTags': op(HighlightTagsInput, Highlight, true),
  'highlight.delete': op(HighlightIdInput, z.object({ id: Id }), true),

  'tag.list': op(Empty, z.array(Tag), true),
  'tag.create': op(TagCreateInput, Tag, true),
  'tag.update': op(TagUpdateInput, Tag, true),
  'tag.merge': op(TagMergeInput, Tag, true),
  'tag.delete': op(z.object({ id: Id }).strict(), z.object({ id: Id }), true),

  'search.query': op(SearchInput, SearchOutput, true),

  'journey.list': op(Empty, z.array(JourneySummary), true),
  'journey.get': op(JourneyIdInput, JourneyMap, true),
  'journey.create': op(JourneyCreateInput, JourneyMap, true),
  'journey.update': op(JourneyUpdateInput, JourneyMap, true),
  'journey.delete': op(JourneyIdInput, z.object({ id: Id }), true),
  'journey.restore': op(JourneyIdInput, JourneyMap, true),
  'journey.createFuture': op(JourneyCreateFutureInput, JourneyMap, true),

  'stage.add': op(StageAddInput, JourneyChange, true),
  'stage.update': op(StageUpdateInput, JourneyChange, true),
  'stage.move': op(MoveInput, JourneyChange, true),
  'stage.delete': op(EntityIdInput, JourneyChange, true),
  'stage.restore': op(EntityIdInput, JourneyChange, true),

  'lane.add': op(LaneAddInput, JourneyChange, true),
  'lane.update': op(LaneUpdateInput, JourneyChange, true),
  'lane.move': op(MoveInput, JourneyChange, true),
  'lane.delete': op(EntityIdInput, JourneyChange, true),
  'lane.restore': op(EntityIdInput, JourneyChange, true),

  'item.create': op(ItemCreateInput, JourneyChange, true),
  'item.update': op(ItemUpdateInput, JourneyChange, true),
  'item.move': op(ItemMoveInput, JourneyChange, true),
  'item.delete': op(EntityIdInput, JourneyChange, true),
  'item.restore': op(EntityIdInput, JourneyChange, true),
  'item.fromHighlight': op(ItemFromHighlightInput, JourneyChange, true),

  'emotion.set': op(EmotionSetInput, JourneyChange, true),
  'evidence.link': op(EvidenceLinkInput, JourneyChange, true),
  'evidence.unlink': op(EvidenceLinkInput, JourneyChange, true),
} as const;

export type Operations = typeof operations;
export type OpName = keyof Operations;
export type OpInput<K extends OpName> = z.input<Operations[K]['input']>;
export type OpParsedInput<K extends OpName> = z.output<Operations[K]['input']>;
export type OpOutput<K extends OpName> = z.output<Operations[K]['output']>;

export const opNames = Object.keys(operations) as OpName[];

export const isOpName = (name: string): name is OpName => Object.hasOwn(operations, name);
