import type { Tag } from './instance';

export type NetworkInterfaceStatus = 'Available' | 'Attaching' | 'InUse' | 'Detaching' | 'Deleting';
export type NetworkInterfaceType = 'Primary' | 'Secondary' | 'Trunk' | 'Member';

export interface NetworkInterface {
  readonly networkInterfaceId: string;
  readonly networkInterfaceName: string;
  readonly regionId: string;
  readonly zoneId: string;
  readonly status: NetworkInterfaceStatus | string;
  readonly type: NetworkInterfaceType | string;
  readonly vpcId: string;
  readonly vSwitchId: string;
  readonly privateIpAddress: string;
  readonly macAddress: string;
  readonly securityGroupIds: readonly string[];
  /** Empty when the interface is not attached. */
  readonly instanceId: string;
  readonly serviceManaged: boolean;
  readonly tags: readonly Tag[];
}
