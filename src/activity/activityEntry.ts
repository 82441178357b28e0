import { isEcsError } from '../cloud/ecsError';
import type { EcsRequest } from '../domain/export/ecsRequest';
import { redactSecrets } from '../domain/redaction';

/**
 * `interrupted`: it was still running when the window closed, so how it ended is not known. `unknown`: the answer was
 * lost (a timeout, a reset): ECS may or may not have done it, so it is never offered to run again.
 */
export type ActivityStatus = 'running' | 'succeeded' | 'failed' | 'cancelled' | 'interrupted' | 'unknown';

export const ACTIVITY_STATUSES: readonly ActivityStatus[] = ['running', 'succeeded', 'failed', 'cancelled', 'interrupted', 'unknown'];

/** What is kept of a failure: the fields of the `EcsError`, never its message (a library's text may hold anything). */
export interface ActivityError {
  readonly code: string;
  /** Words that may be shown (ECS's message, or ours). */
  readonly detail?: string;
  readonly requestId?: string;
}

interface EntryBase {
  /** Unique within an account's log, across windows: the view's item id. */
  readonly id: string;
  readonly title: string;
  /** Empty for a plan that made no write. */
  readonly regionId: string;
  readonly resourceIds: readonly string[];
  /** Epoch milliseconds. */
  readonly startedAt: number;
  /** Undefined while running, and for an entry interrupted. */
  readonly durationMs?: number;
  readonly status: ActivityStatus;
  readonly error?: ActivityError;
}

/** One write to ECS. Its title is the action (`AttachNetworkInterface`): the view words it. */
export interface WriteEntry extends EntryBase {
  readonly kind: 'write';
  readonly action: string;
  /** What was sent, in the flat form of ECS's RPC API (the export's builders): never a credential. */
  readonly request: EcsRequest;
  readonly requestId?: string;
}

/** Several writes under one title (a fix-it), its writes as children, oldest first. */
export interface PlanEntry extends EntryBase {
  readonly kind: 'plan';
  readonly children: readonly ActivityEntry[];
}

/** Plain data: what `JSON.stringify` writes, `JSON.parse` gives back. */
export type ActivityEntry = WriteEntry | PlanEntry;

/** How a caller says a plan ended; `error` is the failure that ended it, when there was one. */
export interface PlanOutcome {
  readonly status: 'succeeded' | 'failed' | 'cancelled';
  readonly error?: unknown;
}

/** Kept texts are bounded: the stored value is read back from disk. */
export const MAX_DETAIL_LENGTH = 2000;

/**
 * The fields of an `EcsError` worth keeping; anything else thrown is an `UnknownError` with nothing more, since its
 * message may hold anything (the SDK's texts have held request URLs with signatures).
 */
export function activityErrorOf(error: unknown): ActivityError {
  if (!isEcsError(error)) {
    return { code: 'UnknownError' };
  }
  const detail = typeof error.detail === 'string' ? redactSecrets(error.detail).slice(0, MAX_DETAIL_LENGTH) : undefined;
  const requestId = typeof error.requestId === 'string' && error.requestId !== '' ? error.requestId : undefined;
  return {
    code: error.code,
    ...(detail === undefined ? {} : { detail }),
    ...(requestId === undefined ? {} : { requestId }),
  };
}

/** The writes the Activity view offers to retry (every check made again, a detach asked again). */
export const RETRYABLE: ReadonlySet<string> = new Set(['AttachNetworkInterface', 'DetachNetworkInterface']);
