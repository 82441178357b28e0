import type { EcsError } from './ecsError';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 300, maxDelayMs: 8000 };

/** The answer was lost or garbled on the way (a proxy's error page, say): for a read, asking again is harmless. */
const TRANSIENT_CODES = new Set(['ServiceUnavailable', 'InternalError', 'InvalidResponse']);

/**
 * Whether a failed call may be sent again. Throttling was refused before anything happened, so it is safe for any
 * action. Server errors, timeouts and network failures are retried only for reads: a write whose answer was lost may
 * have been carried out, and its caller decides what to do (the attach re-reads the ENI first). State, permission,
 * quota, input and mismatch errors are never retried: the same request would fail the same way.
 */
export function isRetryable(error: EcsError, read: boolean): boolean {
  if (error.code.startsWith('Throttling')) {
    return true;
  }
  if (!read) {
    return false;
  }
  return (
    TRANSIENT_CODES.has(error.code) ||
    (error.httpStatus !== undefined && error.httpStatus >= 500) ||
    error.code === 'RequestTimeout' ||
    (error.code.startsWith('NetworkError') && error.code !== 'NetworkError.Proxy' && error.code !== 'NetworkError.Tls')
  );
}

/** Capped exponential backoff with full jitter; a `x-acs-retry-after` from ECS wins when it is longer. */
export function retryDelayMs(
  attempt: number,
  error: EcsError,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const backoff = Math.round(random() * ceiling);
  return Math.min(policy.maxDelayMs, Math.max(backoff, error.retryAfterMs ?? 0));
}

/** Reads start with Describe; every other action changes something. */
export const isReadAction = (action: string): boolean => action.startsWith('Describe');
