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
  /** Position on the instance (0 for the primary ENI); undefined when not attached or not reported. */
  readonly deviceIndex: number | undefined;
  readonly serviceManaged: boolean;
  readonly tags: readonly Tag[];
  /** The resource as the API returned it, with ECS's own field names, for Show Properties. */
  readonly properties: Readonly<Record<string, unknown>>;
}
