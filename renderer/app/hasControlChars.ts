/** Control characters break one-line names (titles, sticky notes, file names); C0 and DEL are refused. */
export function hasControlChars(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
