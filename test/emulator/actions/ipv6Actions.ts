import { EmulatorError } from '../errors';
import { formatIpv6Address, inIpv6Block, parseIpv6Address, parseIpv6Block } from '../ipv6';
import type { EmAccount, EmNetworkInterface } from '../model';
import type { ActionContext } from './context';
import { addressTarget, attachedTypeLimits, countOrAddresses, ipAssigned, ipRepeated, ipUnassigned, requiredList } from './addressTarget';

/**
 * The vSwitch must have IPv6 enabled; an unattached ENI takes up to 10 IPv6 addresses, an attached one as many as its
 * instance type's EniIpv6AddressQuantity allows (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-assignipv6addresses).
 */
const MAX_IPV6_UNATTACHED = 10;

/** The IPv6 addresses the ENIs of a VPC hold, as numbers. */
function ipv6InVpc(account: EmAccount, vpcId: string): Set<bigint> {
  const used = new Set<bigint>();
  for (const eni of account.networkInterfaces.values()) {
    if (eni.vpcId === vpcId) {
      eni.ipv6Addresses.map(parseIpv6Address).forEach((value) => value !== undefined && used.add(value));
    }
  }
  return used;
}

export function assignIpv6Addresses(context: ActionContext): Record<string, unknown> {
  const { account, params } = context;
  const eni = addressTarget(context);
  const request = countOrAddresses(params, params.integer('Ipv6AddressCount'), 'Ipv6AddressCount', 'Ipv6Address');
  const block = parseIpv6Block(account.vSwitches.get(eni.vSwitchId)?.ipv6CidrBlock ?? '');
  if (!block) {
    throw new EmulatorError('InvalidVSwitch.Ipv6NotTurnOn', 403, 'IPv6 is not enabled on the vSwitch of the ENI.');
  }
  const limits = attachedTypeLimits(context, eni);
  if (limits?.ipv6 === 0) {
    throw new EmulatorError('InvalidOperation.Ipv6NotSupport', 403, 'The instance type does not support IPv6.');
  }
  const limit = limits?.ipv6 ?? MAX_IPV6_UNATTACHED;
  const total = eni.ipv6Addresses.length + ('count' in request ? request.count : request.addresses.length);
  if (total > limit) {
    throw new EmulatorError(
      'InvalidOperation.Ipv6CountExceeded',
      403,
      `The ENI would have ${total} IPv6 addresses; at most ${limit} are allowed.`,
    );
  }
  const used = ipv6InVpc(account, eni.vpcId);
  const assigned: string[] = [];
  if ('count' in request) {
    for (let value = block.network + 1n; assigned.length < request.count && value < block.network + block.size; value += 1n) {
      if (!used.has(value)) {
        assigned.push(formatIpv6Address(value));
      }
    }
  } else {
    const seen = new Set<bigint>();
    for (const text of request.addresses) {
      const value = parseIpv6Address(text);
      if (value === undefined || !inIpv6Block(block, value)) {
        throw new EmulatorError('InvalidIp.Address', 403, `The specified IPv6 address "${text.slice(0, 45)}" is not valid in the vSwitch.`);
      }
      if (seen.has(value)) {
        throw ipRepeated(text);
      }
      if (used.has(value)) {
        throw ipAssigned(text);
      }
      seen.add(value);
      assigned.push(formatIpv6Address(value));
    }
  }
  eni.ipv6Addresses.push(...assigned);
  return { NetworkInterfaceId: eni.networkInterfaceId, Ipv6Sets: { Ipv6Address: assigned } };
}

export function unassignIpv6Addresses(context: ActionContext): Record<string, unknown> {
  const eni: EmNetworkInterface = addressTarget(context);
  const addresses = requiredList(context.params, 'Ipv6Address');
  const held = eni.ipv6Addresses.map(parseIpv6Address);
  const seen = new Set<bigint | undefined>();
  for (const text of addresses) {
    const value = parseIpv6Address(text);
    if (seen.has(value)) {
      throw ipRepeated(text);
    }
    if (value === undefined || !held.includes(value)) {
      throw ipUnassigned(text);
    }
    seen.add(value);
  }
  eni.ipv6Addresses = eni.ipv6Addresses.filter((text) => !seen.has(parseIpv6Address(text)));
  return {};
}
