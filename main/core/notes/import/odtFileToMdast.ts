import type { Root } from './markdownTree';
import { odtToMdast } from './odtToMdast';
import { readOfficeArchive } from './officeArchive';

/** An OpenDocument text (.odt, LibreOffice's own format): its content.xml, read as text and structure. */
export async function odtFileToMdast(bytes: Buffer): Promise<Root> {
  const content = await readOfficeArchive(bytes, 'odt', 'content.xml');
  return odtToMdast(content!.toString('utf8'));
}
