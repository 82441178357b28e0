import { EcsError } from './ecsError';
import { atLeastOne } from './pageSlots';

/** More than any region holds (ECS's own quotas are far below): a TotalCount above it is not believed. */
export const MAX_ITEMS = 1_000_000;

export interface NumberedPage<T> {
  readonly items: readonly T[];
  readonly totalCount: number;
}

/**
 * Reads page 1 to learn TotalCount, then the other pages side by side, `workers` at a time (PageNumber paging allows
 * that; NextToken paging does not). Items come back in page order, without duplicates by `key`; `progress` hears of
 * each page as it lands, with every item loaded so far in the order the pages landed. That list grows in place (one
 * copy per page made the load quadratic): read it during the call, copy it to keep it. After a page fails, or once
 * `signal` is aborted, no other page is asked for and nothing more is told.
 */
export async function collectNumberedPages<T>(
  fetchPage: (pageNumber: number) => Promise<NumberedPage<T>>,
  options: {
    pageSize: number;
    workers: number;
    key: (item: T) => string;
    progress?: (loaded: readonly T[], total: number) => void;
    signal?: AbortSignal;
  },
): Promise<T[]> {
  const { signal } = options;
  stopIfCancelled(signal);
  const first = await fetchPage(1);
  stopIfCancelled(signal);
  // TotalCount comes from the endpoint: a wrong or hostile one must not make the extension send millions of requests.
  const total = Number.isFinite(first.totalCount) ? Math.min(first.totalCount, MAX_ITEMS) : first.items.length;
  const pageCount = Math.max(1, Math.ceil(total / options.pageSize));
  const pages: Array<readonly T[] | undefined> = [first.items];
  const loaded: T[] = [...first.items];
  options.progress?.(loaded, total);
  let next = 2;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (next <= pageCount && !stopped) {
      const pageNumber = next;
      next += 1;
      try {
        stopIfCancelled(signal);
        const page = await fetchPage(pageNumber);
        if (stopped) {
          return;
        }
        stopIfCancelled(signal);
        pages[pageNumber - 1] = page.items;
        for (const item of page.items) {
          loaded.push(item);
        }
        options.progress?.(loaded, total);
      } catch (error) {
        stopped = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(atLeastOne(options.workers), pageCount - 1) }, worker));
  const seen = new Set<string>();
  const all: T[] = [];
  for (const page of pages) {
    for (const item of page ?? []) {
      const key = options.key(item);
      if (!seen.has(key)) {
        seen.add(key);
        all.push(item);
      }
    }
  }
  return all;
}

function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new EcsError('Cancelled', 'The list was no longer wanted.', undefined, undefined, undefined, 'List');
  }
}

/** Splits ids into the batches of at most `size` that one request may carry. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

export interface TokenPage<T> {
  readonly items: readonly T[];
  /** Empty on the last page. */
  readonly nextToken: string;
}

/**
 * Reads NextToken pages one after the other until the token comes back empty, without duplicates by `key`. A token
 * seen before, a page with nothing new on it, or more pages than `maxItems` items of `pageSize` could fill, ends the
 * loop: an endpoint must not keep it going for ever.
 */
export async function collectTokenPages<T>(
  fetchPage: (nextToken: string | undefined) => Promise<TokenPage<T>>,
  key: (item: T) => string,
  pageSize: number,
  maxItems: number = MAX_ITEMS,
): Promise<T[]> {
  const all = new Map<string, T>();
  const seen = new Set<string>();
  const maxPages = Math.ceil(maxItems / Math.max(1, pageSize));
  let token: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const { items, nextToken } = await fetchPage(token);
    const before = all.size;
    for (const item of items) {
      if (!all.has(key(item))) {
        all.set(key(item), item);
      }
    }
    if (nextToken === '' || seen.has(nextToken) || all.size === before) {
      break;
    }
    seen.add(nextToken);
    token = nextToken;
  }
  return [...all.values()];
}
