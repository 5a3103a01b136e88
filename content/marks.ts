// Where the mentions are: one StaticRange per mention (static, so the page pays nothing when its DOM changes),
// plus a per-text-node interval list so hit-testing is a lookup, not a search.
import type { EntityKind, Mention } from '../lib/types';
import { nodeIndexAt, type Block } from './blocks';

export interface Mark {
  kind: EntityKind;
  ids: string[];
  score: number;
  range: AbstractRange;
  /** Every text node the mention touches (one, unless it crosses inline elements). */
  nodes: Text[];
}

interface Interval {
  start: number;
  end: number;
  mark: Mark;
}

export interface MarkListener {
  added(mark: Mark): void;
  removed(mark: Mark): void;
}

export class MarkIndex {
  private readonly byNode = new Map<Text, Interval[]>();
  private readonly all = new Set<Mark>();

  constructor(private readonly listener: MarkListener) {}

  get size(): number {
    return this.all.size;
  }

  marks(): Iterable<Mark> {
    return this.all;
  }

  /** Replace whatever was marked in the block's nodes by `mentions` (offsets into `block.text`). */
  replaceBlock(block: Block, mentions: readonly Mention[]): void {
    for (const node of block.nodes) this.removeNode(node);
    for (const mention of mentions) this.add(block, mention);
  }

  /** Forget marks whose nodes left the document or whose text changed under them. */
  pruneDetached(): void {
    for (const mark of this.all) {
      if (!mark.nodes.every((node) => node.isConnected) || mark.range.endOffset > mark.nodes[mark.nodes.length - 1].length) {
        this.remove(mark);
      }
    }
  }

  /** The mark covering the caret at `offset` in `node`, if any. */
  at(node: Node, offset: number): Mark | undefined {
    const intervals = this.byNode.get(node as Text);
    if (!intervals) return undefined;
    // A caret sits between characters: a caret right after the last letter of a name is still on it.
    for (const interval of intervals) {
      if (interval.start <= offset && offset <= interval.end) return interval.mark;
      if (interval.start > offset) break;
    }
    return undefined;
  }

  /** Every mark touching `node`, in text order (for the keyboard path: a selection may span a mark). */
  inNode(node: Node): Mark[] {
    return (this.byNode.get(node as Text) ?? []).map((interval) => interval.mark);
  }

  clear(): void {
    for (const mark of [...this.all]) this.remove(mark);
  }

  private add(block: Block, mention: Mention): void {
    if (mention.end <= mention.start || mention.end > block.text.length || mention.ids.length === 0) return;
    const first = nodeIndexAt(block, mention.start);
    const last = nodeIndexAt(block, mention.end - 1);
    const startNode = block.nodes[first];
    const endNode = block.nodes[last];
    const mark: Mark = {
      kind: mention.kind,
      ids: mention.ids,
      score: mention.score,
      range: staticRange({
        startContainer: startNode,
        startOffset: mention.start - block.starts[first],
        endContainer: endNode,
        endOffset: mention.end - block.starts[last],
      }),
      nodes: block.nodes.slice(first, last + 1),
    };
    mark.nodes.forEach((node, i) => {
      const index = first + i;
      const start = Math.max(0, mention.start - block.starts[index]);
      const end = Math.min(node.length, mention.end - block.starts[index]);
      const intervals = this.byNode.get(node) ?? [];
      intervals.push({ start, end, mark });
      intervals.sort((a, b) => a.start - b.start);
      this.byNode.set(node, intervals);
    });
    this.all.add(mark);
    this.listener.added(mark);
  }

  private removeNode(node: Text): void {
    const intervals = this.byNode.get(node);
    if (!intervals) return;
    for (const interval of [...intervals]) this.remove(interval.mark);
  }

  private remove(mark: Mark): void {
    if (!this.all.delete(mark)) return;
    for (const node of mark.nodes) {
      const intervals = this.byNode.get(node);
      if (!intervals) continue;
      const kept = intervals.filter((interval) => interval.mark !== mark);
      if (kept.length) this.byNode.set(node, kept);
      else this.byNode.delete(node);
    }
    this.listener.removed(mark);
  }
}

/** A StaticRange where the browser has one (it costs the page nothing on DOM changes), else a live Range. */
function staticRange(init: StaticRangeInit): AbstractRange {
  if (typeof StaticRange === 'function') return new StaticRange(init);
  const range = init.startContainer.ownerDocument!.createRange();
  range.setStart(init.startContainer, init.startOffset);
  range.setEnd(init.endContainer, init.endOffset);
  return range;
}

/** A live Range for a mark, for geometry (StaticRange has no getClientRects). */
export function liveRange(mark: Mark): Range | null {
  const { startContainer, startOffset, endContainer, endOffset } = mark.range;
  if (!startContainer.isConnected || !endContainer.isConnected) return null;
  const range = startContainer.ownerDocument!.createRange();
  try {
    range.setStart(startContainer, startOffset);
    range.setEnd(endContainer, endOffset);
  } catch {
    return null; // the text got shorter since: a rescan is on its way
  }
  return range;
}
