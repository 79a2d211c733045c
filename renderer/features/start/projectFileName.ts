import { hasControlChars } from '../../app/hasControlChars';
import type { PROJECT_EXTENSION as SharedExtension } from '../../../shared/schema/project';

// A local copy, checked against the shared one by type: importing the schema module would bundle zod.
const PROJECT_EXTENSION: typeof SharedExtension = '.cjstudio';

export type ProjectNameProblem = 'empty' | 'tooLong' | 'badChars';

/** Characters that would make a bare name a path, or that Windows refuses in file names. */
const FORBIDDEN = /[/\\:*?"<>|]/;

export function projectNameProblem(raw: string): ProjectNameProblem | null {
  const name = raw.trim();
  if (!name) return 'empty';
  if (name.length > 200) return 'tooLong';
  if (FORBIDDEN.test(name) || hasControlChars(name) || name === '.' || name === '..') return 'badChars';
  return null;
}

/** The core puts a bare file name into the projects folder, so the name is all that is sent. */
export function projectFileName(raw: string): string {
  const name = raw.trim();
  return name.toLowerCase().endsWith(PROJECT_EXTENSION) ? name : `${name}${PROJECT_EXTENSION}`;
}
