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
