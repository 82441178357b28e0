import type { Violation } from './attachRules';
import type { InstanceTypeInfo } from './instanceType';
import { cidrContains, isReservedInVSwitch, parseCidr, parseIpv4 } from './ipv4';
import { ipv6CidrContains, parseIpv6, parseIpv6Cidr } from './ipv6';
import { networkInterfaceName, vSwitchName } from './labels';
import type { VSwitch } from './network';
import type { NetworkInterface } from './networkInterface';
import type { AddressRequest } from './networkInterfaceChanges';
import { fill } from './text';

/**
 * What ECS checks when an ENI's secondary private IPv4 or IPv6 addresses are assigned or unassigned, each rule naming
 * the error code it spares the user (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-assignprivateipaddresses,
 * …-unassignprivateipaddresses, …-assignipv6addresses, …-unassignipv6addresses), in the order the emulator checks them.
 */

export type AddressRule =
  | 'eniState'
  | 'serviceManaged'
  | 'instanceState'
  | 'countRange'
  | 'addressesRequired'
  | 'ipv4Count'
  | 'ipv4Invalid'
  | 'ipRepeated'
  | 'ipAssigned'
  | 'vSwitchFull'
  | 'unassignPrimary'
  | 'ipUnassigned'
  | 'ipv6VSwitch'
  | 'ipv6Support'
  | 'ipv6Count'
  | 'ipv6Invalid';

/** An unattached ENI holds its primary and up to 49 secondary private IPv4 addresses (the AssignPrivateIpAddresses reference). */
export const MAX_PRIVATE_IPS_UNATTACHED = 50;
/** An unattached ENI holds up to 10 IPv6 addresses (the AssignIpv6Addresses reference). */
export const MAX_IPV6_UNATTACHED = 10;

export const ADDRESS_TEXTS = {
  eniState: '{0} is {1}; it must be Available or InUse.',
  serviceManaged: '{0} is managed by another Alibaba Cloud service.',
  instanceState: 'The instance of {0} is {1}; it must be Running or Stopped.',
  countRange: 'Ask for at least one address.',
  addressesRequired: 'Name at least one address.',
  ipv4Count: '{0} would have {1} private IPv4 addresses; it may have {2}.',
  ipv4Invalid: '{0} is not a free-to-assign IPv4 address of {1} ({2}).',
  ipRepeated: '{0} is named twice.',
  ipAssigned: '{0} is already used by {1}.',
  vSwitchFull: '{0} has {1} free IP addresses; {2} were asked for.',
  unassignPrimary: '{0} is the primary private IP address of {1}; it goes with the network interface.',
  ipUnassigned: '{0} is not an address of {1}.',
  ipv6VSwitch: '{0} has no IPv6 CIDR block; enable IPv6 on it first.',
  ipv6Support: 'The instance type {0} does not support IPv6.',
  ipv6Count: '{0} would have {1} IPv6 addresses; it may have {2}.',
  ipv6Invalid: '{0} is not an IPv6 address of {1} ({2}).',
} as const;

function rule(name: AddressRule, code: string, ...args: string[]): Violation<AddressRule> {
  const template = ADDRESS_TEXTS[name];
  return { rule: name, code, message: fill(template, args), text: { template, args } };
}

/** The ENI and what decides its limits. */
export interface AddressTarget {
  readonly eni: NetworkInterface;
  readonly vSwitch: VSwitch;
  /** The type of the instance the ENI is attached to; undefined when not attached, or not known (ECS then judges the limit). */
  readonly instanceType: InstanceTypeInfo | undefined;
  /** The status of the instance of a primary ENI; undefined for other ENIs. */
  readonly instanceStatus: string | undefined;
}

const attached = (eni: NetworkInterface): boolean => eni.status === 'InUse';

