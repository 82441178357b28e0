import { eniTime } from '../clock';
import { EmulatorError, errors, invalidParameter, missingParameter } from '../errors';
import { beginDelete } from '../lifecycle';
import type { EmAccount, EmNetworkInterface } from '../model';
import { wireNetworkInterface } from '../wire';
import { type ActionContext, paginate, region } from './context';

const ENI_ID = /^eni-[a-z0-9]{1,40}$/;
const ENI_STATUSES = new Set(['Available', 'Attaching', 'InUse', 'Detaching', 'Deleting']);
const ENI_TYPES = new Set(['Primary', 'Secondary', 'Trunk', 'Member']);

export function describeNetworkInterfaces(context: ActionContext): Record<string, unknown> {
  const { params, account } = context;
  const regionId = region(context).regionId;
  const ids = params.list('NetworkInterfaceId');
  if (ids.length > 100) {
    throw new EmulatorError('InvalidParameter', 400, 'NetworkInterfaceId can hold at most 100 values.');
  }
  const status = params.optional('Status');
  if (status !== undefined && !ENI_STATUSES.has(status)) {
    throw invalidParameter('Status', `Supported values: ${[...ENI_STATUSES].join(', ')}.`);
  }
  const type = params.optional('Type');
  if (type !== undefined && !ENI_TYPES.has(type)) {
    throw invalidParameter('Type', `Supported values: ${[...ENI_TYPES].join(', ')}.`);
  }
  const instanceId = params.optional('InstanceId');
  const vpcId = params.optional('VpcId');
  const vSwitchId = params.optional('VSwitchId');
  const matches = [...account.networkInterfaces.values()].filter(
    (eni) =>
      eni.regionId === regionId &&
      (ids.length === 0 || ids.includes(eni.networkInterfaceId)) &&
      (instanceId === undefined || (eni.instanceId === instanceId && !eni.serviceManaged)) &&
      (vpcId === undefined || eni.vpcId === vpcId) &&
      (vSwitchId === undefined || eni.vSwitchId === vSwitchId) &&
      (status === undefined || eni.status === status) &&
      (type === undefined || eni.type === type),
  );
  // MaxResults 10 to 500, clamped (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describenetworkinterfaces); PageSize at most 100.
  const page = paginate(params, matches, { minResults: 10, maxResults: 500, maxPageSize: 100, defaultPageSize: 10 });
  return {
    ...page.fields,
    NetworkInterfaceSets: { NetworkInterfaceSet: page.items.map((eni) => wireNetworkInterface(account, eni)) },
  };
}

export function networkInterfaceById(account: EmAccount, regionId: string, id: string): EmNetworkInterface {
  if (!ENI_ID.test(id)) {
    throw errors.eniIdMalformed();
  }
  const eni = account.networkInterfaces.get(id);
  if (!eni || eni.regionId !== regionId) {
    throw errors.eniNotFound();
  }
  return eni;
}

function macFor(account: EmAccount): string {
  const n = account.networkInterfaces.size + 0x100000;
  const hex = n.toString(16).padStart(6, '0').slice(-6);
  return `00:16:3e:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
}

function freeHost(account: EmAccount, subnet: string): number {
  const used = new Set([...account.networkInterfaces.values()].map((eni) => eni.privateIpAddress));
  for (let host = 2; host < 255; host += 1) {
    if (!used.has(`${subnet}.${host}`)) {
      return host;
    }
  }
  throw new EmulatorError('InvalidVSwitchId.IpNotEnough', 400, 'The specified VSwitch has not enough IP addresses.');
}

let created = 0;

/** Synchronous in ECS: the new ENI is Available at once. */
export function createNetworkInterface(context: ActionContext): Record<string, unknown> {
  const { params, account } = context;
  const regionId = region(context).regionId;
  const vSwitchId = params.required('VSwitchId');
  const single = params.optional('SecurityGroupId');
  const several = params.list('SecurityGroupIds');
  if (single === undefined && several.length === 0) {
    throw missingParameter('SecurityGroupId');
  }
  if (single !== undefined && several.length > 0) {
    throw new EmulatorError('InvalidParameter', 400, 'SecurityGroupId and SecurityGroupIds cannot be specified together.');
  }
  const vSwitch = account.vSwitches.get(vSwitchId);
  if (!vSwitch || vSwitch.regionId !== regionId) {
    throw errors.vSwitchNotFound();
  }
  const securityGroupIds = single !== undefined ? [single] : several;
  if (securityGroupIds.some((id) => !account.securityGroups.has(id))) {
    throw errors.securityGroupNotFound();
  }
  const inRegion = [...account.networkInterfaces.values()].filter((eni) => eni.regionId === regionId).length;
  if (inRegion >= account.eniQuotaPerRegion) {
    throw errors.maxEniCount();
  }
  const instanceType = params.optional('InstanceType') ?? 'Secondary';
  if (instanceType !== 'Secondary' && instanceType !== 'Trunk') {
    throw invalidParameter('InstanceType', 'Supported values: Secondary, Trunk.');
  }
  const tags = collectTags(context);
  created += 1;
  const eni: EmNetworkInterface = {
    networkInterfaceId: `eni-em${context.world.clock.now().toString(36)}${created.toString(36)}`,
    networkInterfaceName: params.optional('NetworkInterfaceName') ?? '',
    description: params.optional('Description') ?? '',
    regionId,
    zoneId: vSwitch.zoneId,
    status: 'Available',
    type: instanceType,
    vpcId: vSwitch.vpcId,
    vSwitchId,
    privateIpAddress: params.optional('PrimaryIpAddress') ?? `${vSwitch.subnet}.${freeHost(account, vSwitch.subnet)}`,
    macAddress: macFor(account),
    securityGroupIds,
    instanceId: '',
    deviceIndex: undefined,
    serviceManaged: false,
    creationTime: eniTime(context.world.clock.now()),
    tags,
  };
  account.networkInterfaces.set(eni.networkInterfaceId, eni);
  return wireNetworkInterface(account, eni);
}

function collectTags(context: ActionContext): Array<{ key: string; value: string }> {
  const tags: Array<{ key: string; value: string }> = [];
  for (let n = 1; n <= 20; n += 1) {
    const key = context.params.optional(`Tag.${n}.Key`);
    if (key === undefined) {
      break;
    }
    tags.push({ key, value: context.params.optional(`Tag.${n}.Value`) ?? '' });
  }
  return tags;
}

export function deleteNetworkInterface(context: ActionContext): Record<string, unknown> {
  const regionId = region(context).regionId;
  const eni = networkInterfaceById(context.account, regionId, context.params.required('NetworkInterfaceId'));
  if (eni.serviceManaged) {
    throw errors.eniServiceManaged();
  }
  if (eni.status !== 'Available') {
    throw errors.invalidEniState('Available', eni.status);
  }
  beginDelete(context.world, context.account, eni);
  return {};
}
