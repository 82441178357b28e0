import type * as vscode from 'vscode';
import { isInstanceTransitional, isNetworkInterfaceTransitional } from '../domain/resourceStatus';
import type { RegionResources } from '../store/regionResources';
import { OneTimer, realTimers, type Timers } from '../store/timers';

export interface PollTarget {
  loaded(): RegionResources[];
  reread(regionId: string, instanceIds: readonly string[], eniIds: readonly string[]): Promise<void>;
}

export const POLL_FIRST_DELAY_MS = 1000;
export const POLL_MAX_DELAY_MS = 10_000;

/**
 * Re-reads resources in a transitional state (Pending, Starting, Stopping, Attaching, Detaching, Deleting) on a
 * growing delay until they settle. It reads only those resources, skips a region while a refresh of it is in flight,
 * never runs two rounds at once, and rests while the view is hidden.
 */
export class TransitionPoller implements vscode.Disposable {
  private readonly timer: OneTimer;
  private delayMs = POLL_FIRST_DELAY_MS;
  private running = false;
  private visible = false;
  private disposed = false;

  constructor(
    private readonly target: PollTarget,
    private readonly firstDelayMs = POLL_FIRST_DELAY_MS,
    timers: Timers = realTimers,
  ) {
    this.delayMs = firstDelayMs;
    this.timer = new OneTimer(timers);
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) {
      this.kick();
    } else {
      this.stop();
    }
  }

  /** Something changed (a load finished, an attach began): start over with the shortest delay. */
  kick(): void {
    this.delayMs = this.firstDelayMs;
    this.stop();
    this.schedule();
  }

  /** After this, no further read: not even after a round that was under way ends. */
  dispose(): void {
    this.disposed = true;
    this.stop();
  }

  private stop(): void {
    this.timer.clear();
  }

  private schedule(): void {
    if (this.disposed || !this.visible || this.timer.waiting || this.running || !this.hasWork()) {
      return;
    }
    this.timer.set(() => void this.round(), this.delayMs);
  }

  private hasWork(): boolean {
    return this.target
      .loaded()
      .some(
        (region) =>
          region.instances.items().some(isInstanceTransitional) || region.networkInterfaces.items().some(isNetworkInterfaceTransitional),
      );
  }

  private async round(): Promise<void> {
    this.running = true;
    try {
      await Promise.all(
        this.target
          .loaded()
          .filter((region) => !region.busy)
          .map((region) =>
            this.target.reread(
              region.regionId,
              region.instances
                .items()
                .filter(isInstanceTransitional)
                .map((i) => i.instanceId),
              region.networkInterfaces
                .items()
                .filter(isNetworkInterfaceTransitional)
                .map((e) => e.networkInterfaceId),
            ),
          ),
      );
    } finally {
      this.running = false;
    }
    this.delayMs = Math.min(POLL_MAX_DELAY_MS, Math.round(this.delayMs * 1.5));
    this.schedule();
  }
}
