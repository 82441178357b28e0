import type * as $Ecs from '@alicloud/ecs20140526';
import type { SecurityGroup } from '../domain/network';
import type { Region } from '../domain/region';
import type { SecurityGroupRule } from '../domain/securityGroupRule';

type SdkRegion = $Ecs.DescribeRegionsResponseBodyRegionsRegion;
type SdkSecurityGroup = $Ecs.DescribeSecurityGroupsResponseBodySecurityGroupsSecurityGroup;
type SdkPermission = $Ecs.DescribeSecurityGroupAttributeResponseBodyPermissionsPermission;

export function toRegion(region: SdkRegion): Region {
  return { regionId: region.regionId ?? '', localName: region.localName ?? '', status: region.status ?? '' };
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

export function toSecurityGroupRule(permission: SdkPermission): SecurityGroupRule {
  return {
    securityGroupRuleId: permission.securityGroupRuleId ?? '',
    direction: permission.direction ?? '',
    ipProtocol: permission.ipProtocol ?? '',
    portRange: permission.portRange ?? '',
    sourceCidrIp: permission.sourceCidrIp ?? '',
    ipv6SourceCidrIp: permission.ipv6SourceCidrIp ?? '',
    sourceGroupId: permission.sourceGroupId ?? '',
    destCidrIp: permission.destCidrIp ?? '',
    ipv6DestCidrIp: permission.ipv6DestCidrIp ?? '',
    destGroupId: permission.destGroupId ?? '',
    policy: permission.policy ?? '',
    // ECS documents Priority as a string; its examples send a number.
    priority: Number(permission.priority ?? 1) || 1,
    description: permission.description ?? '',
  };
}
