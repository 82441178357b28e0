import { sameData } from './sameData';

/** One list of a region as the tree sees it: not asked for yet, arriving page by page, complete, or failed. */
export type ListState<T> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading'; readonly items: ReadonlyMap<string, T>; readonly total: number }
  | { readonly kind: 'loaded'; readonly items: ReadonlyMap<string, T> }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface ListSource<T> {
  /** `signal` is aborted when the list is reset: the read may stop asking for pages. */
  fetch(progress: (loaded: readonly T[], total: number) => void, signal: AbortSignal): Promise<T[]>;
  key(item: T): string;
}

/** A list that loads once, tells of its progress, and can be replaced or patched one item at a time. */
export class ResourceList<T> {
  state: ListState<T> = { kind: 'idle' };
  private pending: Promise<void> | undefined;
  /** While a load is under way: resolves when it has its first page (or ended). */
  private firstPage: Promise<void> | undefined;
  private generation = 0;
  /** The keys fresh reads patched while a reload was reading the list. */
  private patchedDuringReload: Set<string> | undefined;
  /** Aborted by a reset: the reads of before stop asking for pages that nobody will look at. */
  private reads = new AbortController();
  private stopped = false;

  constructor(
    private readonly source: ListSource<T>,
    private readonly changed: () => void,
  ) {}

  get loading(): boolean {
    return this.pending !== undefined;
  }

  /** Starts the load unless it ran or runs; resolves when the first page (or the failure) is in. */
  ensure(): Promise<void> {
    if (this.stopped) {
      return Promise.resolve();
    }
    if (this.firstPage) {
      return this.firstPage;
    }
    if (this.state.kind !== 'idle') {
      return Promise.resolve();
    }
    const generation = ++this.generation;
    let firstPage: () => void = () => undefined;
    const first = new Promise<void>((resolve) => {
      firstPage = resolve;
    });
    this.firstPage = first;
    // The list the pages arrive in grows in place: index only what each page added, not the whole list again.
    const arrived = new Map<string, T>();
    let indexed = 0;
    let settled = false;
    const settle = (): void => {
      settled = true;
    };
    this.pending = this.source
      .fetch((loaded, total) => {
        // A page that lands after the read failed must not turn the failure back into a partial list.
        if (settled) {
          return;
        }
        for (const item of loaded.slice(indexed)) {
          arrived.set(this.source.key(item), item);
        }
        indexed = loaded.length;
        // The last page completes the list below; only a list with more to come shows as partial.
        if (generation === this.generation && loaded.length < total) {
          this.state = { kind: 'loading', items: arrived, total };
          firstPage();
        }
      }, this.reads.signal)
      .finally(settle)
      .then(
        (items) => {
          if (generation === this.generation) {
            this.state = { kind: 'loaded', items: this.index(items) };
          }
        },
        (error: unknown) => {
          if (generation === this.generation) {
            this.state = { kind: 'failed', error };
          }
        },
      )
      .finally(() => {
        // Whoever waits for the first page hears of the end, even of a load that a reset left behind.
        firstPage();
        if (generation === this.generation) {
          this.pending = undefined;
          this.firstPage = undefined;
          this.changed();
        }
      });
    return first;
  }

  /** Resolves when the whole list is in (or failed); a reset meanwhile means waiting for the load after it. */
  async complete(): Promise<void> {
    while (!this.stopped) {
      await this.ensure();
      await this.pending;
      if (this.state.kind !== 'idle') {
        return;
      }
    }
  }

  /** The list is forgotten for good: reads under way stop asking for pages, and it loads no more. */
  stop(): void {
    this.reset();
    this.stopped = true;
  }

  reset(): void {
    this.reads.abort();
    this.reads = new AbortController();
    this.generation += 1;
    this.pending = undefined;
    this.firstPage = undefined;
    this.state = { kind: 'idle' };
  }

  items(): T[] {
    return this.state.kind === 'loading' || this.state.kind === 'loaded' ? [...this.state.items.values()] : [];
  }

  get(key: string): T | undefined {
    return this.state.kind === 'loading' || this.state.kind === 'loaded' ? this.state.items.get(key) : undefined;
  }

  /**
   * Replaces the given items (fresh reads) where they stand, drops the keys asked for that no longer exist, and adds
   * the ones it did not hold at the end: a row keeps its place after an operation.
   */
  patch(fresh: readonly T[], asked: readonly string[]): void {
    if (this.state.kind !== 'loaded' && this.state.kind !== 'loading') {
      return;
    }
    asked.forEach((key) => this.patchedDuringReload?.add(key));
    const read = new Map(fresh.map((item) => [this.source.key(item), item]));
    const gone = new Set(asked.filter((key) => !read.has(key)));
    const items = new Map<string, T>();
    for (const [key, item] of this.state.items) {
      if (!gone.has(key)) {
        items.set(key, read.get(key) ?? item);
      }
    }
    read.forEach((item, key) => items.set(key, item));
    this.state = this.state.kind === 'loaded' ? { kind: 'loaded', items } : { ...this.state, items };
  }

  /**
   * Reads the whole list again while it stays loaded (no "Loading" in between), keeping the very objects of the
   * resources that did not change. Resolves with the keys that changed and whether any came or went; undefined when
   * the list was not loaded, or was reset meanwhile. What a fresh read patched meanwhile is newer and stays.
   */
  async reload(): Promise<{ readonly changed: string[]; readonly reshaped: boolean } | undefined> {
    if (this.state.kind !== 'loaded' || this.pending) {
      return undefined;
    }
    const generation = this.generation;
    const patched = new Set<string>();
    this.patchedDuringReload = patched;
    let fresh: T[];
    try {
      fresh = await this.source.fetch(() => undefined, this.reads.signal);
    } finally {
      this.patchedDuringReload = undefined;
    }
    if (generation !== this.generation || this.state.kind !== 'loaded') {
      return undefined;
    }
    const before = this.state.items;
    const items = new Map<string, T>();
    const changed: string[] = [];
    for (const item of fresh) {
      const key = this.source.key(item);
      const old = before.get(key);
      if (patched.has(key)) {
        if (old) {
          items.set(key, old);
        }
      } else if (old && sameData(old, item)) {
        items.set(key, old);
      } else {
        items.set(key, item);
        changed.push(key);
      }
    }
    // A resource a fresh read found meanwhile, but the list (read a moment before) did not.
    for (const key of patched) {
      const current = before.get(key);
      if (current && !items.has(key)) {
        items.set(key, current);
      }
    }
    const reshaped = items.size !== before.size || [...before.keys()].some((key) => !items.has(key));
    this.state = { kind: 'loaded', items };
    return { changed, reshaped };
  }

  private index(items: readonly T[]): Map<string, T> {
    return new Map(items.map((item) => [this.source.key(item), item]));
  }
}
