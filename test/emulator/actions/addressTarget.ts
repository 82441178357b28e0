import { EmulatorError, errors } from '../errors';
import { instanceTypeById } from '../instanceTypes';
import type { EmNetworkInterface } from '../model';
import type { Params } from '../params';
import { type ActionContext, region } from './context';
import { networkInterfaceById } from './networkInterfaceActions';

/**
 * What the four address actions share (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-assignprivateipaddresses,
 * …-unassignprivateipaddresses, …-assignipv6addresses, …-unassignipv6addresses): the ENI must be Available or InUse,
 * not managed by another service, and the instance of a primary ENI Running or Stopped.
 */
export function addressTarget(context: ActionContext): EmNetworkInterface {
  const regionId = region(context).regionId;
  const eni = networkInterfaceById(context.account, regionId, context.params.required('NetworkInterfaceId'));
  if (eni.status !== 'Available' && eni.status !== 'InUse') {
    throw errors.invalidEniState('Available or InUse', eni.status);
  }
  if (eni.serviceManaged) {
    throw errors.eniServiceManaged();
  }
  const instance = eni.type === 'Primary' ? context.account.instances.get(eni.instanceId) : undefined;
  if (instance && instance.status !== 'Running' && instance.status !== 'Stopped') {
    throw errors.invalidEcsState(`The instance is ${instance.status}; it must be Running or Stopped.`);
  }
  return eni;
}

/** The per-ENI limit of the instance type of an attached (InUse) ENI; undefined for an unattached one. */
export function attachedTypeLimits(context: ActionContext, eni: EmNetworkInterface): { ipv4: number; ipv6: number } | undefined {
  const instance = eni.status === 'InUse' ? context.account.instances.get(eni.instanceId) : undefined;
  const type = instance ? instanceTypeById(instance.instanceType) : undefined;
  return type ? { ipv4: type.eniPrivateIpAddressQuantity, ipv6: type.eniIpv6AddressQuantity } : undefined;
}

/** A count or a list of addresses, never both, never neither; a count of at least one. */
export function countOrAddresses(
  params: Params,
  count: number | undefined,
  countName: string,
  listName: string,
): { count: number } | { addresses: string[] } {
  const addresses = params.list(listName);
  if (count !== undefined && addresses.length > 0) {
    throw new EmulatorError('InvalidParameter', 400, `${countName} and ${listName}.N cannot be specified together.`);
  }
  if (count !== undefined) {
    if (count < 1) {
      throw new EmulatorError('InvalidParameter', 400, `${countName} must be 1 or more.`);
    }
    return { count };
  }
  return { addresses: requiredList(params, listName) };
}

/** `Name.N` with at least one value; ECS's tables list MissingParameter (403) for a missing one. */
export function requiredList(params: Params, name: string): string[] {
  const values = params.list(name);
  if (values.length === 0) {
    throw new EmulatorError(
      'MissingParameter',
      403,
      `The input parameter "${name}.N" that is mandatory for processing this request is not supplied.`,
    );
  }
  return values;
}

export const ipRepeated = (address: string): EmulatorError =>
  new EmulatorError('InvalidIp.IpRepeated', 403, `The specified IP "${address.slice(0, 45)}" is repeated.`);
export const ipAssigned = (address: string): EmulatorError =>
  new EmulatorError('InvalidIp.IpAssigned', 403, `The specified IP "${address.slice(0, 45)}" is already assigned.`);
export const ipUnassigned = (address: string): EmulatorError =>
  new EmulatorError('InvalidIp.IpUnassigned', 403, `The specified IP "${address.slice(0, 45)}" is not assigned on this ENI.`);
