import { seededRandom } from './random';

export interface ThrottleSettings {
  /** Tokens added per second to each action's bucket. */
  readonly ratePerSecond: number;
  /** Bucket size: how many calls may come at once. */
  readonly burst: number;
}

export interface FaultSettings {
  /** Added to every answer: a fixed part plus up to `jitterMs` more. */
  latencyMs: number;
  jitterMs: number;
  throttle: ThrottleSettings | undefined;
  /** Share of calls (0 to 1) answered with `errorCode`. */
  errorRate: number;
  errorCode: 'ServiceUnavailable' | 'InternalError';
}

/**
 * A fault for one call: an ECS error, a dropped connection, a body that is not JSON, or a slow answer.
 * An error, a reset or garbage comes instead of the action unless `afterAction` is set: then the action is carried
 * out and its answer is lost (a 5xx code such as InternalError stands for an answer that failed on ECS's side).
 * A slow answer always comes after the action ran: beyond the client's read timeout, the client never hears of it.
 */
export type OneShotFault =
  | { readonly kind: 'error'; readonly code: string; readonly afterAction?: boolean }
  | { readonly kind: 'reset'; readonly afterAction?: boolean }
  | { readonly kind: 'garbage'; readonly afterAction?: boolean }
  | { readonly kind: 'slow'; readonly ms: number };

/** Whether the call reaches the action before the fault strikes. */
export const carriesOutAction = (fault: OneShotFault): boolean => fault.kind === 'slow' || fault.afterAction === true;

interface QueuedFault {
  readonly action: string | undefined;
  readonly regionId: string | undefined;
  readonly fault: OneShotFault;
}

/** What goes wrong, and when: set by tests and benchmarks, never by the wire protocol. */
export class Faults {
  readonly settings: FaultSettings = { latencyMs: 0, jitterMs: 0, throttle: undefined, errorRate: 0, errorCode: 'ServiceUnavailable' };
  private readonly queue: QueuedFault[] = [];
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private random: () => number;

  constructor(seed = 1) {
    this.random = seededRandom(seed);
  }

  reseed(seed: number): void {
    this.random = seededRandom(seed);
  }

  /** The next `times` calls (of `action` and `regionId` when given, else of any) get this fault. */
  inject(fault: OneShotFault, options: { times?: number; action?: string; regionId?: string } = {}): void {
    for (let n = 0; n < (options.times ?? 1); n += 1) {
      this.queue.push({ action: options.action, regionId: options.regionId, fault });
    }
  }

  clear(): void {
    this.queue.length = 0;
    this.buckets.clear();
    Object.assign(this.settings, { latencyMs: 0, jitterMs: 0, throttle: undefined, errorRate: 0, errorCode: 'ServiceUnavailable' });
  }

  /** The fault this call gets, if any: one queued for it first, then throttling, then the random error rate. */
  take(action: string, regionId: string | undefined, now: number): OneShotFault | undefined {
    const index = this.queue.findIndex(
      (queued) =>
        (queued.action === undefined || queued.action === action) && (queued.regionId === undefined || queued.regionId === regionId),
    );
    if (index >= 0) {
      return this.queue.splice(index, 1)[0]?.fault;
    }
    if (this.throttled(action, now)) {
      return { kind: 'error', code: 'Throttling.User' };
    }
    if (this.settings.errorRate > 0 && this.random() < this.settings.errorRate) {
      return { kind: 'error', code: this.settings.errorCode };
    }
    return undefined;
  }

  /** Milliseconds until the throttled action's bucket holds a token again. */
  retryAfterMs(action: string, now: number): number {
    const throttle = this.settings.throttle;
    const bucket = this.buckets.get(action);
    if (!throttle || !bucket) {
      return 0;
    }
    const missing = 1 - this.refill(bucket, throttle, now);
    return Math.max(1, Math.ceil((missing / throttle.ratePerSecond) * 1000));
  }

  latency(): number {
    const { latencyMs, jitterMs } = this.settings;
    return latencyMs + (jitterMs > 0 ? Math.floor(this.random() * (jitterMs + 1)) : 0);
  }

  private refill(bucket: { tokens: number; at: number }, throttle: ThrottleSettings, now: number): number {
    bucket.tokens = Math.min(throttle.burst, bucket.tokens + ((now - bucket.at) / 1000) * throttle.ratePerSecond);
    bucket.at = now;
    return bucket.tokens;
  }

  private throttled(action: string, now: number): boolean {
    const throttle = this.settings.throttle;
    if (!throttle) {
      return false;
    }
    let bucket = this.buckets.get(action);
    if (!bucket) {
      bucket = { tokens: throttle.burst, at: now };
      this.buckets.set(action, bucket);
    }
    if (this.refill(bucket, throttle, now) < 1) {
      return true;
    }
    bucket.tokens -= 1;
    return false;
  }
}
