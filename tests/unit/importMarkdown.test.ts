import { describe, expect, it } from 'vitest';
import { markdownToNotes } from '../../main/core/notes/import/markdownToNotes';
import { readNotes } from '../../main/core/notes/readNotes';
import type { LexicalNodeJson } from '../../shared/schema/notes';

const blocksOf = (markdown: string) => markdownToNotes(markdown).editorState.root.children as LexicalNodeJson[];
const textOf = (markdown: string) => readNotes(markdownToNotes(markdown)).text;
const strip = (node: LexicalNodeJson): unknown =>
  node.type === 'text' ? [node.text, node.format] : node.type === 'linebreak' ? '\n' : { [node.type]: node.children?.map(strip) ?? [] };

describe('Markdown read as CommonMark into the editor nodes', () => {
  it('a soft line break is a space, a hard one (two spaces or a backslash) stays a line break', () => {
    expect(blocksOf('jeden\ndwa  \ntrzy\\\ncztery').map(strip)).toEqual([{ paragraph: [['jeden dwa', 0], '\n', ['trzy', 0], '\n', ['cztery', 0]] }]);
  });

  it('bold, italic and code are formats of the text, runs of one format are one text node', () => {
    expect(blocksOf('a **b** *c* ***d*** `e` f').map(strip)).toEqual([
      { paragraph: [['a ', 0], ['b', 1], [' ', 0], ['c', 2], [' ', 0], ['d', 3], [' ', 0], ['e', 16], [' f', 0]] },
    ]);
  });

  it('headings keep their level; a code block is a plain paragraph of its lines; rules and HTML go', () => {
    const blocks = blocksOf('## Dwa\n\n```js\nlet a;\nlet b;\n```\n\n---\n\n<div>\nukryte\n</div>\n\n<style>p{}</style>\n\nKoniec');
    expect(blocks.map((b) => [b.type, b.tag])).toEqual([['heading', 'h2'], ['paragraph', undefined], ['paragraph', undefined]]);
    expect(strip(blocks[1]!)).toEqual({ paragraph: [['let a;', 0], '\n', ['let b;', 0]] });
  });

  it('web, e-mail and reference links are kept with rel=noreferrer; others keep only their words', () => {
    const [paragraph] = blocksOf('[a](https://a.example "T") [b](mailto:b@example.com) [c][ref] [d](javascript:alert(1)) [e](file:///etc/passwd)\n\n[ref]: http://c.example');
    const links = paragraph!.children!.filter((n) => n.type === 'link');
    expect(links.map((l) => [l.url, l.rel, l.title])).toEqual([
      ['https://a.example', 'noreferrer', 'T'],
      ['mailto:b@example.com', 'noreferrer', null],
      ['http://c.example', 'noreferrer', null],
    ]);
    expect(readNotes(markdownToNotes('[d](javascript:alert(1)) [e](file:///x)')).text).toBe('d e');
  });

  it('images leave nothing, not even an empty paragraph; their alt text goes with them', () => {
    expect(blocksOf('![zdjęcie](https://cdn.example/a.jpg)\n\nTekst ![x](data:image/png;base64,AAAA) dalej').map(strip)).toEqual([{ paragraph: [['Tekst  dalej', 0]] }]);
  });

  it('lists nest as the editor nests them: a nested list in an item of its own, numbered as the next item', () => {
    const [list] = blocksOf('3. trzy\n   - pod\n4. cztery\n\n   drugi akapit');
    expect(list).toMatchObject({ type: 'list', listType: 'number', start: 3, tag: 'ol' });
    expect(list!.children!.map((item) => [item.value, item.indent, strip(item)])).toEqual([
      [3, 0, { listitem: [['trzy', 0]] }],
      [4, 0, { listitem: [{ list: [{ listitem: [['pod', 0]] }] }] }],
      [4, 0, { listitem: [['cztery', 0], '\n', ['drugi akapit', 0]] }],
    ]);
    expect(list!.children![1]!.children![0]).toMatchObject({ listType: 'bullet', tag: 'ul', children: [{ indent: 1 }] });
  });

  it('quotes hold their words; a quote of two paragraphs is two quotes', () => {
    expect(blocksOf('> Cytat\n> dalej\n>\n> drugi').map(strip)).toEqual([{ quote: [['Cytat dalej', 0]] }, { quote: [['drugi', 0]] }]);
  });

  it('the result passes the notes schema and its text reads as the file', () => {
    expect(textOf('# Tytuł\n\nZdanie o *ważnej* sprawie.\n\n- punkt')).toBe('Tytuł\nZdanie o ważnej sprawie.\npunkt');
  });

  it('a list nested 5,000 levels deep is refused as too deep, quickly and without recursing into it', () => {
    const markdown = Array.from({ length: 5_000 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n');
    const started = performance.now();
    expect(() => markdownToNotes(markdown)).toThrow(expect.objectContaining({ code: 'import_refused', params: { details: 'validation.notes_too_deep' } }));
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a list nested as deep as a note may be goes in whole', () => {
    const depth = 40;
    const markdown = Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}- poziom ${i}`).join('\n');
    expect(textOf(markdown).split('\n')).toEqual(Array.from({ length: depth }, (_, i) => `poziom ${i}`));
  });
});
