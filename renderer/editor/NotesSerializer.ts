import { $exportNodeJSON, $getRoot, $isElementNode, $withCompactExport, type EditorState, type LexicalNode } from 'lexical';
import { NOTES_FORMAT, NOTES_VERSION } from '../../shared/notes/notesFormat';
import type { LexicalNodeJson, NotesChanges } from '../../shared/schema/notes';

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

/** A note's blocks as JSON text, in order, as one pass of the serializer wrote them out. */
export interface NotesSnapshot {
  readonly blocks: readonly string[];
}

/** Where each block's JSON first occurs in a snapshot; built once per snapshot a change is made against. */
const positions = new WeakMap<NotesSnapshot, Map<string, number>>();

function positionsIn(base: NotesSnapshot): Map<string, number> {
  let map = positions.get(base);
  if (!map) {
    map = new Map();
    base.blocks.forEach((json, i) => {
      if (!map!.has(json)) map!.set(json, i);
    });
    positions.set(base, map);
  }
  return map;
}

/**
 * The note as the JSON text the core stores, byte for byte what `editorState.toJSON()` would give,
 * built without re-serialising the blocks typing did not touch. Lexical never changes a node in
 * place: an edited node, and a parent whose children change, are new objects in the next state.
 * So a block whose nodes are all the very objects seen at its last serialisation has the same JSON,
 * and saving a 20,000-word note costs about as much as saving the paragraph being typed.
 */
export class NotesSerializer {
  private blocks = new Map<string, Block>();
  private last: NotesSnapshot = { blocks: [] };

  /** The blocks of the last note written out, by `serialize` or `changesSince`. */
  get snapshot(): NotesSnapshot {
    return this.last;
  }

  serialize(state: EditorState): string {
    const { root, parts } = this.pass(state);
    // A replacer function, because a replacement string would read "$&" typed in a note as a pattern.
    const rootJson = JSON.stringify({ ...root, children: CHILDREN }).replace(JSON.stringify(CHILDREN), () => `[${parts.join(',')}]`);
    return `{"format":${JSON.stringify(NOTES_FORMAT)},"version":${NOTES_VERSION},"editorState":{"root":${rootJson}}}`;
  }

  /**
   * The note as a change to `base`: runs of blocks whose JSON `base` already holds, by position,
   * and the other blocks in full. Equal JSON is an equal block, so a repeated empty paragraph may
   * point at any of its copies.
   */
  changesSince(state: EditorState, base: NotesSnapshot): NotesChanges {
    const { root, parts } = this.pass(state);
    const where = positionsIn(base);
    const blocks: NotesChanges['blocks'] = [];
    let run: [number, number] | null = null;
    for (const json of parts) {
      if (run && base.blocks[run[0] + run[1]] === json) {
        run[1] += 1;
        continue;
      }
      const at = where.get(json);
      if (at === undefined) {
        run = null;
        blocks.push(JSON.parse(json) as LexicalNodeJson);
      } else {
        run = [at, 1];
        blocks.push(run);
      }
    }
    const { children: _children, ...attributes } = root;
    // Through JSON, as the whole note goes: an attribute left undefined is absent, not present and empty.
    return { root: { ...(JSON.parse(JSON.stringify(attributes)) as object), type: 'root' }, baseBlocks: base.blocks.length, blocks };
  }

  /** The root's own attributes and every block's JSON, re-serialising only blocks that changed. */
  private pass(state: EditorState): { root: Exported; parts: string[] } {
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
        this.last = { blocks: parts };
        return { root: $exportNodeJSON(root) as Exported, parts };
      }),
    );
  }
}
