import { addressesInUse, freeAddressCount, freeAddresses, inBlock, isReserved, parseAddress, parseBlock } from '../addresses';
import { EmulatorError } from '../errors';
import type { EmVSwitch } from '../model';
import type { ActionContext } from './context';
import { addressTarget, attachedTypeLimits, countOrAddresses, ipAssigned, ipRepeated, ipUnassigned, requiredList } from './addressTarget';

/**
 * An unattached ENI takes up to 49 secondary private IPv4 addresses, an attached one as many as its instance type's
 * EniPrivateIpAddressQuantity allows, the primary counted
 * (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-assignprivateipaddresses).
 */
const MAX_PRIVATE_IPS_UNATTACHED = 50;

/** Synchronous: the answer carries the assigned addresses, and the ENI holds them at once. */
export function assignPrivateIpAddresses(context: ActionContext): Record<string, unknown> {
  const { account, params } = context;
  const eni = addressTarget(context);
  const request = countOrAddresses(
    params,
    params.integer('SecondaryPrivateIpAddressCount'),
    'SecondaryPrivateIpAddressCount',
    'PrivateIpAddress',
  );
  const limit = attachedTypeLimits(context, eni)?.ipv4 ?? MAX_PRIVATE_IPS_UNATTACHED;
  const total = 1 + eni.secondaryIps.length + ('count' in request ? request.count : request.addresses.length);
  if (total > limit) {
    throw new EmulatorError(
      'InvalidOperation.Ipv4CountExceeded',
      403,
      `The ENI would have ${total} IPv4 addresses; at most ${limit} are allowed.`,
    );
  }
  const vSwitch = account.vSwitches.get(eni.vSwitchId) as EmVSwitch;
  const inUse = addressesInUse(account).get(vSwitch.vSwitchId) ?? new Set<string>();
  let assigned: string[];
  if ('count' in request) {
    if (freeAddressCount(vSwitch, inUse) < request.count) {
      throw new EmulatorError(
        'InvalidVSwitchId.IpNotEnough',
        403,
        `The specified VSwitch "${vSwitch.vSwitchId}" has not enough IpAddress.`,
      );
    }
    assigned = freeAddresses(vSwitch, inUse, request.count);
  } else {
    checkExplicit(vSwitch, request.addresses, inUse);
    assigned = request.addresses;
  }
  eni.secondaryIps.push(...assigned);
  return {
    AssignedPrivateIpAddressesSet: { NetworkInterfaceId: eni.networkInterfaceId, PrivateIpSet: { PrivateIpAddress: assigned } },
  };
}

/** Each address: inside the vSwitch's block and not reserved, named once, held by nothing else in the vSwitch. */
function checkExplicit(vSwitch: EmVSwitch, addresses: readonly string[], inUse: ReadonlySet<string>): void {
  const block = parseBlock(vSwitch.cidrBlock);
  const seen = new Set<string>();
  for (const text of addresses) {
    const address = parseAddress(text);
    if (address === undefined || !inBlock(block, address) || isReserved(block, address)) {
      throw new EmulatorError(
        'InvalidVSwitchId.IpInvalid',
        403,
        `The specified IpAddress "${text.slice(0, 40)}" is not valid in VSwitch CIDR block "${vSwitch.cidrBlock}".`,
      );
    }
    if (seen.has(text)) {
      throw ipRepeated(text);
    }
    if (inUse.has(text)) {
      throw ipAssigned(text);
    }
    seen.add(text);
  }
}

/** Only secondary addresses can go; ECS documents no code of its own for the primary one, so it is "not assigned" here. */
export function unassignPrivateIpAddresses(context: ActionContext): Record<string, unknown> {
  const eni = addressTarget(context);
  const addresses = requiredList(context.params, 'PrivateIpAddress');
  const seen = new Set<string>();
  for (const address of addresses) {
    if (seen.has(address)) {
      throw ipRepeated(address);
    }
    if (!eni.secondaryIps.includes(address)) {
      throw ipUnassigned(address);
    }
    seen.add(address);
  }
  eni.secondaryIps = eni.secondaryIps.filter((address) => !seen.has(address));
  return {};
}
