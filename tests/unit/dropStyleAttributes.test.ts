import { describe, expect, it } from 'vitest';
import { dropStyleAttributes } from '../../renderer/editor/dropStyleAttributes';

describe('dropStyleAttributes', () => {
  it('removes style attributes in any form and keeps every other byte', () => {
    expect(dropStyleAttributes('<p id=a style="color:red" class=b>tekst</p>')).toBe('<p id=a  class=b>tekst</p>');
    expect(dropStyleAttributes("<SPAN STYLE='x'>a</SPAN><br/style=z>")).toBe('<SPAN >a</SPAN><br/>');
    expect(dropStyleAttributes('<p style>pusty</p>')).toBe('<p >pusty</p>');
  });

  it('leaves "style=" alone where the HTML parser reads text', () => {
    const text = [
      'W notatce: style="bold" i <b>pogrubienie</b>',
      '<textarea><b style=x></textarea>',
      '<title>a <i style=y></title>',
      '<script>"<u style=1>"</script>',
      '<!-- <p style=c> -->',
      '<svg><![CDATA[<b style=x>]]></svg>',
    ];
    for (const html of text) expect(dropStyleAttributes(html)).toBe(html);
  });

  it('finds the tags that follow text-only elements', () => {
    expect(dropStyleAttributes('<textarea><b style=x></textarea><i style=y>z</i>')).toBe('<textarea><b style=x></textarea><i >z</i>');
    expect(dropStyleAttributes('<svg style=a><rect style="b"/></svg><p style=c>')).toBe('<svg ><rect /></svg><p >');
  });

  it('puts what replace answers, given the tag and the style, where each style attribute was', () => {
    const seen: string[] = [];
    const html = dropStyleAttributes("<p style=\"a:1\">x</p><B STYLE='font-weight:700'>y</B><textarea><i style=z></textarea>", (tagName, css) => {
      seen.push(`${tagName}|${css}`);
      return tagName === 'b' ? 'data-x="b"' : '';
    });
    expect(html).toBe('<p >x</p><B data-x="b">y</B><textarea><i style=z></textarea>');
    expect(seen).toEqual(['p|a:1', 'b|font-weight:700']);
  });

  it('returns input without style attributes unchanged, including broken markup', () => {
    for (const html of ['', 'zwykły tekst', '<p>bez styli</p>', '<p <<>> </', '<a href="x">link']) expect(dropStyleAttributes(html)).toBe(html);
  });
});
