import type { Instance, Tag } from '../domain/instance';
import type { VSwitch } from '../domain/network';
import type { NetworkInterface, PrivateIpSet } from '../domain/networkInterface';

/**
 * ECS's JSON as it comes over the wire (PascalCase), for the large lists: reading it raw skips the SDK's model
 * classes, which cost more CPU and memory than the network at 10,000 rows, and keeps the resource exactly as the API
 * returned it for Show Properties.
 */
type Json = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));
const object = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const wrapped = (value: unknown, key: string): unknown[] => list(object(value)[key]);

function tags(value: unknown): Tag[] {
  return wrapped(value, 'Tag').map((tag) => ({ key: text(object(tag).TagKey), value: text(object(tag).TagValue) }));
}

export function wireInstance(raw: unknown): Instance {
  const instance = object(raw);
  const vpc = object(instance.VpcAttributes);
  return {
    instanceId: text(instance.InstanceId),
    instanceName: text(instance.InstanceName),
    regionId: text(instance.RegionId),
    zoneId: text(instance.ZoneId),
    status: text(instance.Status),
    instanceType: text(instance.InstanceType),
    vpcId: text(vpc.VpcId),
    vSwitchId: text(vpc.VSwitchId),
    privateIpAddress: text(wrapped(vpc.PrivateIpAddress, 'IpAddress')[0]),
    securityGroupIds: wrapped(instance.SecurityGroupIds, 'SecurityGroupId').map(text),
    startTime: text(instance.StartTime),
    networkInterfaceIds: wrapped(instance.NetworkInterfaces, 'NetworkInterface').map((eni) => text(object(eni).NetworkInterfaceId)),
    tags: tags(instance.Tags),
    properties: instance,
  };
}

function privateIpSets(eni: Json): PrivateIpSet[] {
  return wrapped(eni.PrivateIpSets, 'PrivateIpSet').map((raw) => {
    const set = object(raw);
    return {
      privateIpAddress: text(set.PrivateIpAddress),
      primary: set.Primary === true || set.Primary === 'true',
      publicIpAddress: text(object(set.AssociatedPublicIp).PublicIpAddress),
    };
  });
}

export function wireNetworkInterface(raw: unknown, regionId: string): NetworkInterface {
  const eni = object(raw);
  const attachment = object(eni.Attachment);
  const deviceIndex = typeof attachment.DeviceIndex === 'number' ? attachment.DeviceIndex : eni.Type === 'Primary' ? 0 : undefined;
  return {
    networkInterfaceId: text(eni.NetworkInterfaceId),
    networkInterfaceName: text(eni.NetworkInterfaceName),
    regionId,
    zoneId: text(eni.ZoneId),
    status: text(eni.Status),
    type: text(eni.Type),
    vpcId: text(eni.VpcId),
    vSwitchId: text(eni.VSwitchId),
    privateIpAddress: text(eni.PrivateIpAddress),
    privateIpSets: privateIpSets(eni),
    ipv6Addresses: wrapped(eni.Ipv6Sets, 'Ipv6Set').map((set) => text(object(set).Ipv6Address)),
    publicIpAddress: text(object(eni.AssociatedPublicIp).PublicIpAddress),
    macAddress: text(eni.MacAddress),
    securityGroupIds: wrapped(eni.SecurityGroupIds, 'SecurityGroupId').map(text),
    instanceId: text(eni.InstanceId) || text(attachment.InstanceId),
    deviceIndex,
    serviceManaged: eni.ServiceManaged === true || eni.ServiceManaged === 'true',
    tags: tags(eni.Tags),
    properties: eni,
  };
}

/** A vSwitch of VPC's DescribeVSwitches; `Ipv6CidrBlock` is empty when IPv6 is not enabled on it. */
export function wireVSwitch(raw: unknown, regionId: string): VSwitch {
  const vSwitch = object(raw);
  const count = Number(vSwitch.AvailableIpAddressCount);
  return {
    vSwitchId: text(vSwitch.VSwitchId),
    vSwitchName: text(vSwitch.VSwitchName),
    regionId,
    vpcId: text(vSwitch.VpcId),
    zoneId: text(vSwitch.ZoneId),
    cidrBlock: text(vSwitch.CidrBlock),
    ipv6CidrBlock: text(vSwitch.Ipv6CidrBlock),
    status: text(vSwitch.Status),
    availableIpAddressCount: Number.isFinite(count) ? count : 0,
  };
}

export const wireTotalCount = (body: Json): number =>
  typeof body.TotalCount === 'number' ? body.TotalCount : Number(body.TotalCount) || 0;
export const wireItems = (body: Json, outer: string, inner: string): unknown[] => wrapped(body[outer], inner);
