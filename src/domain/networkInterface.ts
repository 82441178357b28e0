import type { Tag } from './instance';

export type NetworkInterfaceStatus = 'Available' | 'Attaching' | 'InUse' | 'Detaching' | 'Deleting';
export type NetworkInterfaceType = 'Primary' | 'Secondary' | 'Trunk' | 'Member';

/** One private IPv4 address of an ENI (DescribeNetworkInterfaces' `PrivateIpSets.PrivateIpSet`). */
export interface PrivateIpSet {
  readonly privateIpAddress: string;
  /** The ENI's primary private IP; the others are secondary. */
  readonly primary: boolean;
  /** The public IP or EIP associated with this private IP; empty when none. */
  readonly publicIpAddress: string;
}

export interface NetworkInterface {
  readonly networkInterfaceId: string;
  readonly networkInterfaceName: string;
  readonly regionId: string;
  readonly zoneId: string;
  readonly status: NetworkInterfaceStatus | string;
  readonly type: NetworkInterfaceType | string;
  readonly vpcId: string;
  readonly vSwitchId: string;
  /** The primary private IPv4 address. */
  readonly privateIpAddress: string;
  /** Every private IPv4 address, the primary one included. */
  readonly privateIpSets: readonly PrivateIpSet[];
  readonly ipv6Addresses: readonly string[];
  /** The public IP or EIP associated with the ENI (its primary private IP); empty when none. */
  readonly publicIpAddress: string;
  readonly macAddress: string;
  readonly securityGroupIds: readonly string[];
  /** Empty when the interface is not attached. */
  readonly instanceId: string;
  /** Position on the instance (0 for the primary ENI); undefined when not attached or not reported. */
  readonly deviceIndex: number | undefined;
  readonly serviceManaged: boolean;
  readonly tags: readonly Tag[];
  /** The resource as the API returned it, with ECS's own field names, for Show Properties. */
  readonly properties: Readonly<Record<string, unknown>>;
}

/** The secondary private IPv4 addresses of an ENI. */
export const secondaryPrivateIps = (eni: Pick<NetworkInterface, 'privateIpSets'>): string[] =>
  eni.privateIpSets.filter((set) => !set.primary).map((set) => set.privateIpAddress);

export type AddressKind = 'primary' | 'secondary' | 'ipv6' | 'public';

/** One address of an ENI, with what it is. */
export interface EniAddress {
  readonly address: string;
  readonly kind: AddressKind;
}

/** Every address of an ENI: the primary private IPv4 first, then the secondary ones, the IPv6 ones and the public ones. */
export function addressesOf(
  eni: Pick<NetworkInterface, 'privateIpAddress' | 'privateIpSets' | 'ipv6Addresses' | 'publicIpAddress'>,
): EniAddress[] {
  const primary = eni.privateIpAddress ? [{ address: eni.privateIpAddress, kind: 'primary' as const }] : [];
  const publicIps = [eni.publicIpAddress, ...eni.privateIpSets.map((set) => set.publicIpAddress)].filter(Boolean);
  return [
    ...primary,
    ...secondaryPrivateIps(eni).map((address) => ({ address, kind: 'secondary' as const })),
    ...eni.ipv6Addresses.map((address) => ({ address, kind: 'ipv6' as const })),
    ...[...new Set(publicIps)].map((address) => ({ address, kind: 'public' as const })),
  ];
}

/** Every address of an ENI, each once (for the filter). */
export function networkInterfaceAddresses(
  eni: Pick<NetworkInterface, 'privateIpAddress' | 'privateIpSets' | 'ipv6Addresses' | 'publicIpAddress'>,
): string[] {
  return [...new Set(addressesOf(eni).map(({ address }) => address))];
}
