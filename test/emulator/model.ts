/** The emulator's own records: what ECS keeps, in the shape the actions need, not the wire shape. */
import type { EmGuest } from './guest/guestTypes';
import type { ScriptRun } from './guest/guestTypes';

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
  /** `PostPaid` (pay-as-you-go, when absent) or `PrePaid` (subscription). */
  instanceChargeType?: 'PostPaid' | 'PrePaid';
  /** How the last stop left the instance; DescribeInstances reports it while the instance is Stopped. */
  stoppedMode?: 'KeepCharging' | 'StopCharging';
  /** Whether the last stop or reboot was forced (ForceStop); ECS does not report it, tests look at it. */
  lastStopForced?: boolean;
  /** Its operating system, as far as Cloud Assistant sees it; Alibaba Cloud Linux 3 with the agent when absent. */
  guest?: EmGuest;
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
  /** The primary private IPv4 address. */
  privateIpAddress: string;
  /** Secondary private IPv4 addresses (AssignPrivateIpAddresses), in the order assigned. */
  secondaryIps: string[];
  ipv6Addresses: string[];
  /** The EIP associated with the primary private IP; empty when none. */
  publicIpAddress: string;
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
  vSwitchName: string;
  description: string;
  vpcId: string;
  regionId: string;
  zoneId: string;
  /** For example `172.16.181.0/24`; its first and last three addresses are reserved. */
  cidrBlock: string;
  /** Empty when IPv6 is not enabled on the vSwitch; a /64 when it is. */
  ipv6CidrBlock: string;
  status: 'Available' | 'Pending';
  /** Wire format `yyyy-MM-ddTHH:mm:ssZ`. */
  creationTime: string;
  /** Addresses taken by other services' resources (SLB, RDS…), which ECS does not list as ENIs. */
  otherAddresses: string[];
}

export interface EmSecurityGroup {
  securityGroupId: string;
  securityGroupName: string;
  description: string;
  regionId: string;
  /** Empty for a classic-network group. */
  vpcId: string;
  securityGroupType: 'normal' | 'enterprise';
  /** Wire format `yyyy-MM-ddTHH:mm:ssZ`. */
  creationTime: string;
  rules: EmSecurityGroupRule[];
}

/** One rule of a security group: inbound ones name a source, outbound ones a destination (a CIDR block or a group). */
export interface EmSecurityGroupRule {
  securityGroupRuleId: string;
  direction: 'ingress' | 'egress';
  ipProtocol: 'TCP' | 'UDP' | 'ICMP' | 'ICMPv6' | 'GRE' | 'ALL';
  portRange: string;
  /** An IPv4 or IPv6 CIDR block, or a security group id, of the other side. */
  peer: string;
  policy: 'Accept' | 'Drop';
  priority: number;
  description: string;
}

/** What an earlier CreateNetworkInterface with the same ClientToken asked for, and what it answered. */
export interface EmClientToken {
  readonly request: string;
  readonly answer: Record<string, unknown>;
}

/** One account's resources. Each AccessKey pair maps to an account. */
export interface EmAccount {
  ownerId: string;
  regions: EmRegion[];
  instances: Map<string, EmInstance>;
  networkInterfaces: Map<string, EmNetworkInterface>;
  vSwitches: Map<string, EmVSwitch>;
  securityGroups: Map<string, EmSecurityGroup>;
  /** The account's ENI quota in each region (MaxEniCountExceeded beyond it). */
  eniQuotaPerRegion: number;
  /** Security groups one ENI may join (JoinedGroupLimitExceed beyond it): 5 unless raised by a ticket, to 10 or 16. */
  securityGroupsPerEni: number;
  /** CreateNetworkInterface's ClientTokens, by region and token. */
  clientTokens: Map<string, EmClientToken>;
  /** Cloud Assistant's command runs (RunCommand), by InvokeId. */
  invocations: Map<string, EmInvocation>;
}

/** One RunCommand: the script and its run on each instance. */
export interface EmInvocation {
  readonly invokeId: string;
  readonly commandId: string;
  readonly regionId: string;
  readonly name: string;
  readonly description: string;
  readonly type: 'RunShellScript';
  /** As written, not encoded. */
  readonly content: string;
  readonly timeoutSeconds: number;
  readonly username: string;
  readonly workingDir: string;
  readonly createdAt: number;
  readonly instances: EmInvocationInstance[];
}

/** The run of an invocation on one instance; its status follows from these times and the emulator's clock. */
export interface EmInvocationInstance {
  readonly instanceId: string;
  /** When the agent takes it and starts the script. */
  readonly startsAt: number;
  /** What the script printed and how it ended; set when it starts. */
  run?: ScriptRun;
  /** When StopInvocation reached it. */
  stoppedAt?: number;
  /** Why it never ran (the agent offline): its error code. */
  neverRan?: string;
}

export interface EmAccessKey {
  accessKeyId: string;
  accessKeySecret: string;
  account: string;
  /** RAM actions (`ecs:AttachNetworkInterface`, `vpc:DescribeVSwitches`) its policy does not allow: answered with Forbidden.RAM. */
  deniedRamActions?: string[];
  /** Disabled in the RAM console: every request is refused with InvalidAccessKeyId.Inactive. */
  disabled?: boolean;
}