/** Why ECS would refuse any address change of this ENI: its state, its manager, its instance's state. */
export function checkAddressTarget(target: AddressTarget): Violation<AddressRule> | undefined {
  const { eni } = target;
  if (eni.status !== 'Available' && eni.status !== 'InUse') {
    return rule('eniState', 'InvalidOperation.InvalidEniState', networkInterfaceName(eni), eni.status);
  }
  if (eni.serviceManaged) {
    return rule('serviceManaged', 'InvalidOperation.EniServiceManaged', networkInterfaceName(eni));
  }
  const status = target.instanceStatus;
  if (eni.type === 'Primary' && status !== undefined && status !== 'Running' && status !== 'Stopped') {
    return rule('instanceState', 'InvalidOperation.InvalidEcsState', networkInterfaceName(eni), status);
  }
  return undefined;
}

const requested = (request: AddressRequest): number => ('count' in request ? request.count : request.addresses.length);

function checkRequestSize(request: AddressRequest): Violation<AddressRule> | undefined {
  if ('count' in request) {
    return request.count >= 1 ? undefined : rule('countRange', 'InvalidParameter');
  }
  return request.addresses.length > 0 ? undefined : rule('addressesRequired', 'MissingParameter');
}

/**
 * Every reason ECS would refuse this AssignPrivateIpAddresses; empty when it may be sent. `inUse` maps the private
 * IPv4 addresses the VPC's resources hold to who holds them (`addressesInUse` of the lifecycle rules).
 */
export function checkAssignPrivateIps(
  target: AddressTarget,
  request: AddressRequest,
  inUse: ReadonlyMap<string, string>,
): Array<Violation<AddressRule>> {
  const { eni, vSwitch } = target;
  const first = checkAddressTarget(target) ?? checkRequestSize(request);
  if (first) {
    return [first];
  }
  const found: Array<Violation<AddressRule>> = [];
  const limit = attached(eni) ? target.instanceType?.eniPrivateIpAddressQuantity : MAX_PRIVATE_IPS_UNATTACHED;
  const total = eni.privateIpSets.length + requested(request);
  if (limit !== undefined && total > limit) {
    found.push(rule('ipv4Count', 'InvalidOperation.Ipv4CountExceeded', networkInterfaceName(eni), String(total), String(limit)));
  }
  if ('count' in request) {
    if (vSwitch.availableIpAddressCount < request.count) {
      const free = String(vSwitch.availableIpAddressCount);
      found.push(rule('vSwitchFull', 'InvalidVSwitchId.IpNotEnough', vSwitchName(vSwitch), free, String(request.count)));
    }
    return found;
  }
  const block = parseCidr(vSwitch.cidrBlock);
  const seen = new Set<string>();
  for (const address of request.addresses) {
    const value = parseIpv4(address);
    const holder = inUse.get(address);
    if (value === undefined || (block && (!cidrContains(block, value) || isReservedInVSwitch(block, value)))) {
      found.push(rule('ipv4Invalid', 'InvalidVSwitchId.IpInvalid', address, vSwitchName(vSwitch), vSwitch.cidrBlock));
    } else if (seen.has(address)) {
      found.push(rule('ipRepeated', 'InvalidIp.IpRepeated', address));
    } else if (holder !== undefined) {
      found.push(rule('ipAssigned', 'InvalidIp.IpAssigned', address, holder));
    }
    seen.add(address);
  }
  return found;
}

/** Every reason ECS would refuse to take these secondary private IPv4 addresses off the ENI. */
export function checkUnassignPrivateIps(target: AddressTarget, addresses: readonly string[]): Array<Violation<AddressRule>> {
  const first = checkAddressTarget(target) ?? checkRequestSize({ addresses });
  if (first) {
    return [first];
  }
  const { eni } = target;
  const seen = new Set<string>();
  const found: Array<Violation<AddressRule>> = [];
  for (const address of addresses) {
    const set = eni.privateIpSets.find((candidate) => candidate.privateIpAddress === address);
    if (seen.has(address)) {
      found.push(rule('ipRepeated', 'InvalidIp.IpRepeated', address));
    } else if (set?.primary === true) {
      // ECS documents no code of its own for the primary address; it is not one of the secondary addresses.
      found.push(rule('unassignPrimary', 'InvalidIp.IpUnassigned', address, networkInterfaceName(eni)));
    } else if (set === undefined) {
      found.push(rule('ipUnassigned', 'InvalidIp.IpUnassigned', address, networkInterfaceName(eni)));
    }
    seen.add(address);
  }
  return found;
}

