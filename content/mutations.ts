// Watches the page for new and changed text and turns bursts of mutations into a few rescans of just the
// blocks that changed. A page that re-renders constantly costs one small rescan per batch window, and the
// scanner's cache makes unchanged text free.
import { blockAncestor, isInlineElement, isInScannableContext, isSkippedElement } from './blocks';

/** Mutations are collected for this long before anything is rescanned. */
export const MUTATION_BATCH_MS = 150;
/** Hidden elements remembered so they can be scanned when they appear (menus, tabs, "read more"). */
const MAX_HIDDEN_WATCHED = 2_000;
/** More dirty places than this in one batch: rescan the document (the scanner's cache keeps it cheap). */
const MAX_DIRTY = 300;

export interface MutationSink {
  rescan(root: Node): void;
  /** Some nodes left the document: drop their marks. */
  pruneDetached(): void;
}

function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private readonly hidden = new Set<Element>();
  private pending: MutationRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly sink: MutationSink,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  observe(root: Document | ShadowRoot): void {
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'class', 'style', 'open'],
    });
  }

  /** An element skipped because it was not rendered: rescan it when an attribute change reveals it. */
  watchHidden(el: Element): void {
    if (this.hidden.size < MAX_HIDDEN_WATCHED) this.hidden.add(el);
  }

  disconnect(): void {
    this.observer.disconnect();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = [];
    this.hidden.clear();
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) this.pending.push(record);
    this.timer ??= setTimeout(() => this.flush(), MUTATION_BATCH_MS);
  }

  /** Process what has been collected now (tests and the flush timer). */
  flush(): void {
    this.timer = null;
    const records = this.pending.concat(this.observer.takeRecords());
    this.pending = [];
    const dirty = new Set<Node>();
    let removed = false;
    let attributesChanged = false;

    for (const record of records) {
      if (record.type === 'characterData') {
        dirty.add(blockAncestor(record.target));
      } else if (record.type === 'childList') {
        if (isElement(record.target) && isSkippedElement(record.target)) continue; // e.g. our own host, a <script>
        for (const node of record.addedNodes) {
          if (isElement(node) && isSkippedElement(node)) continue;
          // A new block is scanned on its own; new inline content changes the block around it.
          dirty.add(isElement(node) && !isInlineElement(node) ? node : blockAncestor(record.target));
        }
        if (record.removedNodes.length) {
          removed = true;
          for (const node of record.removedNodes) {
            if (!isElement(node) || isInlineElement(node)) dirty.add(blockAncestor(record.target));
          }
        }
      } else if (record.type === 'attributes') {
        attributesChanged = true;
      }
    }

    if (attributesChanged) for (const el of this.revealed()) dirty.add(el);
    if (removed) this.sink.pruneDetached();

    if (dirty.size > MAX_DIRTY) {
      this.sink.rescan(this.doc);
      return;
    }
    for (const node of dirty) {
      if (node.isConnected && isInScannableContext(node)) this.sink.rescan(node);
    }
  }

  /** Hidden elements that are rendered now. */
  private revealed(): Element[] {
    const shown: Element[] = [];
    for (const el of this.hidden) {
      if (!el.isConnected) {
        this.hidden.delete(el);
        continue;
      }
      const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
      if (!el.hasAttribute('hidden') && (!check || check.call(el))) {
        this.hidden.delete(el);
        shown.push(el);
      }
    }
    return shown;
  }
}
