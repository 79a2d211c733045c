import type { OpName } from '../../shared/operations';

/**
 * Queries that can take long on a big project (search, the lists, a whole map): they run on a
 * read-only connection in a thread of their own, so they never wait behind writes and writes never
 * wait behind them. Each reads what is committed when it starts. Other queries stay on the writer,
 * some because they may store what they derive (note.open builds a note's first Yjs state).
 */
export const readerOps: ReadonlySet<OpName> = new Set<OpName>([
  'search.query',
  'persona.list',
  'interview.list',
  'tag.list',
  'highlight.list',
  'journey.list',
  'journey.get',
]);
