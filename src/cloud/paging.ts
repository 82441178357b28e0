export interface TokenPage<T> {
  readonly items: readonly T[];
  readonly nextToken: string | undefined;
}

/** Follows NextToken until ECS returns an empty one. */
export async function collectTokenPages<T>(fetchPage: (nextToken: string | undefined) => Promise<TokenPage<T>>): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  const seen = new Set<string>();
  do {
    const page = await fetchPage(token);
    all.push(...page.items);
    token = page.nextToken || undefined;
    if (token !== undefined) {
      if (seen.has(token)) {
        throw new Error(`ECS returned the NextToken ${token} twice; stopping to avoid an endless loop.`);
      }
      seen.add(token);
    }
  } while (token !== undefined);
  return all;
}

export interface NumberedPage<T> {
  readonly items: readonly T[];
  readonly totalCount: number;
}

/**
 * Reads page 1 to learn TotalCount, then the other pages `concurrency` at a time (PageNumber paging allows that;
 * NextToken paging does not). Items come back in page order, without duplicates by `key`; `progress` hears of
 * each page as it lands.
 */
export async function collectNumberedPages<T>(
  fetchPage: (pageNumber: number) => Promise<NumberedPage<T>>,
  options: { pageSize: number; concurrency: number; key: (item: T) => string; progress?: (loaded: readonly T[], total: number) => void },
): Promise<T[]> {
  const first = await fetchPage(1);
  const pageCount = Math.max(1, Math.ceil(first.totalCount / options.pageSize));
  const pages: Array<readonly T[] | undefined> = [first.items];
  let loaded: T[] = [...first.items];
  options.progress?.(loaded, first.totalCount);
  let next = 2;
  const worker = async (): Promise<void> => {
    while (next <= pageCount) {
      const pageNumber = next;
      next += 1;
      const page = await fetchPage(pageNumber).catch((error: unknown) => {
        next = pageCount + 1;
        throw error;
      });
      pages[pageNumber - 1] = page.items;
      loaded = loaded.concat(page.items);
      options.progress?.(loaded, first.totalCount);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, pageCount - 1) }, worker));
  const seen = new Set<string>();
  const all: T[] = [];
  for (const item of pages.flatMap((page) => page ?? [])) {
    const key = options.key(item);
    if (!seen.has(key)) {
      seen.add(key);
      all.push(item);
    }
  }
  return all;
}

/** Splits ids into the batches of at most `size` that one request may carry. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}
