import type * as $Ecs from '@alicloud/ecs20140526';
import type { SecurityGroup, VSwitch } from '../domain/network';
import type { Region } from '../domain/region';

type SdkRegion = $Ecs.DescribeRegionsResponseBodyRegionsRegion;
type SdkVSwitch = $Ecs.DescribeVSwitchesResponseBodyVSwitchesVSwitch;
type SdkSecurityGroup = $Ecs.DescribeSecurityGroupsResponseBodySecurityGroupsSecurityGroup;

export function toRegion(region: SdkRegion): Region {
  return { regionId: region.regionId ?? '', localName: region.localName ?? '', status: region.status ?? '' };
}

export function toVSwitch(vSwitch: SdkVSwitch, regionId: string): VSwitch {
  return {
    vSwitchId: vSwitch.vSwitchId ?? '',
    vSwitchName: vSwitch.vSwitchName ?? '',
    regionId,
    vpcId: vSwitch.vpcId ?? '',
    zoneId: vSwitch.zoneId ?? '',
    cidrBlock: vSwitch.cidrBlock ?? '',
    status: vSwitch.status ?? '',
    availableIpAddressCount: vSwitch.availableIpAddressCount ?? 0,
  };
}

export function toSecurityGroup(group: SdkSecurityGroup, regionId: string): SecurityGroup {
  return {
    securityGroupId: group.securityGroupId ?? '',
    securityGroupName: group.securityGroupName ?? '',
    regionId,
    vpcId: group.vpcId ?? '',
    description: group.description ?? '',
  };
}
