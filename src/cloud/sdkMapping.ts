import type * as $Ecs from '@alicloud/ecs20140526';
import type { Instance, Tag } from '../domain/instance';
import type { NetworkInterface } from '../domain/networkInterface';
import type { Region } from '../domain/region';

type SdkRegion = $Ecs.DescribeRegionsResponseBodyRegionsRegion;
type SdkInstance = $Ecs.DescribeInstancesResponseBodyInstancesInstance;
type SdkNetworkInterface = $Ecs.DescribeNetworkInterfacesResponseBodyNetworkInterfaceSetsNetworkInterfaceSet;

interface SdkTag {
  tagKey?: string;
  tagValue?: string;
}

function tags(list: readonly SdkTag[] | undefined): Tag[] {
  return (list ?? []).map((tag) => ({ key: tag.tagKey ?? '', value: tag.tagValue ?? '' }));
}

export function toRegion(region: SdkRegion): Region {
  return { regionId: region.regionId ?? '', localName: region.localName ?? '', status: region.status ?? '' };
}

export function toInstance(instance: SdkInstance): Instance {
  const vpc = instance.vpcAttributes;
  return {
    instanceId: instance.instanceId ?? '',
    instanceName: instance.instanceName ?? '',
    regionId: instance.regionId ?? '',
    zoneId: instance.zoneId ?? '',
    status: instance.status ?? '',
    instanceType: instance.instanceType ?? '',
    vpcId: vpc?.vpcId ?? '',
    vSwitchId: vpc?.vSwitchId ?? '',
    privateIpAddress: vpc?.privateIpAddress?.ipAddress?.[0] ?? '',
    securityGroupIds: instance.securityGroupIds?.securityGroupId ?? [],
    startTime: instance.startTime ?? '',
    networkInterfaceIds: (instance.networkInterfaces?.networkInterface ?? []).map((eni) => eni.networkInterfaceId ?? ''),
    tags: tags(instance.tags?.tag),
    properties: instance.toMap() as Record<string, unknown>,
  };
}

export function toNetworkInterface(eni: SdkNetworkInterface, regionId: string): NetworkInterface {
  return {
    networkInterfaceId: eni.networkInterfaceId ?? '',
    networkInterfaceName: eni.networkInterfaceName ?? '',
    regionId,
    zoneId: eni.zoneId ?? '',
    status: eni.status ?? '',
    type: eni.type ?? '',
    vpcId: eni.vpcId ?? '',
    vSwitchId: eni.vSwitchId ?? '',
    privateIpAddress: eni.privateIpAddress ?? '',
    macAddress: eni.macAddress ?? '',
    securityGroupIds: eni.securityGroupIds?.securityGroupId ?? [],
    instanceId: eni.instanceId || eni.attachment?.instanceId || '',
    deviceIndex: eni.attachment?.deviceIndex ?? (eni.type === 'Primary' ? 0 : undefined),
    serviceManaged: eni.serviceManaged ?? false,
    tags: tags(eni.tags?.tag),
    properties: eni.toMap() as Record<string, unknown>,
  };
}
