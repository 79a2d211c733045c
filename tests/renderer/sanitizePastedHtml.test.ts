// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableJavaScriptEvaluation":true,"disableJavaScriptFileLoading":true,"disableCSSFileLoading":true,"disableIframePageLoading":true}}
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { createHeadlessEditor } from '@lexical/headless';
import { $generateNodesFromDOM } from '@lexical/html';
import { $createParagraphNode, $getRoot, $getSelection, $isRangeSelection, type SerializedLexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { noteNodes } from '../../shared/notes/noteNodes';
import { makeHappyDomBrowserLike } from './support/makeHappyDomBrowserLike';

// Before the sanitiser's import brings DOMPurify in.
makeHappyDomBrowserLike();
const { sanitizePastedHtml } = await import('../../renderer/editor/sanitizePastedHtml');

// Shaped like Chrome's text/html clipboard flavour when copying from a Google Doc: every run a span with the full style.
const span = (text: string, extra = 'font-weight:400;font-style:normal;text-decoration:none;') =>
  `<span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;${extra}font-variant:normal;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">${text}</span>`;
const docsParagraph = (runs: string) => `<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">${runs}</p>`;
const docsItem = (runs: string) =>
  `<li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation">${runs}</p></li>`;
const GOOGLE_DOCS = [
  '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-3f1a2b4c-7fff-d2e1-9a6b-0c1d2e3f4a5b">',
  `<h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;">${span('Wywiad z Anną', 'font-size:16pt;font-weight:400;font-style:normal;text-decoration:none;')}</h2>`,
  docsParagraph(
    span('Klientka mówi o ') +
      span('cenie', 'font-weight:700;font-style:normal;text-decoration:none;') +
      span(', o ') +
      span('jeździe próbnej', 'font-weight:400;font-style:italic;text-decoration:none;') +
      span(' i o ') +
      span('serwisie', 'font-weight:400;font-style:normal;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;') +
      span('. Więcej: ') +
      `<a href="https://example.com/raport" style="text-decoration:none;">${span('raport', 'font-weight:400;font-style:normal;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;color:#1155cc;')}</a>`,
  ),
  '<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">',
  docsItem(span('Cena za wysoka')),
  docsItem(span('Brak', 'font-weight:700;font-style:normal;text-decoration:none;') + span(' jazdy próbnej')),
  '</ul><br /></b>',
].join('');

// Shaped like Word's clipboard HTML: a whole document, list glyphs in mso-list:Ignore spans behind downlevel-revealed conditionals.
const wordItem = (list: string, level: number, glyph: string, text: string, place = 'Middle') =>
  `<p class=MsoListParagraphCxSp${place} style='text-indent:-18.0pt;mso-list:${list} level${level} lfo${list === 'l0' ? 1 : 2}'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>${glyph}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>\r\n`;
const WORD = [
  '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\r\n',
  '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">\r\n',
  '<style>\r\n<!--\r\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\r\n@list l0:level1 {mso-level-number-format:bullet; mso-level-text:\\F0B7;}\r\n-->\r\n</style></head>\r\n',
  "<body lang=PL style='tab-interval:35.4pt;word-wrap:break-word'>\r\n<!--StartFragment-->\r\n",
  "<h1>Notatki z wywiadu<o:p></o:p></h1>\r\n",
  "<p class=MsoNormal>Klient mówi o <b style='mso-bidi-font-weight:normal'>cenie</b> i <span style='font-weight:bold;mso-bidi-font-weight:normal'>jeździe</span> próbnej.<o:p></o:p></p>\r\n",
  wordItem('l0', 1, '·', 'Cena', 'First'),
  wordItem('l0', 2, 'o', 'Rabat dla <b>floty</b>'),
  wordItem('l0', 1, '·', 'Serwis', 'Last'),
  "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n",
  wordItem('l1', 1, '1.', 'Pierwszy krok', 'First'),
  wordItem('l1', 1, '2.', 'Drugi krok', 'Last'),
  "<p class=MsoNormal><i style='mso-bidi-font-style:normal'>Koniec</i> notatek.<o:p></o:p></p>\r\n",
  '<!--EndFragment-->\r\n</body>\r\n</html>',
].join('');

const HOSTILE_PAGE = [
  '<div style="font-family:Georgia;color:#333">',
  '<h3 style="color:red;font-size:30px">Nagłówek</h3>',
  '<p onclick="alert(1)" style="font-weight:bold">Ważne <img src="https://tracker.example/pixel.png" onerror="alert(2)"> ',
  '<a href="javascript:alert(3)" style="font-style:italic">klik</a> <a href="https://example.com/a" onmouseover="alert(5)">strona</a></p>',
  '<script>alert(4)</script><style>p{color:red}</style><svg onload="alert(6)"><a href="javascript:alert(7)">svg</a></svg>',
  '<blockquote style="font-style:italic;background:url(https://tracker.example/bg.png)">Cytat</blockquote>',
  '</div>',
].join('');

interface Run { text: string; bold: boolean; italic: boolean; underline: boolean; path: string }
type NoteJson = SerializedLexicalNode & { children?: NoteJson[]; text?: string; format?: number; tag?: string; listType?: string; url?: string };

/** The note a paste would make: sanitised as SafePastePlugin does, then Lexical's own HTML import into an empty note. */
function pasteIntoNote(html: string): NoteJson {
  const editor = createHeadlessEditor({ nodes: noteNodes, onError: (e) => { throw e; } });
  editor.update(
    () => {
      const dom = new DOMParser().parseFromString(sanitizePastedHtml(html), 'text/html');
      const nodes = $generateNodesFromDOM(editor, dom);
      const paragraph = $createParagraphNode();
      $getRoot().clear().append(paragraph);
      paragraph.select();
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $insertGeneratedNodes(editor, nodes, selection);
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON().root as unknown as NoteJson;
}

function runsOf(node: NoteJson, path = ''): Run[] {
  const here = path ? `${path}>${node.listType ?? node.tag ?? node.type}` : node.type;
  if (node.type === 'text') {
    const format = node.format ?? 0;
    return [{ text: node.text ?? '', bold: (format & 1) !== 0, italic: (format & 2) !== 0, underline: (format & 8) !== 0, path }];
  }
  return (node.children ?? []).flatMap((child) => runsOf(child, here));
}

const plain = { bold: false, italic: false, underline: false };
const runNamed = (runs: Run[], text: string) => {
  const found = runs.filter((r) => r.text.trim() === text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('sanitizePastedHtml', () => {
  it('a Google Docs paste is not all bold: emphasis follows the runs, the wrapper goes', () => {
    const html = sanitizePastedHtml(GOOGLE_DOCS);
    expect(html).not.toMatch(/style=|docs-internal-guid|data-paste/i);
    expect(html).not.toMatch(/^\s*<b>/);
    const runs = runsOf(pasteIntoNote(GOOGLE_DOCS));
    expect(runNamed(runs, 'Wywiad z Anną')).toMatchObject({ ...plain, path: 'root>h2' });
    expect(runNamed(runs, 'Klientka mówi o')).toMatchObject(plain);
    expect(runNamed(runs, 'cenie')).toMatchObject({ ...plain, bold: true });
    expect(runNamed(runs, 'jeździe próbnej')).toMatchObject({ ...plain, italic: true });
    expect(runNamed(runs, 'serwisie')).toMatchObject({ ...plain, underline: true });
    // Docs underlines link text with a style; the link itself says it is a link.
    expect(runNamed(runs, 'raport')).toMatchObject({ ...plain, path: 'root>paragraph>link' });
    expect(runNamed(runs, 'Cena za wysoka')).toMatchObject({ ...plain, path: 'root>bullet>listitem' });
    expect(runNamed(runs, 'Brak')).toMatchObject({ ...plain, bold: true, path: 'root>bullet>listitem' });
    expect(runNamed(runs, 'jazdy próbnej')).toMatchObject(plain);
    expect(runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['cenie', 'Brak']);
  });

  it('a Word paste keeps its lists as lists, without the glyphs, and its bold runs', () => {
    const html = sanitizePastedHtml(WORD);
    expect(html).not.toMatch(/style=|data-paste|mso-|MsoList|·/i);
    const root = pasteIntoNote(WORD);
    const runs = runsOf(root);
    expect(runs.map((r) => r.text).join('|')).not.toMatch(/[·§]|(^|\|)(o|1\.|2\.)\s/);
    expect(runNamed(runs, 'Klient mówi o')).toMatchObject(plain);
    expect(runNamed(runs, 'cenie')).toMatchObject({ ...plain, bold: true });
    expect(runNamed(runs, 'jeździe')).toMatchObject({ ...plain, bold: true });
    expect(runNamed(runs, 'Koniec')).toMatchObject({ ...plain, italic: true });
    expect(runNamed(runs, 'Cena')).toMatchObject({ ...plain, path: 'root>bullet>listitem' });
    expect(runNamed(runs, 'Rabat dla')).toMatchObject({ ...plain, path: 'root>bullet>listitem>bullet>listitem' });
    expect(runNamed(runs, 'floty')).toMatchObject({ ...plain, bold: true, path: 'root>bullet>listitem>bullet>listitem' });
    expect(runNamed(runs, 'Serwis')).toMatchObject({ path: 'root>bullet>listitem' });
    expect(runNamed(runs, 'Pierwszy krok')).toMatchObject({ path: 'root>number>listitem' });
    expect(runNamed(runs, 'Drugi krok')).toMatchObject({ path: 'root>number>listitem' });
    const lists = (root.children ?? []).filter((block) => block.type === 'list').map((list) => `${list.listType}:${list.children?.length}`);
    // Rabat's sub-list sits in a list item of its own, as Lexical nests lists.
    expect(lists).toEqual(['bullet:3', 'number:2']);
    expect(runNamed(runs, 'Notatki z wywiadu')).toMatchObject({ path: 'root>h1' });
  });

  it('a hostile web page keeps its structure and emphasis, and loses scripts, handlers, styles, remote images and javascript: links', () => {
    const html = sanitizePastedHtml(HOSTILE_PAGE);
    expect(html).not.toMatch(/<script|<style|<svg|<img|\bon\w+=|javascript:|alert|style=|tracker|data-paste/i);
    expect(html).toContain('<a href="https://example.com/a">strona</a>');
    const runs = runsOf(pasteIntoNote(HOSTILE_PAGE));
    expect(runNamed(runs, 'Nagłówek')).toMatchObject({ ...plain, path: 'root>h3' });
    expect(runNamed(runs, 'Ważne')).toMatchObject({ ...plain, bold: true });
    expect(runNamed(runs, 'klik')).toMatchObject({ bold: true, italic: true });
    expect(runNamed(runs, 'strona')).toMatchObject({ bold: true, path: 'root>paragraph>link' });
    expect(runNamed(runs, 'Cytat')).toMatchObject({ ...plain, italic: true, path: 'root>quote' });
  });

  it('unwraps only the b, strong, i, em and u that a style cancels, and only where the style is its own', () => {
    const html = sanitizePastedHtml(
      '<strong style="font-weight:400">a</strong><b style="font-weight:500;font-style:italic">b</b><em style="font-style:normal">c</em>' +
        '<u style="text-decoration:none">d</u><span style="font-weight:normal">e</span><b>f</b><i style="mso-bidi-font-style:normal">g</i>',
    );
    expect(html).toBe('a<i>b</i>cd<span>e</span><b>f</b><i>g</i>');
  });
});
