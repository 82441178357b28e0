import type { Violation } from './attachRules';
import type { Tag } from './instance';
import { cidrContains, isReservedInVSwitch, parseCidr, parseIpv4 } from './ipv4';
import { checkDescription, checkName, checkTags, type NamingRule } from './namingRules';
import type { SecurityGroup, VSwitch } from './network';
import type { NetworkInterface } from './networkInterface';
import { networkInterfaceName, vSwitchName } from './labels';
import { fill } from './text';

/**
 * What ECS checks when an ENI is created, has its security groups changed, or is deleted, each rule naming the error
 * code it spares the user (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-createnetworkinterface,
 * …-deletenetworkinterface, …-modifynetworkinterfaceattribute).
 */

export type LifecycleRule =
  | NamingRule
  | 'vSwitchAvailable'
  | 'vSwitchFreeIp'
  | 'securityGroupRequired'
  | 'securityGroupCount'
  | 'securityGroupVpc'
  | 'primaryIpFormat'
  | 'primaryIpInVSwitch'
  | 'primaryIpReserved'
  | 'primaryIpInUse'
  | 'deletePrimary'
  | 'deleteServiceManaged'
  | 'deleteState';

/**
 * The documented default number of security groups an ENI can join:
 * https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-joinsecuritygroup. A ticket can raise
 * it to 10 or 16, which the API does not tell; the rule holds to the default (a known limitation).
 */
export const MAX_SECURITY_GROUPS_PER_ENI = 5;

export const LIFECYCLE_TEXTS = {
  vSwitchAvailable: '{0} is {1}; it must be Available.',
  vSwitchFreeIp: '{0} has no free IP address left.',
  securityGroupRequired: 'Choose at least one security group.',
  securityGroupCount: 'A network interface can be in at most {0} security groups; {1} were chosen.',
  securityGroupVpc: '{0} is in {1}, not in the vSwitch’s VPC {2}.',
  securityGroupClassic: '{0} is a classic-network security group; a network interface needs one of its VPC.',
  primaryIpFormat: '“{0}” is not an IPv4 address.',
  primaryIpInVSwitch: '{0} is outside {1}, the CIDR block of the vSwitch.',
  primaryIpReserved: '{0} is one of the addresses the vSwitch keeps for itself (the first and the last three of {1}).',
  primaryIpInUse: '{0} is already used by {1}.',
  deletePrimary: '{0} is a primary network interface; it goes with its instance.',
  deleteServiceManaged: '{0} is managed by another Alibaba Cloud service.',
  deleteState: '{0} is {1}; only an Available network interface can be deleted.',
} as const;

function rule<R extends LifecycleRule>(name: R, code: string, text: keyof typeof LIFECYCLE_TEXTS, ...args: string[]): Violation<R> {
  const template = LIFECYCLE_TEXTS[text];
  return { rule: name, code, message: fill(template, args), text: { template, args } };
}

/** Why an ENI cannot be made in this vSwitch, whatever else is asked. */
export function checkVSwitch(vSwitch: VSwitch): Array<Violation<LifecycleRule>> {
  if (vSwitch.status !== 'Available') {
    return [rule('vSwitchAvailable', 'IncorrectVSwitchStatus', 'vSwitchAvailable', vSwitchName(vSwitch), vSwitch.status)];
  }
  if (vSwitch.availableIpAddressCount <= 0) {
    return [rule('vSwitchFreeIp', 'InvalidVSwitchId.IpNotEnough', 'vSwitchFreeIp', vSwitchName(vSwitch))];
  }
  return [];
}

/** Why these security groups cannot be an ENI's in this VPC (at least one, at most the limit, all of the VPC). */
export function checkSecurityGroups(vpcId: string, groups: readonly SecurityGroup[]): Array<Violation<LifecycleRule>> {
  if (groups.length === 0) {
    return [rule('securityGroupRequired', 'MissingSecurityGroupId', 'securityGroupRequired')];
  }
  const found: Array<Violation<LifecycleRule>> = [];
  if (groups.length > MAX_SECURITY_GROUPS_PER_ENI) {
    found.push(
      rule(
        'securityGroupCount',
        'JoinedGroupLimitExceed',
        'securityGroupCount',
        String(MAX_SECURITY_GROUPS_PER_ENI),
        String(groups.length),
      ),
    );
  }
  for (const group of groups.filter((g) => g.vpcId === '')) {
    found.push(rule('securityGroupVpc', 'InvalidSecurityGroupId.NotVpc', 'securityGroupClassic', group.securityGroupId));
  }
  for (const group of groups.filter((g) => g.vpcId !== '' && g.vpcId !== vpcId)) {
    found.push(rule('securityGroupVpc', 'InvalidOperation.VpcMismatch', 'securityGroupVpc', group.securityGroupId, group.vpcId, vpcId));
  }
  return found;
}

