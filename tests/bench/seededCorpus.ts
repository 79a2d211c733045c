import type { NotesDocument } from '../../shared/schema/notes';

/** mulberry32: a tiny seeded generator, so every run builds the very same project. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POLISH =
  'samochód cena jazda próbna salon źródło finansowania leasing raty gotówka klient sprzedawca decyzja zakup opinia rekomendacja serwis gwarancja dostawa paczkomat kurier płatność karta przelew łódź kraków wrocław gdańsk żółty zielony szybki wolny drogi tani rodzina dzieci bagażnik spalanie elektryczny hybryda ładowanie zasięg bezpieczeństwo wygoda komfort wnętrze fotel kierownica nawigacja aplikacja telefon mail formularz strona internetowa porównanie oferta rabat promocja termin oczekiwanie frustracja zadowolenie zaufanie obawa pytanie odpowiedź wizyta konsultant doradca kontakt infolinia czat wiadomość sms kod qr reklama wyszukiwarka znajomi forum blog media społecznościowe sklep stacjonarny odbiór osobisty zwrot reklamacja ocena lojalność polecenie'.split(
    ' ',
  );
const ENGLISH =
  'car price test drive showroom source financing lease instalment cash customer salesperson decision purchase review recommendation service warranty delivery parcel locker courier payment card transfer family children boot fuel electric hybrid charging range safety comfort interior seat navigation app phone email form website comparison offer discount promotion waiting frustration satisfaction trust worry question answer visit consultant advisor contact hotline chat message ad search friends forum blog social store pickup return complaint rating loyalty referral'.split(
    ' ',
  );

export const VOCABULARY = [...POLISH, ...ENGLISH];

/** Paragraphs of ~80 words, `words` words in all, Polish and English mixed. */
export function generatedParagraphs(random: () => number, words: number): string[] {
  const paragraphs: string[] = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, 60 + Math.floor(random() * 40));
    const lang = random() < 0.6 ? POLISH : ENGLISH;
    const ws = Array.from({ length: n }, () => lang[Math.floor(random() * lang.length)]!);
    ws[0] = ws[0]![0]!.toUpperCase() + ws[0]!.slice(1);
    paragraphs.push(`${ws.join(' ')}.`);
    left -= n;
  }
  return paragraphs;
}

/** An interview note of plain paragraphs. */
export function noteOf(paragraphs: string[]): NotesDocument {
  return {
    format: 'journey-studio/notes',
    version: 1,
    editorState: {
      root: {
        type: 'root',
        version: 1,
        children: paragraphs.map((p) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', text: p, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] })),
      },
    },
  };
}

/** One interview note of `words` words, in paragraphs of ~80 words, Polish and English mixed. */
export const generatedNote = (random: () => number, words: number): NotesDocument => noteOf(generatedParagraphs(random, words));

/** 100 queries as people type them: bare words without diacritics, prefixes, and phrases. */
export function benchQueries(random: () => number): string[] {
  const strip = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
  return Array.from({ length: 100 }, (_, i) => {
    if (i % 4 === 0) return strip(pick());
    if (i % 4 === 1) return pick().slice(0, 4);
    if (i % 4 === 2) return `${strip(pick())} ${strip(pick())}`;
    return `"${pick()} ${pick()}"`;
  });
}
