import { z } from 'zod';
import { FilePath, Id, IsoDate } from './common';
import { ProjectInfo } from './project';

/**
 * A project bundle: one zip a colleague can be sent. Its manifest names every other entry with
 * its size and SHA-256; the database is a consistent snapshot of the project; report/ holds what
 * anyone can open without the studio.
 */
export const BUNDLE_EXTENSION = '.cjbundle';
export const BUNDLE_FORMAT = 'journey-studio-bundle';
/** Bundles of a later format are refused with "made by a newer Journey Studio". */
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_MANIFEST = 'manifest.json';
export const BUNDLE_DATABASE = 'project.cjstudio';

/** What a bundle from anyone may hold at most; past any of them it is refused unread. */
export const BUNDLE_LIMITS = {
  entries: 500,
  manifestBytes: 1024 * 1024,
  /** Uncompressed, all entries together: the database and its report. */
  totalBytes: 4 * 1024 * 1024 * 1024,
  /** Uncompressed over compressed size, for an entry big enough to matter (a zip bomb's tell). */
  ratio: 200,
  ratioFloorBytes: 1024 * 1024,
  nameChars: 200,
} as const;

/**
 * An entry's name: relative, forward slashes, plain segments. No `..`, no absolute path, no
 * backslash, no drive letter, nothing a file system would read as something else.
 */
export const BundlePath = z
  .string()
  .max(BUNDLE_LIMITS.nameChars)
  .regex(/^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/, 'bundle_path');

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Count = z.number().int().nonnegative();

export const BundleEntry = z.object({ path: BundlePath, sha256: Sha256, size: Count }).strict();
export type BundleEntry = z.infer<typeof BundleEntry>;

export const BundleCounts = z
  .object({ personas: Count, interviews: Count, maps: Count, highlights: Count, tags: Count })
  .strict();
export type BundleCounts = z.infer<typeof BundleCounts>;

export const BundleManifest = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.number().int().positive(),
    appVersion: z.string().max(40),
    createdAt: IsoDate,
    project: z.object({ id: Id, name: z.string().max(200), schemaVersion: z.number().int().positive() }).strict(),
    counts: BundleCounts,
    entries: z.array(BundleEntry).min(1).max(BUNDLE_LIMITS.entries),
  })
  .strict();
export type BundleManifest = z.infer<typeof BundleManifest>;

/** A long task's id, made by the client that starts it, so it can follow its progress and cancel it. */
export const JobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const BundleExportInput = z
  .object({
    /** The project file to bundle: the open one or any other; it is only read. */
    project: FilePath,
    /** The bundle to write; an existing file is refused, not overwritten. */
    out: FilePath,
    jobId: JobId.optional(),
  })
  .strict();

export const BundleExported = z.object({ path: FilePath, bytes: Count, entries: Count });
export type BundleExported = z.infer<typeof BundleExported>;

export const BundleVerifyInput = z.object({ path: FilePath, jobId: JobId.optional() }).strict();

/** What a bundle says of itself once every check passed. */
export const BundleSummary = z.object({
  path: FilePath,
  name: z.string(),
  createdAt: IsoDate,
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  counts: BundleCounts,
});
export type BundleSummary = z.infer<typeof BundleSummary>;

export const BundleImportInput = z
  .object({
    bundle: FilePath,
    /** The new project: a full path, or a bare name placed in the projects folder. */
    path: FilePath,
    jobId: JobId.optional(),
  })
  .strict();

export const BundleImported = ProjectInfo;

export const JobCancelInput = z.object({ jobId: JobId }).strict();