/**
 * Why this address cannot be the new ENI's primary private IP: it must be an IPv4 address inside the vSwitch's CIDR
 * block, not one the vSwitch reserves, and not in use. `inUse` maps the addresses the region's resources hold to a label.
 */
export function checkPrimaryIp(
  address: string,
  vSwitch: VSwitch,
  inUse: ReadonlyMap<string, string>,
): Violation<LifecycleRule> | undefined {
  const value = parseIpv4(address);
  if (value === undefined) {
    return rule('primaryIpFormat', 'InvalidVSwitchId.IpInvalid', 'primaryIpFormat', address);
  }
  const block = parseCidr(vSwitch.cidrBlock);
  if (block && !cidrContains(block, value)) {
    return rule('primaryIpInVSwitch', 'InvalidVSwitchId.IpInvalid', 'primaryIpInVSwitch', address, vSwitch.cidrBlock);
  }
  if (block && isReservedInVSwitch(block, value)) {
    return rule('primaryIpReserved', 'InvalidVSwitchId.IpInvalid', 'primaryIpReserved', address, vSwitch.cidrBlock);
  }
  const holder = inUse.get(address);
  return holder === undefined ? undefined : rule('primaryIpInUse', 'InvalidPrivateIpAddress.Duplicated', 'primaryIpInUse', address, holder);
}

export interface CreateCheck {
  readonly vSwitch: VSwitch;
  readonly securityGroups: readonly SecurityGroup[];
  readonly name: string;
  readonly description: string;
  /** Empty: ECS picks a free address. */
  readonly primaryIpAddress: string;
  readonly tags: readonly Tag[];
  readonly addressesInUse: ReadonlyMap<string, string>;
}

/**
 * Every reason ECS would refuse this CreateNetworkInterface, in the order ECS checks them (the address is taken last);
 * empty when it may be sent.
 */
export function checkCreate(check: CreateCheck): Array<Violation<LifecycleRule>> {
  const vSwitchProblems = checkVSwitch(check.vSwitch);
  const status = vSwitchProblems.find((v) => v.rule === 'vSwitchAvailable');
  const room = vSwitchProblems.find((v) => v.rule === 'vSwitchFreeIp');
  const address = check.primaryIpAddress ? checkPrimaryIp(check.primaryIpAddress, check.vSwitch, check.addressesInUse) : room;
  return [
    status,
    ...checkSecurityGroups(check.vSwitch.vpcId, check.securityGroups),
    checkName(check.name),
    checkDescription(check.description),
    ...checkTags(check.tags),
    address,
  ].filter((v): v is Violation<LifecycleRule> => v !== undefined);
}

/** Every reason ECS would refuse to delete this ENI; empty when it may be deleted. */
export function checkDelete(eni: NetworkInterface): Array<Violation<LifecycleRule>> {
  if (eni.type === 'Primary') {
    return [rule('deletePrimary', 'InvalidOperation.InvalidEniType', 'deletePrimary', networkInterfaceName(eni))];
  }
  if (eni.serviceManaged) {
    return [rule('deleteServiceManaged', 'InvalidOperation.EniServiceManaged', 'deleteServiceManaged', networkInterfaceName(eni))];
  }
  // Deleting is allowed: deleting again is the documented remedy for an ENI that stays in Deleting.
  return eni.status === 'Available' || eni.status === 'Deleting'
    ? []
    : [rule('deleteState', 'InvalidOperation.InvalidEniState', 'deleteState', networkInterfaceName(eni), eni.status)];
}

/**
 * The private addresses (primary and secondary) the ENIs and instances of one VPC hold, each with who holds it, for
 * `checkPrimaryIp` and the address rules (VPCs
 * may use the same ranges, so an address is taken only within its own VPC).
 */
export function addressesInUse(
  enis: readonly NetworkInterface[],
  instances: ReadonlyArray<{
    readonly instanceId: string;
    readonly instanceName: string;
    readonly privateIpAddress: string;
    readonly vpcId: string;
  }>,
  vpcId: string,
): Map<string, string> {
  const used = new Map<string, string>();
  for (const instance of instances.filter((i) => i.vpcId === vpcId)) {
    if (instance.privateIpAddress) {
      used.set(instance.privateIpAddress, instance.instanceName || instance.instanceId);
    }
  }
  for (const eni of enis.filter((e) => e.vpcId === vpcId)) {
    for (const address of [eni.privateIpAddress, ...eni.privateIpSets.map((set) => set.privateIpAddress)].filter(Boolean)) {
      used.set(address, eni.networkInterfaceName || eni.networkInterfaceId);
    }
  }
  return used;
}
