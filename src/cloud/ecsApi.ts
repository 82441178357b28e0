import type { AgentStatus, CommandRunRequest, InstanceRun } from '../domain/cloudAssistant';
import type { Instance } from '../domain/instance';
import type { InstanceTypeInfo } from '../domain/instanceType';
import type { SecurityGroup, VSwitch } from '../domain/network';
import type { NetworkInterface } from '../domain/networkInterface';
import type { AddressRequest, NetworkInterfaceChange, NewNetworkInterface } from '../domain/networkInterfaceChanges';
import type { SecurityGroupRules } from '../domain/securityGroupRule';
import type { Tag } from '../domain/instance';
import type { Region } from '../domain/region';
import type { StoppedMode } from '../domain/instanceRules';

/** How StopInstance stops: the stop mode of a pay-as-you-go instance (standard unless said), and whether by force. */
export interface StopOptions {
  readonly stoppedMode?: StoppedMode;
  /** Like cutting the power: data not yet written to disk may be lost. */
  readonly force?: boolean;
}

/** The addresses ECS assigned (the ones named, or the ones it picked), with the request id. */
export interface AssignedAddresses {
  readonly addresses: readonly string[];
  readonly requestId: string;
}

/** Told as pages arrive, so that the first rows can show before the last page is in. */
export type PageProgress<T> = (loaded: readonly T[], total: number) => void;

/** The part of ECS the extension uses. Every method rejects with an `EcsError`. */
export interface EcsApi {
  describeRegions(): Promise<Region[]>;
  /** `signal`: the list is no longer wanted; no more pages are asked for, and it rejects. */
  listInstances(regionId: string, progress?: PageProgress<Instance>, signal?: AbortSignal): Promise<Instance[]>;
  listNetworkInterfaces(regionId: string, progress?: PageProgress<NetworkInterface>, signal?: AbortSignal): Promise<NetworkInterface[]>;
  /** The instances with these ids that still exist (any number of ids; sent 100 at a time). */
  getInstances(regionId: string, instanceIds: readonly string[]): Promise<Instance[]>;
  /** The ENIs with these ids that still exist (any number of ids; sent 100 at a time). */
  getNetworkInterfaces(regionId: string, networkInterfaceIds: readonly string[]): Promise<NetworkInterface[]>;
  /** The ENI quantities of these instance types (sent 10 at a time). */
  describeInstanceTypes(instanceTypeIds: readonly string[]): Promise<InstanceTypeInfo[]>;
  /** Asks ECS to attach; resolves when ECS accepted (the ENI is then Attaching). Returns the request id. */
  attachNetworkInterface(regionId: string, networkInterfaceId: string, instanceId: string): Promise<string>;
  detachNetworkInterface(regionId: string, networkInterfaceId: string, instanceId: string): Promise<string>;
  startInstance(regionId: string, instanceId: string): Promise<string>;
  /** Stops in standard mode (KeepCharging) unless `options` says otherwise. */
  stopInstance(regionId: string, instanceId: string, options?: StopOptions): Promise<string>;
  /** Restarts a Running instance (it is then Starting, and Running again when done); `force` stops it as by power cut. */
  rebootInstance(regionId: string, instanceId: string, force?: boolean): Promise<string>;
  /** Every vSwitch of the region (all pages). */
  listVSwitches(regionId: string, signal?: AbortSignal): Promise<VSwitch[]>;
  /** Every security group of the region (all pages). */
  listSecurityGroups(regionId: string): Promise<SecurityGroup[]>;
  /** Creates an ENI (synchronous in ECS: it is Available when this resolves). */
  createNetworkInterface(request: NewNetworkInterface): Promise<{ readonly networkInterfaceId: string; readonly requestId: string }>;
  /** Asks ECS to delete an Available ENI; it is then Deleting, and gone when done. Returns the request id. */
  deleteNetworkInterface(regionId: string, networkInterfaceId: string): Promise<string>;
  modifyNetworkInterfaceAttribute(regionId: string, networkInterfaceId: string, change: NetworkInterfaceChange): Promise<string>;
  /** Adds or overwrites these tags on the ENIs (TagResources, ResourceType `eni`). */
  tagNetworkInterfaces(regionId: string, networkInterfaceIds: readonly string[], tags: readonly Tag[]): Promise<string>;
  /** Removes the tags with these keys from the ENIs (UntagResources, ResourceType `eni`). */
  untagNetworkInterfaces(regionId: string, networkInterfaceIds: readonly string[], tagKeys: readonly string[]): Promise<string>;
  /** Adds secondary private IPv4 addresses to the ENI (synchronous: they are the ENI's when this resolves). */
  assignPrivateIpAddresses(regionId: string, networkInterfaceId: string, request: AddressRequest): Promise<AssignedAddresses>;
  /** Takes secondary private IPv4 addresses off the ENI. Returns the request id. */
  unassignPrivateIpAddresses(regionId: string, networkInterfaceId: string, addresses: readonly string[]): Promise<string>;
  /** Adds IPv6 addresses to the ENI; its vSwitch must have an IPv6 CIDR block. */
  assignIpv6Addresses(regionId: string, networkInterfaceId: string, request: AddressRequest): Promise<AssignedAddresses>;
  /** Takes IPv6 addresses off the ENI. Returns the request id. */
  unassignIpv6Addresses(regionId: string, networkInterfaceId: string, addresses: readonly string[]): Promise<string>;
  /** A security group's rules, both directions (DescribeSecurityGroupAttribute, all pages). */
  describeSecurityGroupRules(regionId: string, securityGroupId: string): Promise<SecurityGroupRules>;
  /** Whether each instance's Cloud Assistant agent answers, and its version: the named ones, or all of the region's. */
  describeCloudAssistantStatus(regionId: string, instanceIds?: readonly string[]): Promise<AgentStatus[]>;
  /** Installs the agent; it runs from each instance's next restart. Returns the request id. */
  installCloudAssistant(regionId: string, instanceIds: readonly string[]): Promise<string>;
  /** Runs a shell script once on the instances (RunCommand); resolves when ECS accepted it. */
  runCommand(request: CommandRunRequest): Promise<CommandRunStarted>;
  /** How the run stands on each of its instances, with the output so far (DescribeInvocationResults, all pages). */
  describeInvocationResults(regionId: string, invokeId: string): Promise<InstanceRun[]>;
  /** Instances that have not started the run do not run it; those running it carry on. Returns the request id. */
  stopInvocation(regionId: string, invokeId: string): Promise<string>;
  /** Opens a Session Manager session on the instance: the WebSocket address (valid ten minutes) and its token. */
  startTerminalSession(regionId: string, instanceId: string): Promise<TerminalSessionStarted>;
}

