import { EmulatorError, errors } from '../errors';
import { beginReboot, beginStart, beginStop } from '../lifecycle';
import type { EmAccount, EmInstance } from '../model';
import { networkInterfacesOfInstances, wireInstance } from '../wire';
import { type ActionContext, paginate, region } from './context';
import { requestTags } from './eniRules';

const INSTANCE_STATUSES = new Set(['Pending', 'Running', 'Starting', 'Stopping', 'Stopped']);
const INSTANCE_ID = /^i-[a-z0-9]{1,40}$/;

/** `*` matches any run of characters, as in DescribeInstances' InstanceName filter. */
function wildcard(pattern: string): RegExp {
  const escaped = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${escaped}$`);
}

/**
 * Filters DescribeInstancesRequest documents that have nothing to match in the emulator's model (images, key pairs,
 * HPC clusters, public and elastic addresses, locks, metadata options…): refused, so that no test takes an unfiltered
 * answer for a filtered one. The extension sends none of them.
 */
const UNMODELLED_INSTANCE_FILTERS = [
  'AdditionalAttributes',
  'DeviceAvailable',
  'EipAddresses',
  'HpcClusterId',
  'HttpEndpoint',
  'HttpPutResponseHopLimit',
  'HttpTokens',
  'ImageId',
  'InnerIpAddresses',
  'InternetChargeType',
  'IoOptimized',
  'KeyPairName',
  'LockReason',
  'NeedSaleCycle',
  'PublicIpAddresses',
  'RdmaIpAddresses',
];

/** A JSON array of addresses; anything else is refused with the generic code (the reference names none for it). */
function jsonAddresses(text: string | undefined): string[] | undefined {
  if (text === undefined) {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) {
      return parsed as string[];
    }
  } catch {
    // refused below
  }
  throw new EmulatorError('InvalidParameter', 400, 'PrivateIpAddresses must be a JSON array of addresses.');
}

/**
 * The filters of DescribeInstancesRequest the emulator models, each of which must hold: `Tag.N` (a tag with that key,
 * and that value when one is given), `VSwitchId`, `InstanceType`, `InstanceTypeFamily` (`ecs.g7` of `ecs.g7.large`),
 * `SecurityGroupId`, `PrivateIpAddresses` (a JSON array: any of them), `InstanceChargeType`, `InstanceNetworkType`
 * (every emulated instance is in a VPC), `Ipv6Address.N` (instances hold none; their ENIs do) and `ResourceGroupId`
 * (everything is in the default group, which cannot be filtered by).
 */
function describedInstanceFilters(params: ActionContext['params']): (instance: EmInstance) => boolean {
  const unmodelled = UNMODELLED_INSTANCE_FILTERS.filter((name) => params.raw(name) !== undefined || params.raw(`${name}.1`) !== undefined);
  if (unmodelled.length > 0 || params.raw('Filter.1.Key') !== undefined) {
    throw errors.unsupportedParameter();
  }
  const tags = requestTags(params);
  const vSwitchId = params.optional('VSwitchId');
  const instanceType = params.optional('InstanceType');
  const family = params.optional('InstanceTypeFamily');
  const securityGroupId = params.optional('SecurityGroupId');
  const privateIps = jsonAddresses(params.optional('PrivateIpAddresses'));
  const chargeType = params.optional('InstanceChargeType');
  const networkType = params.optional('InstanceNetworkType');
  const ipv6 = params.list('Ipv6Address');
  const resourceGroupId = params.optional('ResourceGroupId');
  return (instance) =>
    tags.every((tag) => instance.tags.some((held) => held.key === tag.key && (tag.value === '' || held.value === tag.value))) &&
    (vSwitchId === undefined || instance.vSwitchId === vSwitchId) &&
    (instanceType === undefined || instance.instanceType === instanceType) &&
    (family === undefined || instance.instanceType.split('.').slice(0, 2).join('.') === family) &&
    (securityGroupId === undefined || instance.securityGroupIds.includes(securityGroupId)) &&
    (privateIps === undefined || privateIps.includes(instance.privateIpAddress)) &&
    (chargeType === undefined || (instance.instanceChargeType ?? 'PostPaid') === chargeType) &&
    (networkType === undefined || networkType === 'vpc') &&
    ipv6.length === 0 &&
    resourceGroupId === undefined;
}

export function describeInstances(context: ActionContext): Record<string, unknown> {
  const { params, account } = context;
  const regionId = region(context).regionId;
  const ids = params.jsonList('InstanceIds');
  if (ids && ids.length > 100) {
    throw new EmulatorError('InvalidInstanceIds.Malformed', 400, 'The specified InstanceIds are more than 100.');
  }
  const status = params.optional('Status');
  if (status !== undefined && !INSTANCE_STATUSES.has(status)) {
    throw new EmulatorError('InvalidStatus.ValueNotSupported', 400, 'The specified Status is not supported.');
  }
  const vpcId = params.optional('VpcId');
  const zoneId = params.optional('ZoneId');
  const name = params.optional('InstanceName');
  const namePattern = name === undefined ? undefined : wildcard(name);
  const matchesEvery = describedInstanceFilters(params);
  const matches = [...account.instances.values()].filter(
    (instance) =>
      instance.regionId === regionId &&
      (!ids || ids.includes(instance.instanceId)) &&
      (status === undefined || instance.status === status) &&
      (vpcId === undefined || instance.vpcId === vpcId) &&
      (zoneId === undefined || instance.zoneId === zoneId) &&
      (!namePattern || namePattern.test(instance.instanceName)) &&
      matchesEvery(instance),
  );
  const page = paginate(params, matches, { minResults: 10, maxResults: 100, maxPageSize: 100, defaultPageSize: 10 });
  const attached = networkInterfacesOfInstances(account, page.items);
  return {
    ...page.fields,
    Instances: { Instance: page.items.map((instance) => wireInstance(account, instance, attached.get(instance.instanceId) ?? [])) },
  };
}

export function describeInstanceStatus(context: ActionContext): Record<string, unknown> {
  const { params, account } = context;
  const regionId = region(context).regionId;
  const ids = params.list('InstanceId');
  if (ids.length > 100) {
    throw new EmulatorError('InvalidParameter', 400, 'InstanceId can hold at most 100 values.');
  }
  const zoneId = params.optional('ZoneId');
  const matches = [...account.instances.values()].filter(
    (instance) =>
      instance.regionId === regionId &&
      (ids.length === 0 || ids.includes(instance.instanceId)) &&
      (zoneId === undefined || instance.zoneId === zoneId),
  );
  const pageParams =
    params.optional('PageSize') === undefined && params.optional('PageNumber') === undefined
      ? { items: matches.slice(0, 10), fields: { PageNumber: 1, PageSize: 10, TotalCount: matches.length } }
      : paginate(params, matches, { minResults: 1, maxResults: 50, maxPageSize: 50, defaultPageSize: 10 });
  return {
    ...pageParams.fields,
    InstanceStatuses: { InstanceStatus: pageParams.items.map((i) => ({ InstanceId: i.instanceId, Status: i.status })) },
  };
}

/** No RegionId in the SDK model: the instance is looked up in every region of the account. */
export function describeInstanceAttribute(context: ActionContext): Record<string, unknown> {
  const instance = instanceById(context.account, context.params.required('InstanceId'), errors.instanceNotFound);
  const attributes = wireInstance(context.account, instance);
  delete attributes.Tags;
  delete attributes.NetworkInterfaces;
  return attributes;
}

export function instanceById(account: EmAccount, instanceId: string, notFound: () => EmulatorError): EmInstance {
  if (!INSTANCE_ID.test(instanceId)) {
    throw errors.instanceIdMalformed();
  }
  const instance = account.instances.get(instanceId);
  if (!instance) {
    throw notFound();
  }
  return instance;
}

/** Start, Stop and Reboot carry no RegionId in the SDK model; one is checked when present. DryRun only validates. */
function regionalInstance(context: ActionContext): EmInstance {
  const regionId = context.params.optional('RegionId');
  const instance = instanceById(context.account, context.params.required('InstanceId'), errors.instanceNotFound);
  if (regionId !== undefined && instance.regionId !== regionId) {
    throw errors.instanceNotFound();
  }
  return instance;
}

function dryRun(context: ActionContext): void {
  if (context.params.optional('DryRun') === 'true') {
    throw new EmulatorError('DryRunOperation', 400, 'Request validation has been passed with DryRun flag set.');
  }
}

export function startInstance(context: ActionContext): Record<string, unknown> {
  const instance = regionalInstance(context);
  if (instance.status !== 'Stopped') {
    throw errors.incorrectInstanceStatus();
  }
  dryRun(context);
  beginStart(context.world, instance);
  return {};
}

/** A Boolean parameter: absent is false; anything but `true` or `false` is refused. */
function flag(context: ActionContext, name: string): boolean {
  const value = context.params.optional(name);
  if (value !== undefined && value !== 'true' && value !== 'false') {
    throw new EmulatorError('InvalidParameter', 400, `The specified parameter ${name} is not valid.`);
  }
  return value === 'true';
}

const STOPPED_MODES: ReadonlySet<string> = new Set(['KeepCharging', 'StopCharging']);

/**
 * Economical mode is for pay-as-you-go instances in a VPC (https://www.alibabacloud.com/help/en/ecs/user-guide/economical-mode).
 * StopInstance's reference: "If the instance does not support economical mode, the API does not return an error. The
 * instance is stopped as a priority" (https://www.alibabacloud.com/help/doc-detail/25501.html): it is then stopped in
 * standard mode, and DescribeInstances reports KeepCharging. Without StoppedMode the emulated account's default is
 * the standard mode (economical mode by default is a console setting it does not model).
 */
export function stopInstance(context: ActionContext): Record<string, unknown> {
  const instance = regionalInstance(context);
  const force = flag(context, 'ForceStop');
  const asked = context.params.optional('StoppedMode');
  if (asked !== undefined && !STOPPED_MODES.has(asked)) {
    throw new EmulatorError('InvalidParameter', 400, 'The specified parameter StoppedMode is not valid.');
  }
  if (instance.status !== 'Running') {
    throw errors.incorrectInstanceStatus();
  }
  dryRun(context);
  const economical = (instance.instanceChargeType ?? 'PostPaid') === 'PostPaid' && instance.vpcId !== '';
  beginStop(context.world, instance, { stoppedMode: asked === 'StopCharging' && economical ? 'StopCharging' : 'KeepCharging', force });
  return {};
}

export function rebootInstance(context: ActionContext): Record<string, unknown> {
  const instance = regionalInstance(context);
  const force = flag(context, 'ForceStop');
  if (instance.status !== 'Running') {
    throw errors.incorrectInstanceStatus();
  }
  dryRun(context);
  beginReboot(context.world, instance, force);
  return {};
}
