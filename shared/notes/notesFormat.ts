/** The envelope around a note's Lexical state; the version is what a future migration reads. */
export const NOTES_FORMAT = 'journey-studio/notes';
export const NOTES_VERSION = 1;
