/**
 * happy-dom, where it differs from a browser in what DOMPurify relies on; without this DOMPurify
 * keeps scripts and handlers under happy-dom and a sanitiser test proves nothing. Call it before
 * DOMPurify is loaded: DOMPurify looks these up once.
 * - Node.prototype's nodeName getter answers '' (each node class has its own), and DOMPurify reads
 *   nodeName through Node.prototype's, so every element looked unknown.
 * - Its NodeIterator is a TreeWalker, lost once the node it stands on is removed, which is how
 *   DOMPurify removes a forbidden element: everything after the first removal went unchecked.
 */
export function makeHappyDomBrowserLike(): void {
  Object.defineProperty(Node.prototype, 'nodeName', {
    configurable: true,
    get(this: Node) {
      for (let proto = Object.getPrototypeOf(this); proto && proto !== Node.prototype; proto = Object.getPrototypeOf(proto)) {
        const getter = Object.getOwnPropertyDescriptor(proto, 'nodeName')?.get;
        if (getter) return getter.call(this);
      }
      return '';
    },
  });
  let owner: object | null = document;
  while (owner && !Object.hasOwn(owner, 'createNodeIterator')) owner = Object.getPrototypeOf(owner);
  Object.defineProperty(owner ?? Document.prototype, 'createNodeIterator', {
    configurable: true,
    writable: true,
    value: (root: Node, whatToShow = 0xffffffff) => new RemovalSafeNodeIterator(root, whatToShow),
  });
}

/** The DOM standard's NodeIterator, for the mutations DOMPurify makes: the node just returned removed, nodes put after it. */
class RemovalSafeNodeIterator {
  #reference: Node | null = null;
  #parent: Node | null = null;
  #previous: Node | null = null;

  constructor(
    readonly root: Node,
    readonly whatToShow: number,
  ) {}

  nextNode(): Node | null {
    let node = this.#reference === null ? this.root : this.#after(this.#reference);
    while (node && ((this.whatToShow >>> (node.nodeType - 1)) & 1) === 0) node = this.#following(node);
    if (node) {
      this.#reference = node;
      this.#parent = node.parentNode;
      this.#previous = node.previousSibling;
    }
    return node;
  }

  #after(reference: Node): Node | null {
    if (this.root.contains(reference)) return this.#following(reference);
    // Removed since it was returned: go on from where it stood, as the standard's removal steps do.
    if (this.#previous && this.root.contains(this.#previous)) return this.#pastSubtree(this.#previous);
    if (this.#parent && this.root.contains(this.#parent)) return this.#parent.firstChild ?? this.#pastSubtree(this.#parent);
    return null;
  }

  #following(node: Node): Node | null {
    return node.firstChild ?? this.#pastSubtree(node);
  }

  #pastSubtree(node: Node): Node | null {
    for (let at: Node | null = node; at && at !== this.root; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
    return null;
  }
}
