import type { CommandRunRequest } from '../cloudAssistant';
import type { Tag } from '../instance';
import type { StoppedMode } from '../instanceRules';
import type { AddressRequest, NetworkInterfaceChange, NewNetworkInterface } from '../networkInterfaceChanges';

/** One query parameter as ECS receives it: its wire name (`SecurityGroupIds.1`, `Tag.2.Key`) and its text. */
export type EcsParam = readonly [name: string, value: string];

/**
 * One ECS request in the flat form of ECS's RPC API, with the same parameters our SDK adapter sends for the same write.
 * `regionId` picks the endpoint; it is also a parameter (`RegionId`) of every action but StartInstance, StopInstance and
 * RebootInstance, which the adapter sends without one. No credential or signature parameter is ever part of it.
 */
export interface EcsRequest {
  readonly action: string;
  readonly regionId: string;
  readonly params: readonly EcsParam[];
}

/** TagResources and UntagResources name the kind of resource; ECS's name for ENIs. */
const ENI_RESOURCE_TYPE = 'eni';

/** How a stop is asked for: the adapter always sends the mode (standard unless said), and ForceStop only when true. */
export interface StopRequestOptions {
  readonly stoppedMode?: StoppedMode;
  readonly force?: boolean;
}

/** `Name.1`, `Name.2`, …: how ECS's RPC API takes a list (1-based). */
const numbered = (name: string, values: readonly string[]): EcsParam[] => values.map((value, index) => [`${name}.${index + 1}`, value]);

const tagParams = (tags: readonly Tag[]): EcsParam[] =>
  tags.flatMap((tag, index): EcsParam[] => [
    [`Tag.${index + 1}.Key`, tag.key],
    [`Tag.${index + 1}.Value`, tag.value],
  ]);

/** The parameter when the value is given; nothing when it is undefined (an empty text is sent, as the SDK sends it). */
const optional = (name: string, value: string | undefined): EcsParam[] => (value === undefined ? [] : [[name, value]]);

const request = (action: string, regionId: string, params: readonly EcsParam[]): EcsRequest => ({ action, regionId, params });

export const attachRequest = (regionId: string, networkInterfaceId: string, instanceId: string): EcsRequest =>
  request('AttachNetworkInterface', regionId, [
    ['RegionId', regionId],
    ['NetworkInterfaceId', networkInterfaceId],
    ['InstanceId', instanceId],
  ]);

export const detachRequest = (regionId: string, networkInterfaceId: string, instanceId: string): EcsRequest =>
  request('DetachNetworkInterface', regionId, [
    ['RegionId', regionId],
    ['NetworkInterfaceId', networkInterfaceId],
    ['InstanceId', instanceId],
  ]);

/**
 * Everything but the ClientToken: a token makes the retries of one request idempotent, and a command run again later
 * with the same token would be answered with the first ENI instead of a new one.
 */
export const createRequest = (eni: NewNetworkInterface): EcsRequest =>
  request('CreateNetworkInterface', eni.regionId, [
    ['RegionId', eni.regionId],
    ['VSwitchId', eni.vSwitchId],
    ...numbered('SecurityGroupIds', eni.securityGroupIds),
    ...optional('NetworkInterfaceName', eni.name),
    ...optional('Description', eni.description),
    ...optional('PrimaryIpAddress', eni.primaryIpAddress),
    ...tagParams(eni.tags ?? []),
  ]);

export const deleteRequest = (regionId: string, networkInterfaceId: string): EcsRequest =>
  request('DeleteNetworkInterface', regionId, [
    ['RegionId', regionId],
    ['NetworkInterfaceId', networkInterfaceId],
  ]);

/** The security groups travel as SecurityGroupId.N here (CreateNetworkInterface's are SecurityGroupIds.N). */
export const modifyRequest = (regionId: string, networkInterfaceId: string, change: NetworkInterfaceChange): EcsRequest =>
  request('ModifyNetworkInterfaceAttribute', regionId, [
    ['RegionId', regionId],
    ['NetworkInterfaceId', networkInterfaceId],
    ...optional('NetworkInterfaceName', change.name),
    ...optional('Description', change.description),
    ...numbered('SecurityGroupId', change.securityGroupIds ?? []),
  ]);

export const tagRequest = (regionId: string, networkInterfaceIds: readonly string[], tags: readonly Tag[]): EcsRequest =>
  request('TagResources', regionId, [
    ['RegionId', regionId],
    ['ResourceType', ENI_RESOURCE_TYPE],
    ...numbered('ResourceId', networkInterfaceIds),
    ...tagParams(tags),
  ]);

export const untagRequest = (regionId: string, networkInterfaceIds: readonly string[], tagKeys: readonly string[]): EcsRequest =>
  request('UntagResources', regionId, [
    ['RegionId', regionId],
    ['ResourceType', ENI_RESOURCE_TYPE],
    ...numbered('ResourceId', networkInterfaceIds),
    ...numbered('TagKey', tagKeys),
  ]);

