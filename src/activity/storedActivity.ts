import { createHash } from 'node:crypto';
import type { EcsParam, EcsRequest } from '../domain/export/ecsRequest';
import { isSecretParamName } from '../domain/export/ecsRequest';
import { redactSecrets } from '../domain/redaction';
import { ACTIVITY_STATUSES, type ActivityEntry, type ActivityError, type ActivityStatus, MAX_DETAIL_LENGTH } from './activityEntry';

/** The top-level entries kept per account; older ones are dropped. */
export const MAX_ENTRIES = 200;
const MAX_CHILDREN = 200;
/** A plan inside a plan is possible; deeper than this, stored data is not ours. */
const MAX_DEPTH = 3;
const MAX_RESOURCE_IDS = 100;
const MAX_PARAMS = 1000;
/** Looked at before giving up on a stored list: junk is skipped, not read to its end. */
const MAX_EXAMINED = 5 * MAX_ENTRIES;
const STORAGE_VERSION = 1;

/** The key of an account's log in storage: the account key hashed, so that whatever it holds is not written as a key. */
export function activityStorageKey(accountKey: string): string {
  return `alicloudEcs.activity.${createHash('sha256').update(accountKey).digest('hex').slice(0, 32)}`;
}

export interface StoredActivity {
  readonly version: number;
  readonly entries: readonly ActivityEntry[];
}

export const toStored = (entries: readonly ActivityEntry[]): StoredActivity => ({ version: STORAGE_VERSION, entries });

type Raw = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own fields only: nothing comes from a prototype, polluted or not. */
const field = (record: Raw, key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);

const text = (value: unknown, maxLength: number): string | undefined =>
  typeof value === 'string' && value.length <= maxLength ? value : undefined;

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

const texts = (value: unknown, max: number, maxLength: number): string[] =>
  Array.isArray(value)
    ? value.slice(0, max).flatMap((item) => {
        const valid = text(item, maxLength);
        return valid === undefined ? [] : [valid];
      })
    : [];

function parseError(value: unknown): ActivityError | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  const code = text(field(value, 'code'), 200);
  if (code === undefined || code === '') {
    return undefined;
  }
  const detailText = field(value, 'detail');
  const detail = typeof detailText === 'string' ? redactSecrets(detailText.slice(0, MAX_DETAIL_LENGTH)) : undefined;
  const requestId = text(field(value, 'requestId'), 128);
  return { code, ...(detail === undefined ? {} : { detail }), ...(requestId === undefined ? {} : { requestId }) };
}

function parseRequest(value: unknown): EcsRequest | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  const action = text(field(value, 'action'), 100);
  const regionId = text(field(value, 'regionId'), 64);
  const params = field(value, 'params');
  if (!action || regionId === undefined || !Array.isArray(params)) {
    return undefined;
  }
  const kept = params.slice(0, MAX_PARAMS).flatMap((param): EcsParam[] => {
    if (!Array.isArray(param) || param.length !== 2) {
      return [];
    }
    const [name, paramValue] = param as unknown[];
    const validName = text(name, 200);
    const validValue = text(paramValue, 4000);
    return validName === undefined || validValue === undefined || isSecretParamName(validName) ? [] : [[validName, validValue]];
  });
  return { action, regionId, params: kept };
}

/** Running when stored means the window closed under it: how it ended is not known. */
const loadedStatus = (value: unknown): ActivityStatus | undefined => {
  const status = ACTIVITY_STATUSES.find((known) => known === value);
  return status === 'running' ? 'interrupted' : status;
};

function parseEntry(value: unknown, depth: number, seenIds: Set<string>): ActivityEntry | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  const id = text(field(value, 'id'), 128);
  const kind = field(value, 'kind');
  const title = text(field(value, 'title'), 500);
  const regionId = text(field(value, 'regionId'), 64);
  const startedAt = count(field(value, 'startedAt'));
  const status = loadedStatus(field(value, 'status'));
  if (!id || seenIds.has(id) || title === undefined || regionId === undefined || startedAt === undefined || status === undefined) {
    return undefined;
  }
  const durationMs = status === 'interrupted' ? undefined : count(field(value, 'durationMs'));
  const error = parseError(field(value, 'error'));
  const base = {
    id,
    title,
    regionId,
    resourceIds: texts(field(value, 'resourceIds'), MAX_RESOURCE_IDS, 128),
    startedAt,
    ...(durationMs === undefined ? {} : { durationMs }),
    status,
    ...(error === undefined ? {} : { error }),
  };
  if (kind === 'write') {
    const action = text(field(value, 'action'), 100);
    const request = parseRequest(field(value, 'request'));
    if (!action || request === undefined) {
      return undefined;
    }
    seenIds.add(id);
    const requestId = text(field(value, 'requestId'), 128);
    return { ...base, kind, action, request, ...(requestId === undefined ? {} : { requestId }) };
  }
  if (kind === 'plan') {
    seenIds.add(id);
    const children = depth < MAX_DEPTH ? parseList(field(value, 'children'), MAX_CHILDREN, depth + 1, seenIds) : [];
    return { ...base, kind, children };
  }
  return undefined;
}

/** One entry that cannot be read (a getter that throws) costs that entry, not the list. */
function parseOne(value: unknown, depth: number, seenIds: Set<string>): ActivityEntry | undefined {
  try {
    return parseEntry(value, depth, seenIds);
  } catch {
    return undefined;
  }
}

function parseList(value: unknown, max: number, depth: number, seenIds: Set<string>): ActivityEntry[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const entries: ActivityEntry[] = [];
  for (const item of value.slice(0, MAX_EXAMINED)) {
    const entry = parseOne(item, depth, seenIds);
    if (entry !== undefined) {
      entries.push(entry);
    }
    if (entries.length >= max) {
      break;
    }
  }
  return entries;
}

/**
 * An account's log as stored: untrusted (another version of the extension, a hand-edited state database). Every field
 * is checked; what does not fit is dropped, the rest is capped, and nothing here throws.
 */
export function parseStoredActivity(value: unknown): ActivityEntry[] {
  try {
    if (!isRecord(value) || field(value, 'version') !== STORAGE_VERSION) {
      return [];
    }
    return parseList(field(value, 'entries'), MAX_ENTRIES, 1, new Set());
  } catch {
    return [];
  }
}
