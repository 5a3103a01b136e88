// Turns the visible text of a DOM subtree into "blocks": the text of one block-level element, concatenated
// across inline children so that `Park <b>Ji-hu</b>` reads "Park Ji-hu", with a map from string offsets back
// to the text nodes. Reads the DOM only; never writes to it.

/** One run of text that reads as a whole, e.g. a paragraph. `starts[i]` is where `nodes[i]` begins in `text`. */
export interface Block {
  text: string;
  nodes: Text[];
  starts: number[];
}

/** Elements whose text is never page prose, or is the user's own input. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON',
  'CODE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED',
  'HEAD', 'TITLE', 'META', 'LINK',
  'CASTMARK-CARD',
]);

/** Elements that flow inside a line of text; everything else starts a new block. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL', 'MARK',
  'NOBR', 'Q', 'RUBY', 'RB', 'S', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'WBR',
]);

export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (el.namespaceURI === 'http://www.w3.org/2000/svg') return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

export function isInlineElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (INLINE_TAGS.has(tag)) return true;
  // Custom elements can be either; ask the style engine, only for them (they are rare enough).
  if (tag.includes('-')) {
    const view = el.ownerDocument.defaultView;
    const display = view ? view.getComputedStyle(el).display : 'block';
    return display === 'inline' || display === 'contents';
  }
  return false;
}

/** Rendered at all? (`display: none` somewhere up the tree, or `content-visibility: hidden`.) */
function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

/** The nearest ancestor (or self) that starts a block; stops at the root of the tree (document or shadow root). */
export function blockAncestor(node: Node): Node {
  let current: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (current && current.nodeType === Node.ELEMENT_NODE) {
    if (!isInlineElement(current as Element)) return current;
    const parent: Node | null = current.parentNode;
    if (!parent) return current;
    current = parent;
  }
  return current ?? node;
}

/** Whether text under `node` could be scanned at all: no skipped ancestor up to the tree's root. */
export function isInScannableContext(node: Node): boolean {
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return false;
  }
  return true;
}

export interface WalkHooks {
  /** Called for every open shadow root met under the subtree, so it can be scanned and observed too. */
  onShadowRoot?(root: ShadowRoot): void;
  /** Called for every element skipped because it is not rendered, so it can be rescanned if it appears. */
  onHidden?(el: Element): void;
}

/**
 * Walks `root` in document order and yields blocks. A generator, so the caller can stop after a time slice
 * and resume later without holding up the page.
 */
export function* walkBlocks(root: Node, hooks: WalkHooks = {}): Generator<Block, void, undefined> {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (isSkippedElement(el)) return NodeFilter.FILTER_REJECT;
      if (el.shadowRoot) hooks.onShadowRoot?.(el.shadowRoot);
      if (!isInlineElement(el) && !isRendered(el)) {
        hooks.onHidden?.(el);
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });

  let current: Block | null = null;
  let currentOwner: Node | null = null;
  let hasLetters = false;

  const flush = function* () {
    if (current && hasLetters) yield current;
    current = null;
    currentOwner = null;
    hasLetters = false;
  };

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      const el = node as Element;
      if (el.tagName === 'BR' || !isInlineElement(el)) yield* flush();
      continue;
    }
    const text = node as Text;
    const data = text.data;
    if (data.length === 0) continue;
    const owner = blockAncestor(text);
    if (owner !== currentOwner) {
      yield* flush();
      current = { text: '', nodes: [], starts: [] };
      currentOwner = owner;
    }
    const block = current!;
    block.starts.push(block.text.length);
    block.nodes.push(text);
    block.text += data;
    if (!hasLetters && /\p{L}/u.test(data)) hasLetters = true;
  }
  yield* flush();
}

/** Index of the node holding string offset `offset` (the last node starting at or before it). */
export function nodeIndexAt(block: Block, offset: number): number {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether the nodes still hold exactly the text the block was read from (the page may have changed it since). */
export function isBlockUnchanged(block: Block): boolean {
  let offset = 0;
  for (let i = 0; i < block.nodes.length; i++) {
    const node = block.nodes[i];
    if (!node.isConnected || block.starts[i] !== offset) return false;
    const data = node.data;
    if (block.text.startsWith(data, offset) === false) return false;
    offset += data.length;
  }
  return offset === block.text.length;
}
