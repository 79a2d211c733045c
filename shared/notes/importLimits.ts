export const IMPORT_FORMATS = ['txt', 'md', 'docx', 'vtt', 'srt'] as const;
/** Larger files are refused before anything is read: a transcript or a report is far smaller. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
