import { addressesInUse, inBlock, isReserved, nextFreeAddress, parseAddress, parseBlock } from '../addresses';
import { eniTime } from '../clock';
import { EmulatorError, errors, missingParameter } from '../errors';
import type { EmAccount, EmNetworkInterface, EmVSwitch } from '../model';
import { wireNetworkInterface } from '../wire';
import { onceByClientToken } from './clientTokens';
import { type ActionContext, region } from './context';
import { assignPrivateIpAddresses } from './privateIpActions';
import { checkTags, description, MAX_TAGS, networkInterfaceName, requestTags, securityGroupsFor } from './eniRules';

/** Rules from https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-createnetworkinterface. */

const MAX_DESCRIPTION = 256;

let created = 0;

/**
 * The addressing parameters of CreateNetworkInterfaceRequest the emulator does not model at creation (IPv6 addresses
 * and prefixes): refused rather than ignored; assigned after creation, they are modelled.
 */
const UNMODELLED_CREATE_PARAMETERS = [
  'Ipv6AddressCount',
  'Ipv6Address.1',
  'Ipv4PrefixCount',
  'Ipv4Prefix.1',
  'Ipv6PrefixCount',
  'Ipv6Prefix.1',
];

/** Synchronous in ECS: the new ENI is Available at once. */
export function createNetworkInterface(context: ActionContext): Record<string, unknown> {
  const { params } = context;
  const regionId = region(context).regionId;
  if (UNMODELLED_CREATE_PARAMETERS.some((name) => params.raw(name) !== undefined)) {
    throw errors.unsupportedParameter();
  }
  const vSwitchId = params.required('VSwitchId');
  const single = params.optional('SecurityGroupId');
  const several = params.list('SecurityGroupIds');
  if (single === undefined && several.length === 0) {
    throw missingParameter('SecurityGroupId');
  }
  if (single !== undefined && several.length > 0) {
    throw new EmulatorError(
      'InvalidSecurityGroupId.SingleIdAndMultiIdConflict',
      400,
      'SecurityGroupId and SecurityGroupIds.N cannot be specified together.',
    );
  }
  const groups = single !== undefined ? [single] : several;
  return onceByClientToken(context, 'CreateNetworkInterface', regionId, () => createInRegion(context, regionId, vSwitchId, groups));
}

function createInRegion(context: ActionContext, regionId: string, vSwitchId: string, groups: readonly string[]): Record<string, unknown> {
  const { params, account } = context;
  const instanceType = params.optional('InstanceType') ?? 'Secondary';
  if (instanceType !== 'Secondary' && instanceType !== 'Trunk') {
    throw new EmulatorError(
      'InvalidInstanceType',
      400,
      'Specified parameter InstanceType is not valid. Supported values: Secondary, Trunk.',
    );
  }
  const vSwitch = account.vSwitches.get(vSwitchId);
  if (!vSwitch || vSwitch.regionId !== regionId) {
    throw errors.vSwitchNotFound();
  }
  if (vSwitch.status !== 'Available') {
    throw new EmulatorError('IncorrectVSwitchStatus', 400, 'The current status of vSwitch does not support this operation.');
  }
  const securityGroupIds = securityGroupsFor(account, regionId, vSwitch.vpcId, groups).map((group) => group.securityGroupId);
  const name = networkInterfaceName(params) ?? '';
  const text = description(params, MAX_DESCRIPTION) ?? '';
  const tags = requestTags(params);
  if (tags.length > MAX_TAGS) {
    throw new EmulatorError('QuotaExceed.Tags', 403, `A network interface can have at most ${MAX_TAGS} tags.`);
  }
  checkTags(tags);
  // Secondary and trunk ENIs count against the quota; primary ones come and go with their instances.
  const inRegion = [...account.networkInterfaces.values()].filter((eni) => eni.regionId === regionId && eni.type !== 'Primary').length;
  if (inRegion >= account.eniQuotaPerRegion) {
    throw errors.maxEniCount();
  }
  created += 1;
  const eni: EmNetworkInterface = {
    networkInterfaceId: `eni-em${context.world.clock.now().toString(36)}${created.toString(36)}`,
    networkInterfaceName: name,
    description: text,
    regionId,
    zoneId: vSwitch.zoneId,
    status: 'Available',
    type: instanceType,
    vpcId: vSwitch.vpcId,
    vSwitchId,
    privateIpAddress: primaryIpAddress(context, account, vSwitch),
    secondaryIps: [],
    ipv6Addresses: [],
    publicIpAddress: '',
    macAddress: macFor(created),
    securityGroupIds,
    instanceId: '',
    deviceIndex: undefined,
    serviceManaged: false,
    creationTime: eniTime(context.world.clock.now()),
    tags,
  };
  account.networkInterfaces.set(eni.networkInterfaceId, eni);
  assignSecondaryIpsAtCreation(context, eni);
  return wireNetworkInterface(account, eni);
}

/**
 * `SecondaryPrivateIpAddressCount` or `PrivateIpAddress.N` (the same parameters, and rules, as
 * AssignPrivateIpAddresses): the new ENI gets them, or the create fails whole.
 */
function assignSecondaryIpsAtCreation(context: ActionContext, eni: EmNetworkInterface): void {
  if (context.params.raw('SecondaryPrivateIpAddressCount') === undefined && context.params.raw('PrivateIpAddress.1') === undefined) {
    return;
  }
  try {
    assignPrivateIpAddresses({ ...context, params: context.params.with('NetworkInterfaceId', eni.networkInterfaceId) });
  } catch (error) {
    context.account.networkInterfaces.delete(eni.networkInterfaceId);
    throw error;
  }
}

/**
 * The requested address must be an idle one of the vSwitch's block (not one of its reserved addresses); without one,
 * ECS picks an idle address (the emulator: the lowest).
 */
function primaryIpAddress(context: ActionContext, account: EmAccount, vSwitch: EmVSwitch): string {
  const inUse = addressesInUse(account).get(vSwitch.vSwitchId) ?? new Set<string>();
  const requested = context.params.optional('PrimaryIpAddress');
  if (requested === undefined) {
    const free = nextFreeAddress(vSwitch, inUse);
    if (free === undefined) {
      throw new EmulatorError(
        'InvalidVSwitchId.IpNotEnough',
        403,
        `The specified VSwitch "${vSwitch.vSwitchId}" has not enough IpAddress.`,
      );
    }
    return free;
  }
  const block = parseBlock(vSwitch.cidrBlock);
  const address = parseAddress(requested);
  if (address === undefined || !inBlock(block, address) || isReserved(block, address)) {
    throw new EmulatorError(
      'InvalidVSwitchId.IpInvalid',
      403,
      `The specified private IP address ${requested.slice(0, 40)} is not an assignable address of the vSwitch's CIDR block ${vSwitch.cidrBlock}.`,
    );
  }
  if (inUse.has(requested)) {
    throw new EmulatorError('InvalidPrivateIpAddress.Duplicated', 400, 'Specified private IP address is duplicated.');
  }
  return requested;
}

function macFor(serial: number): string {
  const hex = (0x100000 + serial).toString(16).padStart(6, '0').slice(-6);
  return `00:16:3e:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
}
