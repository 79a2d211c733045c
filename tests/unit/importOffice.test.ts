import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { importNotes } from '../../main/core/notes/import/importNotes';
import { readNotes } from '../../main/core/notes/readNotes';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'import', name));
const types = (doc: { editorState: { root: { children?: { type: string; tag?: string; listType?: string }[] } } }) =>
  doc.editorState.root.children?.map((c) => (c.type === 'heading' ? c.tag : c.type === 'list' ? `list:${c.listType}` : c.type));

/** The same interview as Word and as OpenDocument, both made by pandoc 2.17 from wywiad-pandoc.md. */
const EXPECTED = ['h1', 'h2', 'paragraph', 'h2', 'list:bullet', 'list:number', 'paragraph'];

async function officeFile(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of Object.entries(entries)) zip.addBuffer(Buffer.from(data), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const odtBody = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>${body}</office:text></office:body></office:document-content>`;

describe('office documents', () => {
  for (const [file, kind] of [
    ['wywiad-pandoc.docx', 'Word'],
    ['wywiad-pandoc.odt', 'OpenDocument'],
  ] as const) {
    it(`a ${kind} file keeps its headings (bookmarked ones too), lists, bold, italic and links`, async () => {
      const { notes } = await importNotes(file, fixture(file));
      expect(types(notes)).toEqual(EXPECTED);
      const text = readNotes(notes).text;
      expect(text).toContain('Wywiad z klientką salonu');
      expect(text).toContain('Zażółć gęślą jaźń — źdźbło');
      expect(text).not.toMatch(/<a|id=|\\#/);
      const json = JSON.stringify(notes);
      expect(json).toMatch(/"text":"porównuje ceny"[^}]*"format":1|"format":1[^}]*"text":"porównuje ceny"/);
      expect(json).toMatch(/"text":"opinie"[^}]*"format":2|"format":2[^}]*"text":"opinie"/);
      expect(json).toContain('"url":"https://example.com/oferta"');
      // The nested list item stays nested.
      expect(json).toContain('ale kazał długo czekać');
    });
  }

  it('Markdown soft line breaks become spaces, as CommonMark says', async () => {
    const { notes } = await importNotes('notatki.md', Buffer.from('Pierwsza linia\ndruga linia tego samego akapitu\n\nNowy akapit'));
    expect(types(notes)).toEqual(['paragraph', 'paragraph']);
    expect(readNotes(notes).text).toBe('Pierwsza linia druga linia tego samego akapitu\nNowy akapit');
  });

  it('an .odt with a document type (entities, an entity bomb) is refused, and so is a bomb of a zip', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${odtBody('<text:p>&lol2;</text:p>').replace('<?xml version="1.0" encoding="UTF-8"?>', '')}`;
    await expect(importNotes('bomba.odt', await officeFile({ 'content.xml': laughs }))).rejects.toMatchObject({ params: { details: 'import.odtUnreadable' } });
    const external = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${odtBody('<text:p>&xxe;</text:p>').replace('<?xml version="1.0" encoding="UTF-8"?>', '')}`;
    await expect(importNotes('xxe.odt', await officeFile({ 'content.xml': external }))).rejects.toMatchObject({ params: { details: 'import.odtUnreadable' } });
    await expect(importNotes('puste.odt', await officeFile({ 'mimetype': 'application/vnd.oasis.opendocument.text' }))).rejects.toMatchObject({ params: { details: 'import.odtUnreadable' } });
    await expect(importNotes('zip.odt', await officeFile({ 'content.xml': odtBody(''), 'zeros.bin': Buffer.alloc(20 * 1024 * 1024) }))).rejects.toMatchObject({ params: { details: 'import.odtBomb' } });
    await expect(importNotes('nie-zip.odt', Buffer.from('to nie jest zip'))).rejects.toMatchObject({ params: { details: 'import.odtUnreadable' } });
  });

  it('an .odt nested far deeper than a note may is refused; a table reads as lines of cells', async () => {
    const deep = odtBody(`${'<text:list><text:list-item>'.repeat(400)}<text:p>dno</text:p>${'</text:list-item></text:list>'.repeat(400)}`);
    await expect(importNotes('gleboko.odt', await officeFile({ 'content.xml': deep }))).rejects.toMatchObject({ code: 'import_refused' });
    const table = odtBody(
      '<table:table xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><table:table-row><table:table-cell><text:p>Etap</text:p></table:table-cell><table:table-cell><text:p>Ocena</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>Zakup</text:p></table:table-cell><table:table-cell><text:p>−3</text:p></table:table-cell></table:table-row></table:table>',
    );
    const { notes } = await importNotes('tabela.odt', await officeFile({ 'content.xml': table }));
    expect(readNotes(notes).text).toBe('Etap · Ocena\nZakup · −3');
  });
});
