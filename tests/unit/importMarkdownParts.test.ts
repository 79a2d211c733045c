import { describe, expect, it } from 'vitest';
import { markdownParts } from '../../main/core/notes/import/markdownParts';
import { markdownToNotes } from '../../main/core/notes/import/markdownToNotes';
import { NoteBudget } from '../../main/core/notes/import/noteBudget';

const whole = (markdown: string) => markdownToNotes(markdown, new NoteBudget(), Infinity);
// Parts of one character: a cut at every place the splitter deems safe.
const cutEverywhere = (markdown: string) => markdownToNotes(markdown, new NoteBudget(), 1);

const documents: Record<string, string> = {
  'fenced code holding a blank line and lines at the first column': 'Wstęp\n\n```\nkod\n\nto nie akapit\n- ani lista\n```\n\nPo kodzie\n\n~~~~\n~~~\n\nwciąż kod\n~~~~\n\nKoniec',
  'a script block running over blank lines': 'Przed\n\n<script>\nzło()\n\nnadal skrypt\n</script>\n\nPo skrypcie\n\n<STYLE>\np{}\n\nq{}\n</style>\n\nDalej',
  'an HTML comment and CDATA over blank lines': 'A\n\n<!-- komentarz\n\nwciąż komentarz -->\n\nB\n\n<![CDATA[\n\nx\n]]>\n\nC',
  'a loose list with blank lines between items': '- jeden\n\n- dwa\n\n  drugi akapit dwójki\n\n- trzy\n\n1. raz\n\n2. dwa\n\nKoniec listy',
  'indented code and nested quotes': 'Tekst\n\n    kod\n\n    dalej kod\n\n> cytat\n>\n> > głębiej\n\nPo cytacie',
  'a line of non-breaking spaces inside a paragraph': 'pierwsza\n\u00a0\ndruga linia\n\nnowy akapit',
  'reference links defined after their use': 'Zobacz [stronę][s].\n\nDalej tekst.\n\n[s]: https://example.com',
};

describe('a long Markdown text is read in parts, each parsing as within the whole', () => {
  it.each(Object.entries(documents))('%s', (_what, markdown) => {
    expect(cutEverywhere(markdown)).toEqual(whole(markdown));
  });

  it('cuts only where every block has ended', () => {
    expect(markdownParts(documents['fenced code holding a blank line and lines at the first column']!, 1)).toEqual([
      'Wstęp\n\n',
      '```\nkod\n\nto nie akapit\n- ani lista\n```\n\n',
      'Po kodzie\n\n',
      '~~~~\n~~~\n\nwciąż kod\n~~~~\n\n',
      'Koniec',
    ]);
    expect(markdownParts(documents['a loose list with blank lines between items']!, 1)).toEqual(['- jeden\n\n- dwa\n\n  drugi akapit dwójki\n\n- trzy\n\n1. raz\n\n2. dwa\n\n', 'Koniec listy']);
    expect(markdownParts(documents['reference links defined after their use']!, 1)).toHaveLength(1);
  });

  it('notes of many sections come out as read whole', () => {
    const section = (i: number) =>
      `## Rozmowa ${i}\n\nKlient mówi, że **cena** jest najważniejsza;\njazda próbna przekonała go do [oferty](https://example.com/${i}).\n\n` +
      `- wrażenie: „miła obsługa”\n- czekanie: za długie\n  - dwa tygodnie\n\n> Nie lubię czekać.\n\n\`\`\`\nnotatka\n\n# nie nagłówek\n\`\`\`\n\n`;
    const markdown = Array.from({ length: 200 }, (_, i) => section(i)).join('');
    expect(markdownParts(markdown, 2_000).length).toBeGreaterThan(10);
    expect(markdownToNotes(markdown, new NoteBudget(), 2_000)).toEqual(whole(markdown));
  });
});
