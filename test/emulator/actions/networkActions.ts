import { addressesInUse, freeAddressCount } from '../addresses';
import { EmulatorError } from '../errors';
import type { EmSecurityGroup, EmVSwitch } from '../model';
import { type ActionContext, numberedPage, paginate, region } from './context';

/**
 * ECS's own DescribeVSwitches (2014-05-26; VPC's 2016-04-28 action of the same name is the documented one, with the
 * same paging: https://www.alibabacloud.com/help/en/vpc/developer-reference/api-vpc-2016-04-28-describevswitches):
 * PageNumber/PageSize only, at most 50 a page, 10 by default. An unknown VpcId or VSwitchId matches nothing.
 */
export function describeVSwitches(context: ActionContext): Record<string, unknown> {
  const { params, account } = context;
  const regionId = region(context).regionId;
  const vpcId = params.optional('VpcId');
  const zoneId = params.optional('ZoneId');
  const vSwitchId = params.optional('VSwitchId');
  const isDefault = params.optional('IsDefault');
  const matches = [...account.vSwitches.values()].filter(
    (vSwitch) =>
      vSwitch.regionId === regionId &&
      (vpcId === undefined || vSwitch.vpcId === vpcId) &&
      (zoneId === undefined || vSwitch.zoneId === zoneId) &&
      (vSwitchId === undefined || vSwitch.vSwitchId === vSwitchId) &&
      isDefault !== 'true',
  );
  const page = numberedPage(params, matches, { maxPageSize: 50, defaultPageSize: 10 });
  const inUse = addressesInUse(account);
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
    // As VPC's DescribeVSwitches names it (https://www.alibabacloud.com/help/en/vpc/developer-reference/api-vpc-2016-04-28-describevswitches).
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
