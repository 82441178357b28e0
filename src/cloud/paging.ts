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
