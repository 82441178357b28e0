import { isInstanceId, isNetworkInterfaceId } from '../domain/ids';
import { isRegionId } from '../domain/regions';

/** `{ regionId, networkInterfaceId, instanceId }`: attach without pickers (keybindings, other extensions, tests). */
export interface AttachRequest {
  readonly regionId: string;
  readonly networkInterfaceId: string;
  readonly instanceId: string;
}

/** `{ regionId, networkInterfaceId, confirmed }`: detach without the tree; only `confirmed: true` skips the question. */
export interface DetachRequest {
  readonly regionId: string;
  readonly networkInterfaceId: string;
  readonly confirmed: boolean;
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

/** The first of `names` whose value is not a well-formed id of its kind (any other extension may call the commands). */
function firstInvalid(value: object, names: ReadonlyArray<keyof typeof FIELDS>): string | undefined {
  const record = value as Record<string, unknown>;
  return names.find((name) => {
    const field = record[name];
    return typeof field !== 'string' || !FIELDS[name].valid(field);
  });
}

export function parseAttachRequest(value: object): AttachRequest | InvalidRequest {
  const invalid = firstInvalid(value, ['regionId', 'networkInterfaceId', 'instanceId']);
  if (invalid) {
    return { kind: 'invalidArgument', field: invalid };
  }
  const { regionId, networkInterfaceId, instanceId } = value as AttachRequest;
  return { regionId, networkInterfaceId, instanceId };
}

export function parseDetachRequest(value: object): DetachRequest | InvalidRequest {
  const invalid = firstInvalid(value, ['regionId', 'networkInterfaceId']);
  if (invalid) {
    return { kind: 'invalidArgument', field: invalid };
  }
  const { regionId, networkInterfaceId, confirmed } = value as Record<string, unknown> & DetachRequest;
  return { regionId, networkInterfaceId, confirmed: confirmed === true };
}

export const isInvalidRequest = (value: object): value is InvalidRequest => (value as Partial<InvalidRequest>).kind === 'invalidArgument';