export const startRequest = (regionId: string, instanceId: string): EcsRequest =>
  request('StartInstance', regionId, [['InstanceId', instanceId]]);

export const stopRequest = (regionId: string, instanceId: string, options: StopRequestOptions = {}): EcsRequest =>
  request('StopInstance', regionId, [
    ['InstanceId', instanceId],
    ['StoppedMode', options.stoppedMode ?? 'KeepCharging'],
    ...(options.force === true ? ([['ForceStop', 'true']] as const) : []),
  ]);

export const rebootRequest = (regionId: string, instanceId: string, force = false): EcsRequest =>
  request('RebootInstance', regionId, [['InstanceId', instanceId], ...(force ? ([['ForceStop', 'true']] as const) : [])]);

/** A count travels as SecondaryPrivateIpAddressCount, addresses as PrivateIpAddress.N (never both). */
export const assignPrivateIpAddressesRequest = (regionId: string, networkInterfaceId: string, address: AddressRequest): EcsRequest =>
  request('AssignPrivateIpAddresses', regionId, [
    ['RegionId', regionId],
    ['NetworkInterfaceId', networkInterfaceId],
    ...('count' in address
      ? ([['SecondaryPrivateIpAddressCount', String(address.count)]] as const)
      : numbered('PrivateIpAddress', address.addresses)),
  ]);

export const unassignPrivateIpAddressesRequest = (regionId: string, networkInterfaceId: string, addresses: readonly string[]): EcsRequest =>
  request('UnassignPrivateIpAddresses', regionId, [
    ['RegionId', regionId],
    ['NetworkInterfaceId', networkInterfaceId],
    ...numbered('PrivateIpAddress', addresses),
  ]);

/** A count travels as Ipv6AddressCount, addresses as Ipv6Address.N. */
export const assignIpv6AddressesRequest = (regionId: string, networkInterfaceId: string, address: AddressRequest): EcsRequest =>
  request('AssignIpv6Addresses', regionId, [
    ['RegionId', regionId],
    ['NetworkInterfaceId', networkInterfaceId],
    ...('count' in address ? ([['Ipv6AddressCount', String(address.count)]] as const) : numbered('Ipv6Address', address.addresses)),
  ]);

export const unassignIpv6AddressesRequest = (regionId: string, networkInterfaceId: string, addresses: readonly string[]): EcsRequest =>
  request('UnassignIpv6Addresses', regionId, [
    ['RegionId', regionId],
    ['NetworkInterfaceId', networkInterfaceId],
    ...numbered('Ipv6Address', addresses),
  ]);

/** The read behind one ENI row. */
export const describeNetworkInterfaceRequest = (regionId: string, networkInterfaceId: string): EcsRequest =>
  request('DescribeNetworkInterfaces', regionId, [
    ['RegionId', regionId],
    ['NetworkInterfaceId.1', networkInterfaceId],
  ]);

/** The read behind one instance row: DescribeInstances takes its ids as one JSON array. */
export const describeInstanceRequest = (regionId: string, instanceId: string): EcsRequest =>
  request('DescribeInstances', regionId, [
    ['RegionId', regionId],
    ['InstanceIds', JSON.stringify([instanceId])],
  ]);

/** Names that would carry a credential or a signature: never part of an exported request. */
const SECRET_NAME = /accesskey|secret|securitytoken|bearertoken|password|^signature/i;

export const isSecretParamName = (name: string): boolean => SECRET_NAME.test(name);

/** Refuses a request that names a credential or signature parameter (none of the builders makes one). */
export function assertNoSecrets(ecsRequest: EcsRequest): void {
  const secret = ecsRequest.params.find(([name]) => isSecretParamName(name));
  if (secret !== undefined) {
    throw new Error(`${ecsRequest.action}: the parameter ${secret[0]} would carry a credential; it is never exported.`);
  }
}

export const installCloudAssistantRequest = (regionId: string, instanceIds: readonly string[]): EcsRequest =>
  request('InstallCloudAssistant', regionId, [['RegionId', regionId], ...numbered('InstanceId', instanceIds)]);

/**
 * The script in plain text (ContentEncoding PlainText), readable in an export; the adapter sends the same script in
 * Base64. Like CreateNetworkInterface's, without the ClientToken.
 */
export const runCommandRequest = (run: CommandRunRequest): EcsRequest =>
  request('RunCommand', run.regionId, [
    ['RegionId', run.regionId],
    ['Type', 'RunShellScript'],
    ['CommandContent', run.script],
    ['ContentEncoding', 'PlainText'],
    ...numbered('InstanceId', run.instanceIds),
    ['Name', run.name],
    ['Timeout', String(run.timeoutSeconds)],
  ]);

export const stopInvocationRequest = (regionId: string, invokeId: string): EcsRequest =>
  request('StopInvocation', regionId, [
    ['RegionId', regionId],
    ['InvokeId', invokeId],
  ]);

export const startTerminalSessionRequest = (regionId: string, instanceId: string): EcsRequest =>
  request('StartTerminalSession', regionId, [
    ['RegionId', regionId],
    ['InstanceId.1', instanceId],
  ]);
