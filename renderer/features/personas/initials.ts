/** Two letters for an avatar: "Anna Kowalska" → "AK", "Łukasz" → "Ł". Locale-aware upper case keeps Polish letters right. */
export function initials(name: string, locale: string): string {
  // "Anna, first-time buyer" is Anna: the description after a comma is not part of the name.
  const person = name.split(',')[0] ?? name;
  const words = person.trim().split(/[\s,.\-–—]+/u).filter(Boolean);
  const letters = words.slice(0, 2).map((w) => Array.from(w)[0] ?? '');
  return letters.join('').toLocaleUpperCase(locale);
}

/** A stable colour slot per persona, so the same person keeps the same colour across sessions. */
export function avatarSlot(id: string, slots = 6): number {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return (hash % slots) + 1;
}
