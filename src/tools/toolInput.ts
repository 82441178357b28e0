import { isInstanceId, isNetworkInterfaceId } from '../domain/ids';
import { isRegionId } from '../domain/regions';

/** A field of a tool's input that cannot be used, named so that the model can correct it. */
export interface InputProblem {
  readonly field: string;
  readonly expected: string;
}

export const isInputProblem = (value: unknown): value is InputProblem =>
  typeof value === 'object' && value !== null && 'field' in value && 'expected' in value;

/** The input's own fields, each read once into a plain value: a model's JSON, or another extension's object. */
export function fieldsOf(input: unknown, names: readonly string[]): Record<string, unknown> | InputProblem {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { field: 'input', expected: 'an object' };
  }
  try {
    return Object.fromEntries(
      names.map((name) => [name, Object.hasOwn(input, name) ? (input as Record<string, unknown>)[name] : undefined]),
    );
  } catch {
    return { field: 'input', expected: 'an object of plain fields' };
  }
}

type Check = (value: unknown) => boolean;

const isText =
  (pattern: (text: string) => boolean): Check =>
  (value) =>
    typeof value === 'string' && pattern(value);

export const CHECKS = {
  regionId: { check: isText(isRegionId), expected: 'a region id such as cn-hangzhou' },
  networkInterfaceId: { check: isText(isNetworkInterfaceId), expected: 'an ENI id such as eni-bp17pdijfczax1huji00' },
  instanceId: { check: isText(isInstanceId), expected: 'an instance id such as i-bp1h4adlltjc1d48goaq' },
  resourceId: {
    check: isText((text) => isInstanceId(text) || isNetworkInterfaceId(text)),
    expected: 'an instance id (i-…) or an ENI id (eni-…)',
  },
  vSwitchId: { check: isText((text) => /^vsw-[a-z0-9]{1,64}$/.test(text)), expected: 'a vSwitch id such as vsw-bp1s5fnvk4gn2tws0****' },
  query: { check: isText((text) => text.trim().length > 0 && text.length <= 200), expected: 'a text of 1 to 200 characters' },
  name: { check: (value) => value === undefined || typeof value === 'string', expected: 'a text' },
  description: { check: (value) => value === undefined || typeof value === 'string', expected: 'a text' },
  securityGroupIds: {
    check: (value) =>
      Array.isArray(value) &&
      value.length >= 1 &&
      value.length <= 5 &&
      value.every((id) => typeof id === 'string' && /^sg-[a-z0-9]{1,64}$/.test(id)),
    expected: 'one to five security group ids such as sg-bp67acfmxazb4p****',
  },
  family: { check: (value) => value === 'ipv4' || value === 'ipv6', expected: '"ipv4" or "ipv6"' },
  count: {
    check: (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 10,
    expected: 'a whole number from 1 to 10',
  },
  dryRun: { check: (value) => value === undefined || typeof value === 'boolean', expected: 'true or false' },
} as const satisfies Record<string, { check: Check; expected: string }>;

export type FieldName = keyof typeof CHECKS;

/** The named fields, checked; the first one that is wrong, otherwise. */
export function readInput<K extends FieldName>(input: unknown, names: readonly K[]): Record<K, unknown> | InputProblem {
  const fields = fieldsOf(input, names);
  if (isInputProblem(fields)) {
    return fields;
  }
  for (const name of names) {
    if (!CHECKS[name].check(fields[name])) {
      return { field: name, expected: CHECKS[name].expected };
    }
  }
  return fields as Record<K, unknown>;
}
