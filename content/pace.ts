// Cooperative scheduling: work in short slices and give the page its main thread back in between,
// so Castmark never causes a long task (> 50 ms).

/** Longest stretch of uninterrupted work, in ms. */
export const SLICE_MS = 8;

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Let the page run (input, rendering, its own scripts) before continuing. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Measures one slice of work: `due()` turns true once the slice is used up. */
export class Slice {
  private startedAt = performance.now();

  due(): boolean {
    return performance.now() - this.startedAt >= SLICE_MS;
  }

  async next(): Promise<void> {
    await yieldToPage();
    this.startedAt = performance.now();
  }
}

/** A token bucket over characters: how much new text may be sent for matching, and how fast it refills. */
export class CharBudget {
  private tokens: number;
  private last = performance.now();

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
  ) {
    this.tokens = capacity;
  }

  take(chars: number): boolean {
    const now = performance.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.refillPerSecond);
    this.last = now;
    if (chars > this.tokens) return false;
    this.tokens -= chars;
    return true;
  }
}
