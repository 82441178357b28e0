import { isEcsError } from '../cloud/ecsError';
import { OneTimer, realTimers, type Timers } from './timers';

export type { Timers } from './timers';

export interface RefreshTarget {
  reloadLoaded(): Promise<void>;
}

/** Throttled answers stretch the interval up to this many times; a refresh that works brings it back. */
const MAX_BACKOFF = 8;

/**
 * Changes made elsewhere (the console, the CLI, Terraform) appear by themselves: while the view is visible, the
 * regions it loaded are read again every interval, redrawing only what changed. Rests while hidden; never runs two
 * rounds at once; stretches the interval while ECS throttles.
 */
export class AutoRefresher {
  private readonly timer: OneTimer;
  private visible = false;
  private running = false;
  private backoff = 1;
  private disposed = false;

  constructor(
    private readonly target: RefreshTarget,
    private readonly intervalSeconds: () => number,
    private readonly failed: (error: unknown) => void = () => undefined,
    timers: Timers = realTimers,
  ) {
    this.timer = new OneTimer(timers);
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.restart();
  }

  /** The interval setting changed, or a refresh of everything just ran: count again from now. */
  restart(): void {
    this.stop();
    this.schedule();
  }

  /** After this, no further round: not even after a round that was under way ends. */
  dispose(): void {
    this.disposed = true;
    this.visible = false;
    this.stop();
  }

  private stop(): void {
    this.timer.clear();
  }

  private schedule(): void {
    const seconds = this.intervalSeconds();
    if (this.disposed || !this.visible || this.timer.waiting || this.running || seconds <= 0) {
      return;
    }
    this.timer.set(() => void this.round(), seconds * 1000 * this.backoff);
  }

  private async round(): Promise<void> {
    this.running = true;
    try {
      await this.target.reloadLoaded();
      this.backoff = 1;
    } catch (error) {
      if (isEcsError(error) && error.code.startsWith('Throttling')) {
        this.backoff = Math.min(MAX_BACKOFF, this.backoff * 2);
      } else {
        this.failed(error);
      }
    } finally {
      this.running = false;
    }
    this.schedule();
  }
}
