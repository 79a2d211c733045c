export const IMPORT_FORMATS = ['txt', 'md', 'docx', 'odt', 'vtt', 'srt'] as const;
/** Larger files are refused before anything is read: a transcript or a report is far smaller. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/**
 * Parsing one imported file may take this long, its thread's start included, so that with the
 * write after it every import is answered or refused within five seconds.
 */
export const IMPORT_TIME_LIMIT_MS = 3_500;
/** The heap a parse may use: a 20 MB file that needs more is built to hurt, not to be read. */
export const IMPORT_MEMORY_MB = 512;
