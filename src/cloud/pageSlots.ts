/**
 * How many list pages may be in flight at once, shared by every list one adapter reads: when a region's shorter list
 * is done, the longer one gets its slots. ECS throttles each action by calls per minute, which the number of pages
 * fixes whatever the concurrency; the bound keeps a burst of them modest. Slots are granted in the order asked, and
 * held for one attempt only (never while waiting to retry).
 */
/** A count of pages side by side: a whole number, one at least (0, a negative or NaN mean one). */
export const atLeastOne = (count: number): number => Math.max(1, Math.floor(count) || 1);

export class PageSlots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    this.free = atLeastOne(size);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) {
      this.free -= 1;
    } else {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) {
        next();
      } else {
        this.free += 1;
      }
    }
  }
}
