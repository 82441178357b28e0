import { addressesInUse, freeAddressCount } from '../addresses';
import { EmulatorError, errors } from '../errors';
import type { EmSecurityGroup, EmVSwitch } from '../model';
import { type ActionContext, numberedPage, paginate, region } from './context';

/** The vSwitches of the request's region (or of its `VpcId`) that its `VpcId`, `ZoneId`, `VSwitchId` and `IsDefault` let through. */
function matchingVSwitches(context: ActionContext): EmVSwitch[] {
  const { params, account } = context;
  const regionId = region(context).regionId;
  const vpcId = params.optional('VpcId');
  const zoneId = params.optional('ZoneId');
  const vSwitchId = params.optional('VSwitchId');
  const isDefault = params.optional('IsDefault');
  return [...account.vSwitches.values()].filter(
    (vSwitch) =>
      vSwitch.regionId === regionId &&
      (vpcId === undefined || vSwitch.vpcId === vpcId) &&
      (zoneId === undefined || vSwitch.zoneId === zoneId) &&
      (vSwitchId === undefined || vSwitch.vSwitchId === vSwitchId) &&
      isDefault !== 'true',
  );
}

/**
 * ECS's own DescribeVSwitches (2014-05-26), deprecated in favour of VPC's but still answered
 * (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describevswitches): PageNumber and
 * PageSize only, at most 50 a page, 10 by default; its answer has no IPv6 CIDR block (the SDK's model has no field for it).
 */
export function describeVSwitches(context: ActionContext): Record<string, unknown> {
  const page = numberedPage(context.params, matchingVSwitches(context), { maxPageSize: 50, defaultPageSize: 10 });
  const inUse = addressesInUse(context.account);
  return {
    ...page.fields,
    VSwitches: {
      VSwitch: page.items.map((vSwitch) => {
        const fields = wireVSwitch(vSwitch, inUse.get(vSwitch.vSwitchId));
        delete fields.Ipv6CidrBlock;
        return fields;
      }),
    },
  };
}

/** The filters of VPC's DescribeVSwitchesRequest the emulator does not model: refused rather than ignored. */
const UNMODELLED_VPC_FILTERS = ['RouteTableId', 'VSwitchOwnerId', 'Tag'] as const;

/**
 * VPC's DescribeVSwitches (2016-04-28, https://www.alibabacloud.com/help/en/vpc/developer-reference/api-vpc-2016-04-28-describevswitches):
 * PageNumber and PageSize, at most 50 a page, 10 by default; `VSwitchName`, `EnableIpv6` and `ResourceGroupId` filter as
 * well (everything is in the default group, which cannot be filtered by).
 */
export function describeVpcVSwitches(context: ActionContext): Record<string, unknown> {
  const { params } = context;
  // RegionId or VpcId: either one names the region.
  const vpcId = params.optional('VpcId');
  if (params.optional('RegionId') === undefined && vpcId !== undefined) {
    const regionId = [...context.account.vSwitches.values()].find((vSwitch) => vSwitch.vpcId === vpcId)?.regionId;
    return describeVpcVSwitches({ ...context, params: context.params.with('RegionId', regionId ?? 'cn-hangzhou') });
  }
  if (UNMODELLED_VPC_FILTERS.some((name) => params.raw(name) !== undefined || params.raw(`${name}.1.Key`) !== undefined)) {
    throw errors.unsupportedParameter();
  }
  const name = params.optional('VSwitchName');
  const enableIpv6 = params.optional('EnableIpv6');
  const resourceGroupId = params.optional('ResourceGroupId');
  const matches = matchingVSwitches(context).filter(
    (vSwitch) =>
      (name === undefined || vSwitch.vSwitchName === name) &&
      (enableIpv6 === undefined || (enableIpv6 === 'true') === (vSwitch.ipv6CidrBlock !== '')) &&
      resourceGroupId === undefined,
  );
  const page = numberedPage(params, matches, { maxPageSize: 50, defaultPageSize: 10 });
  const inUse = addressesInUse(context.account);
  return { ...page.fields, VSwitches: { VSwitch: page.items.map((vSwitch) => wireVSwitch(vSwitch, inUse.get(vSwitch.vSwitchId))) } };
}

function wireVSwitch(vSwitch: EmVSwitch, inUse: ReadonlySet<string> | undefined): Record<string, unknown> {
  return {
    VSwitchId: vSwitch.vSwitchId,
    VSwitchName: vSwitch.vSwitchName,
    Description: vSwitch.description,
    VpcId: vSwitch.vpcId,
    ZoneId: vSwitch.zoneId,
    CidrBlock: vSwitch.cidrBlock,
    Ipv6CidrBlock: vSwitch.ipv6CidrBlock,
    Status: vSwitch.status,
    AvailableIpAddressCount: freeAddressCount(vSwitch, inUse),
    CreationTime: vSwitch.creationTime,
    IsDefault: false,
    ResourceGroupId: '',
  };
}

/**
 * DescribeSecurityGroups (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describesecuritygroups):
 * sorted by id, descending; MaxResults/NextToken paging (1 to 100, 10 by default) answers no TotalCount; the older
 * PageNumber/PageSize paging (at most 50) does.
 */
export function describeSecurityGroups(context: ActionContext): Record<string, unknown> {
  const { params, account } = context;
  const regionId = region(context).regionId;
  const ids = params.jsonList('SecurityGroupIds');
  if (ids && ids.length > 100) {
    throw new EmulatorError('InvalidParameter', 400, 'SecurityGroupIds can hold at most 100 ids.');
  }
  const vpcId = params.optional('VpcId');
  const id = params.optional('SecurityGroupId');
  const name = params.optional('SecurityGroupName');
  const networkType = params.optional('NetworkType');
  const matches = [...account.securityGroups.values()]
    .filter(
      (group) =>
        group.regionId === regionId &&
        (!ids || ids.includes(group.securityGroupId)) &&
        (id === undefined || group.securityGroupId === id) &&
        (vpcId === undefined || group.vpcId === vpcId) &&
        (name === undefined || group.securityGroupName === name) &&
        (networkType === undefined || (networkType === 'classic') === (group.vpcId === '')),
    )
    .sort((a, b) => (a.securityGroupId < b.securityGroupId ? 1 : -1));
  const page = paginate(params, matches, { minResults: 1, maxResults: 100, defaultResults: 10, maxPageSize: 50, defaultPageSize: 10 });
  const { TotalCount, ...tokenFields } = page.fields;
  const fields = 'NextToken' in page.fields ? tokenFields : { ...tokenFields, TotalCount };
  return { ...fields, RegionId: regionId, SecurityGroups: { SecurityGroup: page.items.map(wireSecurityGroup) } };
}

function wireSecurityGroup(group: EmSecurityGroup): Record<string, unknown> {
  return {
    SecurityGroupId: group.securityGroupId,
    SecurityGroupName: group.securityGroupName,
    Description: group.description,
    VpcId: group.vpcId,
    SecurityGroupType: group.securityGroupType,
    CreationTime: group.creationTime,
    ResourceGroupId: '',
    ServiceManaged: false,
    Tags: { Tag: [] },
  };
}
