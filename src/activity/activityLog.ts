import { isEcsError } from '../cloud/ecsError';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { EcsRequest } from '../domain/export/ecsRequest';
import { Emitter } from '../domain/emitter';
import {
  type ActivityEntry,
  activityErrorOf,
  type ActivityStatus,
  type PlanEntry,
  type PlanOutcome,
  type WriteEntry,
} from './activityEntry';
import { activityStorageKey, MAX_ENTRIES, parseStoredActivity, type StoredActivity, toStored } from './storedActivity';

/** Where the log is kept: the shape of VS Code's `Memento` (global state), without VS Code. */
export interface ActivityStorage {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** What changed, so that the view redraws only that. `parentId` names the plan an entry belongs to. */
export type ActivityChange =
  /** Another account's log, or the log cleared: everything is drawn again. */
  | { readonly kind: 'reset' }
  | { readonly kind: 'added'; readonly entry: ActivityEntry; readonly parentId?: string }
  | { readonly kind: 'updated'; readonly entry: ActivityEntry; readonly parentId?: string };

/** A write about to be sent. */
export interface WriteStart {
  readonly request: EcsRequest;
  readonly resourceIds: readonly string[];
}

/** What a write that succeeded answered: its request id, and the resources it made (the ENI created). */
export interface WriteOutcome {
  readonly requestId: string;
  readonly resourceIds?: readonly string[];
}

export interface ActivityLogOptions {
  /** Epoch milliseconds. */
  readonly now?: () => number;
  readonly newId?: () => string;
}

interface Found {
  readonly list: readonly ActivityEntry[];
  readonly entry: ActivityEntry;
  readonly parentId: string | undefined;
}

/** Replaces the entry with this id, at any depth, in a copy of the list. */
function replaceIn(
  list: readonly ActivityEntry[],
  id: string,
  change: (entry: ActivityEntry) => ActivityEntry,
  parentId: string | undefined,
): Found | undefined {
  for (const [index, entry] of list.entries()) {
    const inner =
      entry.id === id
        ? { list: undefined, entry: change(entry), parentId }
        : entry.kind === 'plan'
          ? replaceIn(entry.children, id, change, entry.id)
          : undefined;
    if (inner !== undefined) {
      const replacement: ActivityEntry = inner.list === undefined ? inner.entry : { ...(entry as PlanEntry), children: inner.list };
      return { list: list.map((old, at) => (at === index ? replacement : old)), entry: inner.entry, parentId: inner.parentId };
    }
  }
  return undefined;
}

/**
 * The record of every write the extension made, per account, newest first; a plan (a fix-it) holds the writes made
 * while it ran. Kept in storage across windows (the last 200); no VS Code here: it runs in plain Node.
 */
export class ActivityLog {
  private readonly changes = new Emitter<ActivityChange>();
  readonly onDidChange = this.changes.event;
  /** The plan the current async flow runs in: writes recorded in it become its children. */
  private readonly planContext = new AsyncLocalStorage<string>();
  private readonly now: () => number;
  private readonly newId: () => string;
  private current: readonly ActivityEntry[] = [];
  private account: string | undefined;
  /** The latest value of each storage key not yet written; one update is in flight at a time. */
  private readonly pending = new Map<string, StoredActivity>();
  private saving: Promise<void> | undefined;

  constructor(
    private readonly storage: ActivityStorage,
    options: ActivityLogOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? randomUUID;
  }

  /** Newest first; a plan's children oldest first. */
  get entries(): readonly ActivityEntry[] {
    return this.current;
  }

  get accountKey(): string | undefined {
    return this.account;
  }

  /**
   * Shows this account's log (loaded from storage; what was running then is `interrupted`). Undefined: no account, the
   * log is empty and kept nowhere. A write of the previous account that finishes later is not recorded as finished.
   */
  switchAccount(accountKey: string | undefined): void {
    if (accountKey === this.account) {
      return;
    }
    this.account = accountKey;
    this.current = accountKey === undefined ? [] : this.load(activityStorageKey(accountKey));
    this.fire({ kind: 'reset' });
  }

  /** Forgets every entry but those still running (they finish as recorded). */
  clear(): void {
    this.current = this.current.filter((entry) => entry.status === 'running');
    this.fire({ kind: 'reset' });
    this.save();
  }

