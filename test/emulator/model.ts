/** The emulator's own records: what ECS keeps, in the shape the actions need, not the wire shape. */

export interface EmRegion {
  regionId: string;
  /** The English name (AcceptLanguage en-US) and the Chinese one (zh-CN, ECS's default). */
  localName: string;
  chineseName: string;
  zones: EmZone[];
}

export interface EmZone {
  zoneId: string;
  localName: string;
  chineseName: string;
}

export interface EmTag {
  key: string;
  value: string;
}

export interface EmInstance {
  instanceId: string;
  instanceName: string;
  regionId: string;
  zoneId: string;
  status: 'Pending' | 'Running' | 'Starting' | 'Stopping' | 'Stopped';
  instanceType: string;
  cpu: number;
  memoryMiB: number;
  vpcId: string;
  vSwitchId: string;
  privateIpAddress: string;
  securityGroupIds: string[];
  /** Wire format `yyyy-MM-ddTHH:mmZ`. */
  creationTime: string;
  startTime: string;
  tags: EmTag[];
}

export interface EmNetworkInterface {
  networkInterfaceId: string;
  networkInterfaceName: string;
  description: string;
  regionId: string;
  zoneId: string;
  status: 'Available' | 'Attaching' | 'InUse' | 'Detaching' | 'Deleting';
  type: 'Primary' | 'Secondary' | 'Trunk' | 'Member';
  vpcId: string;
  vSwitchId: string;
  privateIpAddress: string;
  macAddress: string;
  securityGroupIds: string[];
  /** Empty when not attached. */
  instanceId: string;
  deviceIndex: number | undefined;
  serviceManaged: boolean;
  /** Wire format `yyyy-MM-ddTHH:mm:ssZ`. */
  creationTime: string;
  tags: EmTag[];
}

export interface EmVSwitch {
  vSwitchId: string;
  vpcId: string;
  regionId: string;
  zoneId: string;
  /** The first three octets of its addresses, for example `172.16.181`. */
  subnet: string;
}

/** One account's resources. Each AccessKey pair maps to an account. */
export interface EmAccount {
  ownerId: string;
  regions: EmRegion[];
  instances: Map<string, EmInstance>;
  networkInterfaces: Map<string, EmNetworkInterface>;
  vSwitches: Map<string, EmVSwitch>;
  securityGroups: Set<string>;
  /** The account's ENI quota in each region (MaxEniCountExceeded beyond it). */
  eniQuotaPerRegion: number;
}

export interface EmAccessKey {
  accessKeyId: string;
  accessKeySecret: string;
  account: string;
  /** Actions a RAM policy denies to this key (answered with Forbidden.RAM). */
  deniedActions?: string[];
  /** Disabled in the RAM console: every request is refused with InvalidAccessKeyId.Inactive. */
  disabled?: boolean;
}
