import * as assert from 'node:assert';
import type { Timers } from '../../src/store/timers';

/** A clock the test moves: timers fire only when it says so. */
export class ManualTimers implements Timers {
  private next = 1;
  readonly pending = new Map<number, { run: () => void; ms: number }>();
  setTimeout(run: () => void, ms: number): number {
    const id = this.next++;
    this.pending.set(id, { run, ms });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  /** Fires the one pending timer; returns its delay. */
  fire(): number {
    const [entry] = [...this.pending.entries()];
    assert.ok(entry, 'no timer is pending');
    this.pending.delete(entry[0]);
    entry[1].run();
    return entry[1].ms;
  }
}

/** Lets every promise that can settle now settle. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
