import { describe, expect, it } from 'vitest';
import { pasteMarksAttribute } from '../../renderer/editor/pasteMarksAttribute';

const marks = (tagName: string, css: string) => /^data-paste-marks="([^"]*)"$/.exec(pasteMarksAttribute(tagName, css))?.[1] ?? '';
const DOCS_RUN = 'font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre-wrap;';

describe('pasteMarksAttribute', () => {
  it('marks emphasis a style gives, in the ways Google Docs and web pages write it', () => {
    expect(marks('span', DOCS_RUN)).toBe('');
    expect(marks('span', `${DOCS_RUN}font-weight:700;`)).toBe('b');
    expect(marks('span', 'font-weight: bold')).toBe('b');
    expect(marks('span', 'font-weight:600')).toBe('b');
    expect(marks('span', 'font-weight:500')).toBe('');
    expect(marks('span', 'font-style:italic')).toBe('i');
    expect(marks('span', 'font-style:oblique 10deg')).toBe('i');
    expect(marks('span', 'text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none')).toBe('u');
    expect(marks('p', 'text-decoration-line:underline line-through;font-weight:bold;font-style:italic')).toBe('b i u');
  });

  it('unwraps a b, strong, i, em or u that its own style cancels, such as the Google Docs wrapper', () => {
    expect(marks('b', 'font-weight:normal;')).toBe('unwrap');
    expect(marks('strong', 'font-weight:400')).toBe('unwrap');
    expect(marks('b', 'font-weight:normal;font-style:italic')).toBe('i unwrap');
    expect(marks('em', 'font-style:normal')).toBe('unwrap');
    expect(marks('u', 'text-decoration:none')).toBe('unwrap');
    expect(marks('b', 'font-weight:700')).toBe('');
    expect(marks('span', 'font-weight:normal')).toBe('');
  });

  it("reads only the property itself: Word's mso-bidi-font-weight:normal leaves its b bold", () => {
    expect(marks('b', 'mso-bidi-font-weight:normal')).toBe('');
    expect(marks('i', 'mso-bidi-font-style:normal')).toBe('');
    expect(marks('span', 'font-weight:bold;mso-bidi-font-weight:normal')).toBe('b');
  });

  it('reads declarations as CSS does: the last wins, !important and case ignored, ";" in quotes and brackets kept', () => {
    expect(marks('span', 'font-weight:700 !important; font-weight: 400')).toBe('');
    expect(marks('span', 'FONT-WEIGHT:Bold!important')).toBe('b');
    expect(marks('span', 'font-family:"a;font-weight:700";color:red')).toBe('');
    expect(marks('span', "background:url('x');font-family:x(a;font-style:italic)")).toBe('');
    expect(marks('span', 'font-weight:inherit')).toBe('');
  });

  it('leaves emphasis off lists, rows and items, whose children are not text of their own', () => {
    for (const tagName of ['ul', 'ol', 'li', 'table', 'tr', 'br']) expect(marks(tagName, 'font-weight:700;font-style:italic'), tagName).toBe('');
    expect(marks('td', 'font-weight:700')).toBe('b');
  });

  it("marks Word's list paragraphs and their glyph spans, and nothing else of mso-list", () => {
    expect(marks('p', "text-indent:-18.0pt;mso-list:l0 level2 lfo1")).toBe('list:0:1:2');
    expect(marks('span', 'mso-list:Ignore')).toBe('list-glyph');
    expect(marks('h1', 'mso-list:l0 level1 lfo1')).toBe('');
    expect(marks('p', 'mso-list:none')).toBe('');
    expect(marks('p', 'mso-list:Ignore')).toBe('');
  });

  it('writes only its own words into the markup, never text of the paste', () => {
    expect(pasteMarksAttribute('p', 'mso-list:l0 level1 lfo1"><script>alert(1)</script>')).toBe('');
    expect(pasteMarksAttribute('span', 'font-weight:700"onmouseover="alert(1)')).toBe('');
  });
});
