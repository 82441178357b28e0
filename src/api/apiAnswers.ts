import type { InstanceSummary, NetworkInterfaceSummary, WriteResult } from '../../api/alicloud-ecs-explorer';
import type { Instance } from '../domain/instance';
import { addressesOf, type NetworkInterface } from '../domain/networkInterface';
import type { AutomationResult } from '../commands/kit/automationRequests';

/** What the attach and detach commands answer automation. */
export type CommandOutcome = AutomationResult | undefined;

const RESULTS: Readonly<Record<string, WriteResult['outcome']>> = {
  attached: 'done',
  detached: 'done',
  refused: 'refused',
  needsStop: 'refused',
  error: 'failed',
  failedInEcs: 'failed',
  timedOut: 'failed',
  stoppedWaiting: 'failed',
  cancelled: 'cancelled',
  declined: 'cancelled',
  busy: 'busy',
  invalidArgument: 'invalidArgument',
};

export function writeResult(outcome: CommandOutcome): WriteResult {
  // A command that threw has explained itself to the user already; the caller learns only that it failed.
  if (!outcome) {
    return { outcome: 'failed' };
  }
  return {
    outcome: Object.hasOwn(RESULTS, outcome.kind) ? (RESULTS[outcome.kind] ?? 'failed') : 'failed',
    ...(outcome.code ? { code: outcome.code } : {}),
    ...(outcome.field ? { field: outcome.field } : {}),
  };
}

/** The named fields of a caller's object as plain values, each read once (a getter may answer differently each time). */
export function plainFields(value: unknown, names: readonly string[]): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  try {
    return Object.fromEntries(names.map((name) => [name, (value as Record<string, unknown>)[name]]));
  } catch {
    return undefined;
  }
}

const tagsOf = (tags: Instance['tags']): Array<{ key: string; value: string }> => tags.map(({ key, value }) => ({ key, value }));

export const eniSummary = (eni: NetworkInterface): NetworkInterfaceSummary => ({
  networkInterfaceId: eni.networkInterfaceId,
  name: eni.networkInterfaceName,
  status: eni.status,
  type: eni.type,
  instanceId: eni.instanceId,
  zoneId: eni.zoneId,
  vpcId: eni.vpcId,
  vSwitchId: eni.vSwitchId,
  privateIpAddresses: addressesOf(eni)
    .filter(({ kind }) => kind === 'primary' || kind === 'secondary')
    .map(({ address }) => address),
  ipv6Addresses: [...eni.ipv6Addresses],
  securityGroupIds: [...eni.securityGroupIds],
  tags: tagsOf(eni.tags),
});

export const instanceSummary = (instance: Instance): InstanceSummary => ({
  instanceId: instance.instanceId,
  name: instance.instanceName,
  status: instance.status,
  instanceType: instance.instanceType,
  zoneId: instance.zoneId,
  vpcId: instance.vpcId,
  privateIpAddress: instance.privateIpAddress,
  tags: tagsOf(instance.tags),
});