/** What StartTerminalSession answered: a secret address and token, never shown, logged or kept. */
export interface TerminalSessionStarted {
  readonly sessionId: string;
  readonly webSocketUrl: string;
  readonly securityToken: string;
  readonly requestId: string;
}

/** What RunCommand answered: the run to follow. */
export interface CommandRunStarted {
  readonly invokeId: string;
  readonly commandId: string;
  readonly requestId: string;
}

/** A fixed AccessKey pair (with the token when it is temporary). */
export interface StaticCredentials {
  readonly kind: 'accessKey';
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken?: string;
}

/** Where the adapter takes credentials from: through `@alicloud/credentials`, or a fixed pair. */
export type CredentialChoice =
  | { readonly kind: 'chain' }
  | { readonly kind: 'cliProfile'; readonly name: string }
  | { readonly kind: 'sharedProfile'; readonly name: string }
  | StaticCredentials;

export interface ConnectionSettings {
  /** `http://127.0.0.1:8787` or `https://ecs.example.com`; undefined means the public endpoint of each region. */
  readonly endpoint: string | undefined;
  /** Why the endpoint setting cannot be used: every call is then refused with `InvalidEndpoint`, before anything is sent. */
  readonly endpointProblem?: string;
  /** Milliseconds to wait for a connection and for an answer. */
  readonly timeoutMs: number;
  /** List pages in flight at once, every list of the adapter together (each list's page 1 aside); 16 when unset. */
  readonly pageConcurrency?: number;
  /** The language of region names (ECS answers in Chinese when not told); English when unset. */
  readonly acceptLanguage?: 'en-US' | 'zh-CN';
  /** Whether a proxy stands between here and Alibaba Cloud now: an answer that is not JSON then came from it. */
  readonly viaProxy?: () => boolean;
}
