/** The timer functions the pollers use; tests pass a clock of their own. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  // Unreferenced: a read waiting for its turn never keeps a process alive (a host activating the extension to
  // measure it, say).
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** At most one run waiting on a timer: `set` while one waits changes nothing; `clear` cancels the one waiting. */
export class OneTimer {
  private handle: unknown;

  constructor(private readonly timers: Timers) {}

  get waiting(): boolean {
    return this.handle !== undefined;
  }

  set(run: () => void, ms: number): void {
    if (this.handle !== undefined) {
      return;
    }
    this.handle = this.timers.setTimeout(() => {
      this.handle = undefined;
      run();
    }, ms);
  }

  clear(): void {
    if (this.handle !== undefined) {
      this.timers.clearTimeout(this.handle);
      this.handle = undefined;
    }
  }
}
