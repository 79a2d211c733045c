import { $exportNodeJSON, $getRoot, $isElementNode, $withCompactExport, type EditorState, type LexicalNode } from 'lexical';
import { NOTES_FORMAT, NOTES_VERSION } from '../../shared/notes/notesFormat';

interface Block {
  /** Every node of the block in document order, as the objects the editor state held. */
  nodes: LexicalNode[];
  json: string;
}

type Exported = ReturnType<typeof $exportNodeJSON> & { children?: Exported[] };

function $exportTree(node: LexicalNode): Exported {
  const json = $exportNodeJSON(node) as Exported;
  if ($isElementNode(node)) for (const child of node.getChildren()) json.children!.push($exportTree(child));
  return json;
}

function $collect(node: LexicalNode, out: LexicalNode[]): LexicalNode[] {
  out.push(node);
  if ($isElementNode(node)) for (let child = node.getFirstChild(); child; child = child.getNextSibling()) $collect(child, out);
  return out;
}

const sameNodes = (a: LexicalNode[], b: LexicalNode[]) => a.length === b.length && a.every((node, i) => node === b[i]);

const CHILDREN = '\u0000children\u0000';

/**
 * The note as the JSON text the core stores, byte for byte what `editorState.toJSON()` would give,
 * built without re-serialising the blocks typing did not touch. Lexical never changes a node in
 * place: an edited node, and a parent whose children change, are new objects in the next state.
 * So a block whose nodes are all the very objects seen at its last serialisation has the same JSON,
 * and saving a 20,000-word note costs about as much as saving the paragraph being typed.
 */
export class NotesSerializer {
  private blocks = new Map<string, Block>();

  serialize(state: EditorState): string {
    return state.read(() =>
      $withCompactExport(false, () => {
        const root = $getRoot();
        const next = new Map<string, Block>();
        const parts: string[] = [];
        for (let block = root.getFirstChild(); block; block = block.getNextSibling()) {
          const nodes = $collect(block, []);
          const known = this.blocks.get(block.getKey());
          const entry = known && sameNodes(known.nodes, nodes) ? known : { nodes, json: JSON.stringify($exportTree(block)) };
          next.set(block.getKey(), entry);
          parts.push(entry.json);
        }
        // Blocks gone from the note are forgotten with this pass.
        this.blocks = next;
        // A replacer function, because a replacement string would read "$&" typed in a note as a pattern.
        const rootJson = JSON.stringify({ ...$exportNodeJSON(root), children: CHILDREN }).replace(JSON.stringify(CHILDREN), () => `[${parts.join(',')}]`);
        return `{"format":${JSON.stringify(NOTES_FORMAT)},"version":${NOTES_VERSION},"editorState":{"root":${rootJson}}}`;
      }),
    );
  }
}
