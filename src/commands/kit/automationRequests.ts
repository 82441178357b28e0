import type { Failure } from '../../domain/failure';
import { isInstanceId, isNetworkInterfaceId } from '../../domain/ids';
import { isRegionId } from '../../domain/regions';

/** `{ regionId, networkInterfaceId, instanceId }`: attach without pickers (keybindings, other extensions, tests). */
export interface AttachRequest {
  readonly regionId: string;
  readonly networkInterfaceId: string;
  readonly instanceId: string;
}

/** `{ regionId, networkInterfaceId }`: detach without the tree; the user is asked first, always. */
export interface DetachRequest {
  readonly regionId: string;
  readonly networkInterfaceId: string;
}

/** A request that was refused before anything was sent, naming the first field that is wrong. */
export interface InvalidRequest {
  readonly kind: 'invalidArgument';
  readonly field: string;
}

const FIELDS = {
  regionId: { valid: isRegionId, example: 'cn-hangzhou' },
  networkInterfaceId: { valid: isNetworkInterfaceId, example: 'eni-bp17pdijfczax1huji00' },
  instanceId: { valid: isInstanceId, example: 'i-bp1h4adlltjc1d48goaq' },
} as const;

export const fieldExample = (field: string): string => (FIELDS as Record<string, { example: string } | undefined>)[field]?.example ?? '';

/**
 * The named fields of an argument, each read once into a plain string (or undefined). Another extension passes its
 * object by reference: a getter or a `toString` could answer one thing to the check and another to the request.
 */
function readOnce<K extends keyof typeof FIELDS>(value: object, names: readonly K[]): { fields: Record<K, string>; invalid?: K } {
  const fields = {} as Record<K, string>;
  for (const name of names) {
    let field: unknown;
    try {
      field = (value as Record<string, unknown>)[name];
    } catch {
      return { fields, invalid: name };
    }
    if (typeof field !== 'string' || !FIELDS[name].valid(field)) {
      return { fields, invalid: name };
    }
    fields[name] = field;
  }
  return { fields };
}

export function parseAttachRequest(value: object): AttachRequest | InvalidRequest {
  const { fields, invalid } = readOnce(value, ['regionId', 'networkInterfaceId', 'instanceId']);
  return invalid ? { kind: 'invalidArgument', field: invalid } : fields;
}

export function parseDetachRequest(value: object): DetachRequest | InvalidRequest {
  const { fields, invalid } = readOnce(value, ['regionId', 'networkInterfaceId']);
  return invalid ? { kind: 'invalidArgument', field: invalid } : fields;
}

/** `{ regionId, instanceId }`: an instance named without the tree (a terminal, say). */
export interface InstanceRequest {
  readonly regionId: string;
  readonly instanceId: string;
}

export function parseInstanceRequest(value: object): InstanceRequest | InvalidRequest {
  const { fields, invalid } = readOnce(value, ['regionId', 'instanceId']);
  return invalid ? { kind: 'invalidArgument', field: invalid } : fields;
}

export const isInvalidRequest = (value: object): value is InvalidRequest => (value as Partial<InvalidRequest>).kind === 'invalidArgument';

/** What a command resolves with for its caller: the outcome's kind, and the code and request id of a failure. */
export interface AutomationResult {
  readonly kind: string;
  readonly code?: string;
  readonly requestId?: string;
  /** The argument's field that was refused (`invalidArgument`). */
  readonly field?: string;
}

/**
 * The outcome as another extension may see it: no error object (whose text may be a library's), no raw ECS data.
 */
export function automationResult(
  outcome: { readonly kind: string; readonly failure?: Failure; readonly field?: string } | undefined,
): AutomationResult | undefined {
  if (!outcome) {
    return undefined;
  }
  const { failure, field } = outcome;
  return {
    kind: outcome.kind,
    ...(failure ? { code: failure.code } : {}),
    ...(failure?.requestId ? { requestId: failure.requestId } : {}),
    ...(field ? { field } : {}),
  };
}