  /**
   * Records one write around `run` (which sends it): running, then succeeded with what `outcome` reads from its
   * answer, or failed with the `EcsError`'s fields (never its message). Rethrows what `run` throws.
   */
  async record<T>(write: WriteStart, run: () => Promise<T>, outcome: (result: T) => WriteOutcome): Promise<T> {
    const { request } = write;
    const entry: WriteEntry = {
      id: this.newId(),
      kind: 'write',
      title: request.action,
      action: request.action,
      regionId: request.regionId,
      resourceIds: [...write.resourceIds],
      request,
      startedAt: this.now(),
      status: 'running',
    };
    this.add(entry, this.planContext.getStore());
    let status: ActivityStatus = 'failed';
    let ended: Partial<WriteEntry> = {};
    try {
      const result = await run();
      const answer = outcome(result);
      status = 'succeeded';
      ended = { requestId: answer.requestId, resourceIds: [...(answer.resourceIds ?? []), ...entry.resourceIds] };
      return result;
    } catch (error) {
      ended = { error: activityErrorOf(error) };
      status = isEcsError(error) && error.outcomeUnknown ? 'unknown' : 'failed';
      throw error;
    } finally {
      this.settle(entry, status, ended);
    }
  }

  /**
   * Records a plan around `run`: the writes recorded while it runs (in its async flow, and only its) are its
   * children. `outcome` says how it ended from what `run` returned; it failed if `run` threw, which is rethrown.
   */
  async plan<T>(title: string, resourceIds: readonly string[], run: () => Promise<T>, outcome: (result: T) => PlanOutcome): Promise<T> {
    const entry: PlanEntry = {
      id: this.newId(),
      kind: 'plan',
      title,
      regionId: '',
      resourceIds: [...resourceIds],
      startedAt: this.now(),
      status: 'running',
      children: [],
    };
    this.add(entry, this.planContext.getStore());
    let ended: PlanOutcome = { status: 'failed' };
    try {
      const result = await this.planContext.run(entry.id, run);
      ended = outcome(result);
      return result;
    } catch (error) {
      ended = { status: 'failed', error };
      throw error;
    } finally {
      const error = ended.status === 'failed' && ended.error !== undefined ? { error: activityErrorOf(ended.error) } : {};
      this.settle(entry, ended.status, error);
    }
  }

  /** Resolves when everything changed so far is in storage. */
  async flush(): Promise<void> {
    while (this.saving !== undefined) {
      await this.saving;
    }
  }

  dispose(): void {
    this.changes.dispose();
  }

  private load(key: string): ActivityEntry[] {
    try {
      return parseStoredActivity(this.pending.get(key) ?? this.storage.get(key));
    } catch {
      return [];
    }
  }

  private add(entry: ActivityEntry, parentId: string | undefined): void {
    const nested =
      parentId === undefined
        ? undefined
        : replaceIn(
            this.current,
            parentId,
            (parent) =>
              parent.kind === 'plan'
                ? { ...parent, regionId: parent.regionId || entry.regionId, children: [...parent.children, entry] }
                : parent,
            undefined,
          );
    if (nested !== undefined && nested.entry.kind === 'plan') {
      this.current = nested.list;
      this.fire({ kind: 'added', entry, parentId });
    } else {
      // No plan (or it was cleared away meanwhile): a top-level entry.
      this.current = [entry, ...this.current].slice(0, MAX_ENTRIES);
      this.fire({ kind: 'added', entry });
    }
    this.save();
  }

  private settle(entry: ActivityEntry, status: ActivityStatus, ended: Partial<WriteEntry>): void {
    const durationMs = Math.max(0, this.now() - entry.startedAt);
    const found = replaceIn(this.current, entry.id, (old) => ({ ...old, ...ended, status, durationMs }) as ActivityEntry, undefined);
    if (found === undefined) {
      return; // cleared, capped, or another account's by now
    }
    this.current = found.list;
    this.fire({ kind: 'updated', entry: found.entry, ...(found.parentId === undefined ? {} : { parentId: found.parentId }) });
    this.save();
  }

  private fire(change: ActivityChange): void {
    try {
      this.changes.fire(change);
    } catch {
      // A listener's failure (the view's) must never fail or hide the write it is told of.
    }
  }

  private save(): void {
    if (this.account === undefined) {
      return;
    }
    this.pending.set(activityStorageKey(this.account), toStored(this.current));
    this.saving ??= this.drain();
  }

  private async drain(): Promise<void> {
    // Changes made in the same turn (a start and its parent's) go out as one update.
    await Promise.resolve();
    for (let next = this.pending.entries().next(); !next.done; next = this.pending.entries().next()) {
      const [key, value] = next.value;
      this.pending.delete(key);
      try {
        await this.storage.update(key, value);
      } catch {
        // Storage refused: the record is best effort, and the next change tries again.
      }
    }
    this.saving = undefined;
  }
}
