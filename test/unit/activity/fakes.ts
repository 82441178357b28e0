import type { ActivityStorage } from '../../../src/activity/activityLog';

/** Global state as VS Code keeps it: values go through JSON, updates take a turn of the event loop. */
export class FakeMemento implements ActivityStorage {
  readonly values = new Map<string, unknown>();
  updates = 0;
  inFlight = 0;
  mostInFlight = 0;
  failUpdates = false;

  get(key: string): unknown {
    return this.values.get(key);
  }

  async update(key: string, value: unknown): Promise<void> {
    this.updates += 1;
    this.inFlight += 1;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    await new Promise((resolve) => setImmediate(resolve));
    this.inFlight -= 1;
    if (this.failUpdates) {
      throw new Error('storage refused');
    }
    this.values.set(key, JSON.parse(JSON.stringify(value)) as unknown);
  }
}

/** A clock the test moves. */
export class FakeClock {
  constructor(public time = 1_700_000_000_000) {}
  readonly now = (): number => this.time;
}

/** A promise the test settles when it wants. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

let counter = 0;
/** Ids that say their order. */
export const sequentialIds = (): (() => string) => () => `a-${String((counter += 1)).padStart(6, '0')}`;

/** A gate that lets every write out. */
export const OPEN_GATE = (): Promise<void> => Promise.resolve();