/**
 * Every reason ECS would refuse this AssignIpv6Addresses; empty when it may be sent. `inUse` holds the IPv6 addresses
 * the VPC's ENIs hold, with who holds them.
 */
export function checkAssignIpv6(
  target: AddressTarget,
  request: AddressRequest,
  inUse: ReadonlyMap<string, string>,
): Array<Violation<AddressRule>> {
  const { eni, vSwitch, instanceType } = target;
  const first = checkAddressTarget(target) ?? checkRequestSize(request);
  if (first) {
    return [first];
  }
  const block = parseIpv6Cidr(vSwitch.ipv6CidrBlock);
  if (!block) {
    return [rule('ipv6VSwitch', 'InvalidVSwitch.Ipv6NotTurnOn', vSwitchName(vSwitch))];
  }
  if (attached(eni) && instanceType && instanceType.eniIpv6AddressQuantity === 0) {
    return [rule('ipv6Support', 'InvalidOperation.Ipv6NotSupport', instanceType.instanceTypeId)];
  }
  const found: Array<Violation<AddressRule>> = [];
  const limit = attached(eni) ? instanceType?.eniIpv6AddressQuantity : MAX_IPV6_UNATTACHED;
  const total = eni.ipv6Addresses.length + requested(request);
  if (limit !== undefined && total > limit) {
    found.push(rule('ipv6Count', 'InvalidOperation.Ipv6CountExceeded', networkInterfaceName(eni), String(total), String(limit)));
  }
  if ('count' in request) {
    return found;
  }
  const holders = new Map([...inUse].map(([address, holder]) => [parseIpv6(address), holder]));
  const seen = new Set<bigint>();
  for (const address of request.addresses) {
    const value = parseIpv6(address);
    if (value === undefined || !ipv6CidrContains(block, value)) {
      found.push(rule('ipv6Invalid', 'InvalidIp.Address', address, vSwitchName(vSwitch), vSwitch.ipv6CidrBlock));
      continue;
    }
    const holder = holders.get(value);
    if (seen.has(value)) {
      found.push(rule('ipRepeated', 'InvalidIp.IpRepeated', address));
    } else if (holder !== undefined) {
      found.push(rule('ipAssigned', 'InvalidIp.IpAssigned', address, holder));
    }
    seen.add(value);
  }
  return found;
}

/** Every reason ECS would refuse to take these IPv6 addresses off the ENI. */
export function checkUnassignIpv6(target: AddressTarget, addresses: readonly string[]): Array<Violation<AddressRule>> {
  const first = checkAddressTarget(target) ?? checkRequestSize({ addresses });
  if (first) {
    return [first];
  }
  const { eni } = target;
  const held = new Set(eni.ipv6Addresses.map(parseIpv6));
  const seen = new Set<bigint | undefined>();
  const found: Array<Violation<AddressRule>> = [];
  for (const address of addresses) {
    const value = parseIpv6(address);
    if (seen.has(value)) {
      found.push(rule('ipRepeated', 'InvalidIp.IpRepeated', address));
    } else if (value === undefined || !held.has(value)) {
      found.push(rule('ipUnassigned', 'InvalidIp.IpUnassigned', address, networkInterfaceName(eni)));
    }
    seen.add(value);
  }
  return found;
}

/** The IPv6 addresses the ENIs of one VPC hold, each with who holds it, for `checkAssignIpv6`. */
export function ipv6InUse(enis: readonly NetworkInterface[], vpcId: string): Map<string, string> {
  const used = new Map<string, string>();
  for (const eni of enis.filter((e) => e.vpcId === vpcId)) {
    eni.ipv6Addresses.forEach((address) => used.set(address, eni.networkInterfaceName || eni.networkInterfaceId));
  }
  return used;
}
