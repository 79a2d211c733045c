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
  RecentProject,
  Settings,
  SettingsUpdateInput,
} from './schema/project';

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

  'persona.list': op(Empty, z.array(Persona), true),
  'persona.create': op(PersonaCreateInput, Persona, true),
  'persona.rename': op(PersonaRenameInput, Persona, true),
  'persona.delete': op(PersonaIdInput, z.object({ id: Id }), true),
  'persona.restore': op(PersonaIdInput, Persona, true),
  'persona.reorder': op(PersonaReorderInput, z.array(Persona), true),
} as const;

export type Operations = typeof operations;
export type OpName = keyof Operations;
export type OpInput<K extends OpName> = z.input<Operations[K]['input']>;
export type OpParsedInput<K extends OpName> = z.output<Operations[K]['input']>;
export type OpOutput<K extends OpName> = z.output<Operations[K]['output']>;

export const opNames = Object.keys(operations) as OpName[];

export const isOpName = (name: string): name is OpName => Object.hasOwn(operations, name);
