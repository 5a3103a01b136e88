// Scans subtrees for blocks of text, asks the background to find mentions in them (in bounded batches,
// time-sliced so the page never stalls) and hands the answers to the mark index.
import type { Mention } from '../lib/types';
import { isBlockUnchanged, walkBlocks, type Block, type WalkHooks } from './blocks';
import type { MarkIndex } from './marks';
import { CharBudget, Slice } from './pace';

/** The bounds (also stated in README "On the page"). */
export const LIMITS = {
  /** A block longer than this is sent in pieces cut at white space. */
  pieceChars: 2_000,
  /** Characters per `match` request (also bounds the work of applying one answer). */
  batchChars: 16_000,
  /** Requests in flight at once. */
  inFlight: 3,
  /** New (not cached) text a page may have matched at once... */
  budgetChars: 3_000_000,
  /** ...and how fast that allowance comes back, per second. */
  budgetRefillPerSecond: 100_000,
  /** Block texts whose answers are remembered, so re-rendered content costs no new request. */
  cacheEntries: 5_000,
  /** Subtrees waiting to be scanned; past this the scan falls back to the whole document (cached answers). */
  queuedRoots: 500,
};

export type MatchFn = (texts: string[]) => Promise<Mention[][]>;

interface BlockJob {
  block: Block;
  mentions: Mention[];
  piecesLeft: number;
}

interface Piece {
  job: BlockJob;
  offset: number;
  text: string;
}

/** Cut a long text at white space into pieces of at most `max` characters; returns start offsets. */
export function pieceStarts(text: string, max: number): number[] {
  const starts = [0];
  let start = 0;
  while (text.length - start > max) {
    let cut = start + max;
    const floor = start + Math.floor(max * 0.8);
    while (cut > floor && !/\s/.test(text[cut])) cut--;
    if (cut === floor) cut = start + max; // no white space (e.g. CJK): cut hard
    starts.push(cut);
    start = cut;
  }
  return starts;
}

export class Scanner {
  private readonly queue = new Set<Node>();
  private readonly cache = new Map<string, Mention[]>();
  private readonly budget = new CharBudget(LIMITS.budgetChars, LIMITS.budgetRefillPerSecond);
  private running: Promise<void> | null = null;
  private batch: Piece[] = [];
  private batchChars = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private generation = 0;
  /** Pieces left unmarked because the budget ran out (for diagnostics and tests). */
  skippedChars = 0;

  constructor(
    private readonly doc: Document,
    private readonly match: MatchFn,
    private readonly marks: MarkIndex,
    private readonly hooks: WalkHooks,
    private readonly accept: (mention: Mention) => boolean,
    private readonly onSettled: () => void,
  ) {}

  /** Queue a subtree (element, document or shadow root) for a scan. */
  request(root: Node): void {
    if (this.queue.size >= LIMITS.queuedRoots) {
      this.queue.clear();
      this.queue.add(this.doc);
    } else {
      this.queue.add(root);
    }
    // Start on a microtask: `running` must be set before the walk begins, or a shadow root found during the
    // walk would start a second, nested run.
    this.running ??= Promise.resolve()
      .then(() => this.run())
      .finally(() => {
        this.running = null;
        if (this.queue.size) this.request([...this.queue][0]);
        else this.onSettled();
      });
  }

  /** Drop queued work and ignore answers still on their way (Castmark was switched off). */
  cancel(): void {
    this.generation++;
    this.queue.clear();
    this.batch = [];
    this.batchChars = 0;
  }

  /** Resolves once nothing is queued or in flight. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    const generation = this.generation;
    const slice = new Slice();
    while (this.queue.size && generation === this.generation) {
      const root = this.takeOutermost();
      if (!root.isConnected) continue;
      for (const block of walkBlocks(root, this.hooks)) {
        if (generation !== this.generation) return;
        this.addBlock(block);
        if (this.batchChars >= LIMITS.batchChars) await this.send(generation);
        if (slice.due()) await slice.next();
      }
    }
    if (this.batch.length) await this.send(generation);
    await Promise.all([...this.inFlight]);
  }

  /** A queued root that no other queued root contains (so nested requests are scanned once). */
  private takeOutermost(): Node {
    const roots = [...this.queue];
    let pick = roots[0];
    for (const other of roots) if (other !== pick && other.contains(pick)) pick = other;
    for (const other of roots) if (other === pick || pick.contains(other)) this.queue.delete(other);
    return pick;
  }

  private addBlock(block: Block): void {
    const starts = pieceStarts(block.text, LIMITS.pieceChars);
    const job: BlockJob = { block, mentions: [], piecesLeft: starts.length };
    starts.forEach((offset, i) => {
      const text = block.text.slice(offset, starts[i + 1] ?? block.text.length);
      const cached = this.cache.get(text);
      if (cached) {
        this.finishPiece({ job, offset, text }, cached);
      } else if (this.budget.take(text.length)) {
        this.batch.push({ job, offset, text });
        this.batchChars += text.length;
      } else {
        this.skippedChars += text.length;
        this.finishPiece({ job, offset, text }, []);
      }
    });
  }

  private async send(generation: number): Promise<void> {
    const pieces = this.batch;
    this.batch = [];
    this.batchChars = 0;
    while (this.inFlight.size >= LIMITS.inFlight) await Promise.race(this.inFlight);
    const request = this.match(pieces.map((piece) => piece.text))
      .then(async (answers) => {
        const slice = new Slice();
        for (let i = 0; i < pieces.length; i++) {
          if (generation !== this.generation) return;
          const mentions = answers[i] ?? [];
          this.remember(pieces[i].text, mentions);
          this.finishPiece(pieces[i], mentions);
          if (slice.due()) await slice.next();
        }
      })
      .catch(() => {
        // The background was restarting or the extension reloaded: leave these unmarked, a later change rescans.
      })
      .finally(() => this.inFlight.delete(request));
    this.inFlight.add(request);
  }

  private remember(text: string, mentions: Mention[]): void {
    if (this.cache.size >= LIMITS.cacheEntries) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(text, mentions);
  }

  private finishPiece(piece: Piece, mentions: readonly Mention[]): void {
    const { job } = piece;
    for (const mention of mentions) {
      if (this.accept(mention)) job.mentions.push({ ...mention, start: mention.start + piece.offset, end: mention.end + piece.offset });
    }
    if (--job.piecesLeft > 0) return;
    // The page may have changed the text while the background was busy; a mutation rescan follows then.
    if (isBlockUnchanged(job.block)) this.marks.replaceBlock(job.block, job.mentions);
  }
}
