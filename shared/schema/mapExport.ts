import { z } from 'zod';
import { FilePath, Id } from './common';
import { JobId } from './bundle';

export const MapExportFormat = z.enum(['pdf', 'png', 'svg', 'csv', 'md']);
export type MapExportFormat = z.infer<typeof MapExportFormat>;
export const Paper = z.enum(['a4', 'a3', 'a2']);

export const MapExportInput = z
  .object({
    /** The project file the map is in: the open one or any other; it is only read. */
    project: FilePath,
    mapId: Id,
    format: MapExportFormat,
    /** For a PDF: the landscape sheet it is printed on, tiled over several when the map needs it. */
    paper: Paper.default('a3'),
    /** The file to write; an existing one is refused, not overwritten. */
    out: FilePath,
    jobId: JobId.optional(),
  })
  .strict();

export const MapExported = z.object({ path: FilePath, format: MapExportFormat, pages: z.number().int().positive() });
export type MapExported = z.infer<typeof MapExported>;
