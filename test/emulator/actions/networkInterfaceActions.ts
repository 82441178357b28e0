import { EmulatorError, errors, invalidParameter } from '../errors';
import { beginDelete } from '../lifecycle';
import type { EmAccount, EmNetworkInterface } from '../model';
import { wireNetworkInterface } from '../wire';
import { type ActionContext, paginate, region } from './context';
import { description, networkInterfaceName, requestTags, securityGroupsFor } from './eniRules';

/** ModifyNetworkInterfaceAttribute's reference says 2 to 255 characters (CreateNetworkInterface's, 256). */
const MAX_MODIFIED_DESCRIPTION = 255;

const ENI_ID = /^eni-[a-z0-9]{1,40}$/;
const ENI_STATUSES = new Set(['Available', 'Attaching', 'InUse', 'Detaching', 'Deleting']);
const ENI_TYPES = new Set(['Primary', 'Secondary', 'Trunk', 'Member']);
/** "Valid values of N: 1 to 20" (DescribeNetworkInterfacesRequestTag). */
const MAX_TAG_FILTERS = 20;

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
  const matchesEvery = describedFilters(params);
  const matches = [...account.networkInterfaces.values()].filter(
    (eni) =>
      eni.regionId === regionId &&
      (ids.length === 0 || ids.includes(eni.networkInterfaceId)) &&
      (instanceId === undefined || (eni.instanceId === instanceId && !eni.serviceManaged)) &&
      (vpcId === undefined || eni.vpcId === vpcId) &&
      (vSwitchId === undefined || eni.vSwitchId === vSwitchId) &&
      (status === undefined || eni.status === status) &&
      (type === undefined || eni.type === type) &&
      matchesEvery(eni),
  );
  // MaxResults 10 to 500, clamped (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describenetworkinterfaces); PageSize at most 100.
  const page = paginate(params, matches, { minResults: 10, maxResults: 500, maxPageSize: 100, defaultPageSize: 10 });
  return {
    ...page.fields,
    NetworkInterfaceSets: { NetworkInterfaceSet: page.items.map((eni) => wireNetworkInterface(account, eni)) },
  };
}

/**
 * The other filters the request model of DescribeNetworkInterfaces documents (`@alicloud/ecs20140526`'s
 * DescribeNetworkInterfacesRequest): each given one must hold. `Tag.N` (N 1 to 20): a tag with that key, and that value
 * when one is given; `SecurityGroupId` finds secondary ENIs only (the reference sends primary ones to DescribeInstances);
 * `PrivateIpAddress.N` and `Ipv6Address.N`: any of them; `ResourceGroupId`: the emulator keeps every resource in the
 * default group, which the reference says cannot be filtered by, so no ENI is in the one named.
 */
function describedFilters(params: ActionContext['params']): (eni: EmNetworkInterface) => boolean {
  const tags = requestTags(params);
  if (tags.length > MAX_TAG_FILTERS) {
    // The reference names no code for this; the generic one until a real account's answer says otherwise.
    throw new EmulatorError('InvalidParameter', 400, `Tag.N can hold at most ${MAX_TAG_FILTERS} tags.`);
  }
  const name = params.optional('NetworkInterfaceName');
  const primaryIp = params.optional('PrimaryIpAddress');
  const privateIps = params.list('PrivateIpAddress');
  const ipv6 = params.list('Ipv6Address');
  const securityGroupId = params.optional('SecurityGroupId');
  const serviceManaged = params.optional('ServiceManaged');
  if (serviceManaged !== undefined && serviceManaged !== 'true' && serviceManaged !== 'false') {
    throw new EmulatorError('InvalidParameter', 400, 'ServiceManaged: supported values are true and false.');
  }
  const resourceGroupId = params.optional('ResourceGroupId');
  return (eni) =>
    tags.every((tag) => eni.tags.some((held) => held.key === tag.key && (tag.value === '' || held.value === tag.value))) &&
    (name === undefined || eni.networkInterfaceName === name) &&
    (primaryIp === undefined || eni.privateIpAddress === primaryIp) &&
    (privateIps.length === 0 || privateIps.some((ip) => ip === eni.privateIpAddress || eni.secondaryIps.includes(ip))) &&
    (ipv6.length === 0 || ipv6.some((ip) => eni.ipv6Addresses.includes(ip))) &&
    (securityGroupId === undefined || (eni.type !== 'Primary' && eni.securityGroupIds.includes(securityGroupId))) &&
    (serviceManaged === undefined || eni.serviceManaged === (serviceManaged === 'true')) &&
    resourceGroupId === undefined;
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

/** Asynchronous: the ENI is Deleting, then gone (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-deletenetworkinterface). */
export function deleteNetworkInterface(context: ActionContext): Record<string, unknown> {
  const regionId = region(context).regionId;
  const eni = networkInterfaceById(context.account, regionId, context.params.required('NetworkInterfaceId'));
  if (eni.type === 'Primary') {
    throw errors.invalidEniType();
  }
  if (eni.serviceManaged) {
    throw errors.eniServiceManaged();
  }
  // "If the ENI stays Deleting for a long time, the deletion failed; call the operation again": a repeat is accepted.
  if (eni.status !== 'Available' && eni.status !== 'Deleting') {
    throw errors.invalidEniState('Available', eni.status);
  }
  beginDelete(context.world, context.account, eni);
  return {};
}

/**
 * Name, description and security groups (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-modifynetworkinterfaceattribute):
 * SecurityGroupId.N is the whole new list; a primary ENI may change only its name and description.
 */
export function modifyNetworkInterfaceAttribute(context: ActionContext): Record<string, unknown> {
  const { params, account } = context;
  const regionId = region(context).regionId;
  const eni = networkInterfaceById(account, regionId, params.required('NetworkInterfaceId'));
  if (eni.serviceManaged) {
    throw errors.eniServiceManaged();
  }
  // Not documented: the emulator refuses changes to an ENI on its way out.
  if (eni.status === 'Deleting') {
    throw errors.invalidEniState('Available', eni.status);
  }
  const name = networkInterfaceName(params);
  const text = description(params, MAX_MODIFIED_DESCRIPTION);
  const groupIds = params.list('SecurityGroupId');
  if (groupIds.length > 0 && eni.type === 'Primary') {
    throw new EmulatorError(
      'InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc',
      404,
      'Primary NetworkInterface is only allowed to modify name and description.',
    );
  }
  const groups = groupIds.length > 0 ? securityGroupsFor(account, regionId, eni.vpcId, groupIds) : undefined;
  eni.networkInterfaceName = name ?? eni.networkInterfaceName;
  eni.description = text ?? eni.description;
  eni.securityGroupIds = groups?.map((group) => group.securityGroupId) ?? eni.securityGroupIds;
  return {};
}
