import { z } from 'zod';
import { FilePath, IsoDate, Lang, Theme } from './common';
import { plainText } from './plainText';

export const PROJECT_EXTENSION = '.cjstudio';

export const ProjectCounts = z.object({
  personas: z.number().int().nonnegative(),
  interviews: z.number().int().nonnegative(),
  maps: z.number().int().nonnegative(),
});

export const ProjectInfo = z.object({
  path: FilePath,
  name: z.string(),
  schemaVersion: z.number().int().positive(),
  appSchemaVersion: z.number().int().positive(),
  lang: Lang,
  createdAt: IsoDate,
  counts: ProjectCounts,
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

export const ProjectCreateInput = z
  .object({
    /** Full path, or a bare file name placed in the projects folder. */
    path: FilePath,
    sample: z.boolean().default(false),
    lang: Lang.optional(),
  })
  .strict();

export const ProjectOpenInput = z.object({ path: FilePath }).strict();

/** Opens a project whose lock names a holder that cannot be checked from here (another machine). */
export const ProjectTakeOverInput = z.object({ path: FilePath }).strict();

export const ProjectCheckOutput = z.object({
  path: FilePath,
  schemaVersion: z.number().int().nonnegative(),
  problems: z.array(z.string()),
});

export const RecentProject = z.object({
  path: FilePath,
  name: z.string(),
  openedAt: IsoDate,
  exists: z.boolean(),
});
export type RecentProject = z.infer<typeof RecentProject>;

export const Settings = z.object({
  lang: Lang,
  theme: Theme,
});
export type Settings = z.infer<typeof Settings>;

export const SettingsUpdateInput = z
  .object({ lang: Lang.optional(), theme: Theme.optional() })
  .strict();

/** The kinds of file the studio picks: a project, or a bundle of one. */
export const PickedFile = z.enum(['project', 'bundle']);
export type PickedFile = z.infer<typeof PickedFile>;

export const BrowseInput = z.object({ dir: FilePath.optional(), show: PickedFile.default('project') }).strict();
export const BrowseEntry = z.object({
  name: z.string(),
  path: FilePath,
  kind: z.enum(['dir', 'project', 'bundle']),
});
export type BrowseEntry = z.infer<typeof BrowseEntry>;
export const BrowseOutput = z.object({
  dir: FilePath,
  parent: FilePath.nullable(),
  projectsDir: FilePath,
  entries: z.array(BrowseEntry),
});
export type BrowseOutput = z.infer<typeof BrowseOutput>;

/** Native file dialogs exist only in the desktop shell; the browser studio answers `unsupported`. */
export const DialogInput = z
  .object({ kind: z.enum(['open', 'save']), file: PickedFile.default('project'), suggestedName: plainText(z.string().max(255), 'one').optional() })
  .strict();
export const DialogOutput = z.object({ path: FilePath.nullable() });
