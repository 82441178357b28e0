import type { EmAccount, EmInstance, EmNetworkInterface, EmTag } from './model';

/** An instance lists the ENIs attached to it (a Detaching one still is); member ENIs hang off their trunk, not the instance. */

/** Wire JSON uses ECS's PascalCase names and exact types; the SDK's cast throws on a wrong one. */

const wireTags = (tags: EmTag[]): { Tag: Array<{ TagKey: string; TagValue: string }> } => ({
  Tag: tags.map((tag) => ({ TagKey: tag.key, TagValue: tag.value })),
});

const listedOnInstance = (eni: EmNetworkInterface): boolean =>
  eni.type !== 'Member' && (eni.status === 'InUse' || eni.status === 'Detaching');
const byDeviceIndex = (a: EmNetworkInterface, b: EmNetworkInterface): number => (a.deviceIndex ?? 0) - (b.deviceIndex ?? 0);

const publicIp = (address: string): Record<string, string> =>
  address ? { PublicIpAddress: address, AllocationId: `eip-${address.replaceAll('.', '')}` } : {};

/** The primary private IP (with the ENI's EIP, if any) first, then the secondary ones. */
const privateIpSets = (eni: EmNetworkInterface): Array<Record<string, unknown>> => [
  { PrivateIpAddress: eni.privateIpAddress, Primary: true, AssociatedPublicIp: publicIp(eni.publicIpAddress) },
  ...eni.secondaryIps.map((address) => ({ PrivateIpAddress: address, Primary: false, AssociatedPublicIp: {} })),
];

/**
 * The ENIs each of the given instances lists (a page of them), by device index, in one pass over the ENIs: a lookup
 * per ENI, not an index of every instance in the region built for each page.
 */
export function networkInterfacesOfInstances(
  account: EmAccount,
  instances: readonly EmInstance[],
): ReadonlyMap<string, EmNetworkInterface[]> {
  const byInstance = new Map<string, EmNetworkInterface[]>(instances.map((instance) => [instance.instanceId, []]));
  for (const eni of account.networkInterfaces.values()) {
    const attached = byInstance.get(eni.instanceId);
    if (attached && listedOnInstance(eni)) {
      attached.push(eni);
    }
  }
  byInstance.forEach((attached) => attached.sort(byDeviceIndex));
  return byInstance;
}

export function wireInstance(
  account: EmAccount,
  instance: EmInstance,
  attached: readonly EmNetworkInterface[] = networkInterfacesOfInstances(account, [instance]).get(instance.instanceId) ?? [],
): Record<string, unknown> {
  const networkInterfaces = attached.map((eni) => ({
    NetworkInterfaceId: eni.networkInterfaceId,
    Type: eni.type,
    MacAddress: eni.macAddress,
    PrimaryIpAddress: eni.privateIpAddress,
    PrivateIpSets: { PrivateIpSet: privateIpSets(eni) },
  }));
  return {
    InstanceId: instance.instanceId,
    InstanceName: instance.instanceName,
    Status: instance.status,
    RegionId: instance.regionId,
    ZoneId: instance.zoneId,
    InstanceType: instance.instanceType,
    InstanceTypeFamily: instance.instanceType.split('.').slice(0, 2).join('.'),
    Cpu: instance.cpu,
    Memory: instance.memoryMiB,
    CreationTime: instance.creationTime,
    StartTime: instance.startTime,
    InstanceNetworkType: 'vpc',
    IoOptimized: true,
    OSType: 'linux',
    InstanceChargeType: instance.instanceChargeType ?? 'PostPaid',
    StoppedMode: instance.status === 'Stopped' ? (instance.stoppedMode ?? 'KeepCharging') : 'Not-applicable',
    VpcAttributes: {
      VpcId: instance.vpcId,
      VSwitchId: instance.vSwitchId,
      NatIpAddress: '',
      PrivateIpAddress: { IpAddress: [instance.privateIpAddress] },
    },
    SecurityGroupIds: { SecurityGroupId: [...instance.securityGroupIds] },
    NetworkInterfaces: { NetworkInterface: networkInterfaces },
    PublicIpAddress: { IpAddress: [] },
    InnerIpAddress: { IpAddress: [] },
    EipAddress: { AllocationId: '', IpAddress: '', InternetChargeType: '' },
    OperationLocks: { LockReason: [] },
    Tags: wireTags(instance.tags),
  };
}

export function wireNetworkInterface(account: EmAccount, eni: EmNetworkInterface): Record<string, unknown> {
  const attached = eni.instanceId !== '';
  // ECS does not name the instance of an interface that a cloud service manages.
  const visibleInstanceId = eni.serviceManaged ? '' : eni.instanceId;
  return {
    NetworkInterfaceId: eni.networkInterfaceId,
    NetworkInterfaceName: eni.networkInterfaceName,
    Description: eni.description,
    Status: eni.status,
    Type: eni.type,
    InstanceId: visibleInstanceId,
    VpcId: eni.vpcId,
    VSwitchId: eni.vSwitchId,
    ZoneId: eni.zoneId,
    PrivateIpAddress: eni.privateIpAddress,
    MacAddress: eni.macAddress,
    OwnerId: account.ownerId,
    ResourceGroupId: '',
    CreationTime: eni.creationTime,
    ServiceManaged: eni.serviceManaged,
    DeleteOnRelease: eni.type === 'Primary',
    QueueNumber: 1,
    SecurityGroupIds: { SecurityGroupId: [...eni.securityGroupIds] },
    PrivateIpSets: { PrivateIpSet: privateIpSets(eni) },
    Ipv6Sets: { Ipv6Set: eni.ipv6Addresses.map((address) => ({ Ipv6Address: address })) },
    Tags: wireTags(eni.tags),
    AssociatedPublicIp: publicIp(eni.publicIpAddress),
    ...(attached && !eni.serviceManaged ? { Attachment: { InstanceId: eni.instanceId, DeviceIndex: eni.deviceIndex ?? 0 } } : {}),
  };
}
