/** How long to wait before each look at a resource that is changing: soon at first, then less and less often. */
export function* pollDelays(firstMs = 1000, thenMs = 700, growth = 1.5, maxMs = 5000): Generator<number> {
  yield firstMs;
  yield thenMs;
  yield thenMs;
  let next = thenMs;
  for (;;) {
    next = Math.min(maxMs, Math.round(next * growth));
    yield next;
  }
}

export type SettleOutcome<T> =
  | { readonly kind: 'settled'; readonly value: T }
  | { readonly kind: 'timedOut'; readonly value: T | undefined }
  | { readonly kind: 'stopped'; readonly value: T | undefined };

export interface SettleOptions {
  readonly timeoutMs: number;
  /** Stops the waiting (not the change in ECS) when it turns true: the user cancelled. */
  readonly stopped?: () => boolean;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly delays?: Iterable<number>;
}

/** Reads a resource on a growing delay until `settled` holds, the time is up, or the caller stops waiting. */
export async function waitUntilSettled<T>(
  read: () => Promise<T>,
  settled: (value: T) => boolean,
  options: SettleOptions,
): Promise<SettleOutcome<T>> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = Date.now() + options.timeoutMs;
  let last: T | undefined;
  for (const delay of options.delays ?? pollDelays()) {
    const wait = Math.min(delay, Math.max(0, deadline - Date.now()));
    await sleep(wait);
    if (options.stopped?.()) {
      return { kind: 'stopped', value: last };
    }
    last = await read();
    if (settled(last)) {
      return { kind: 'settled', value: last };
    }
    if (Date.now() >= deadline) {
      return { kind: 'timedOut', value: last };
    }
  }
  return { kind: 'timedOut', value: last };
}
