import { EmulatorError, emptyParameter, errors, missingParameter } from '../errors';
import { instanceTypeById, STOPPED_ONLY_TYPES } from '../instanceTypes';
import { beginAttach, beginDetach, occupiedSlots } from '../lifecycle';
import type { EmInstance, EmNetworkInterface } from '../model';
import { type ActionContext, region } from './context';
import { instanceById } from './instanceActions';
import { networkInterfaceById } from './networkInterfaceActions';

/** Instances last started before this must be rebooted before an ENI can be attached while Running (https://www.alibabacloud.com/help/en/doc-detail/58503.htm). */
const REBOOT_REQUIRED_BEFORE = Date.parse('2018-04-01T00:00:00Z');

/** Absent: `Missing<Name>`, as the gateway answers; present but empty: `MissingParameter`, as the ENI tables list. */
function requiredValue(context: ActionContext, name: string): string {
  const raw = context.params.raw(name);
  if (raw === undefined) {
    throw missingParameter(name);
  }
  if (raw.trim() === '') {
    throw emptyParameter(name);
  }
  return raw;
}

interface Pair {
  readonly eni: EmNetworkInterface;
  readonly instance: EmInstance;
}

function resolvePair(context: ActionContext): Pair {
  const regionId = region(context, errors.invalidRegionForEni).regionId;
  const eniId = requiredValue(context, 'NetworkInterfaceId');
  const instanceId = requiredValue(context, 'InstanceId');
  if (context.params.optional('TrunkNetworkInstanceId') !== undefined) {
    // Documented as "not yet available".
    throw errors.unsupportedParameter();
  }
  const eni = networkInterfaceById(context.account, regionId, eniId);
  const instance = instanceById(context.account, instanceId, errors.ecsNotFound);
  if (instance.regionId !== regionId) {
    throw errors.ecsNotFound();
  }
  return { eni, instance };
}

/** Instance state rules shared by attach and detach: Running or Stopped, and Stopped for the types that need it. */
function checkInstanceState(instance: EmInstance): void {
  if (instance.status !== 'Running' && instance.status !== 'Stopped') {
    throw errors.invalidEcsState(`The instance is ${instance.status}; it must be Running or Stopped.`);
  }
  // The code real ECS uses here is not documented on the AttachNetworkInterface page; InvalidEcsState is the closest documented one.
  if (instance.status === 'Running' && STOPPED_ONLY_TYPES.has(instance.instanceType)) {
    throw errors.invalidEcsState(`Instances of type ${instance.instanceType} must be Stopped to attach or detach an ENI.`);
  }
}

export function attachNetworkInterface(context: ActionContext): Record<string, unknown> {
  const { eni, instance } = resolvePair(context);
  if (eni.type === 'Primary' || eni.type === 'Member') {
    throw errors.invalidEniType();
  }
  if (eni.serviceManaged) {
    throw errors.eniServiceManaged();
  }
  if (eni.status !== 'Available') {
    throw errors.invalidEniState('Available', eni.status);
  }
  checkInstanceState(instance);
  if (instance.status === 'Running' && Date.parse(instance.startTime) < REBOOT_REQUIRED_BEFORE) {
    throw errors.invalidEcsState('The instance was last started before 2018-04-01 and must be rebooted before an ENI can be attached.');
  }
  const instanceType = instanceTypeById(instance.instanceType);
  if (!instanceType?.ioOptimized) {
    throw errors.invalidGeneration();
  }
  if (eni.vpcId !== instance.vpcId) {
    throw errors.vpcMismatch();
  }
  if (eni.zoneId !== instance.zoneId) {
    throw errors.zoneMismatch();
  }
  // EniQuantity counts the primary ENI; ENIs still attaching hold a slot too (the documentation does not say; this counting is our choice).
  if (occupiedSlots(context.account, instance.instanceId).length >= instanceType.eniQuantity) {
    throw errors.eniPerInstanceLimit();
  }
  // Both codes are in the AttachNetworkInterface reference's table; checked here, after the ENI limit, as the attach rules do.
  if (1 + eni.secondaryIps.length > instanceType.eniPrivateIpAddressQuantity) {
    throw new EmulatorError(
      'InvalidOperation.Ipv4CountExceeded',
      403,
      'The ENI has more IPv4 addresses than the instance type allows per ENI.',
    );
  }
  if (eni.ipv6Addresses.length > 0 && instanceType.eniIpv6AddressQuantity === 0) {
    throw new EmulatorError('InvalidOperation.Ipv6NotSupport', 403, 'The instance type does not support IPv6.');
  }
  const networkCardIndex = context.params.integer('NetworkCardIndex');
  if (networkCardIndex !== undefined && !instanceType.networkCardIndexes.includes(networkCardIndex)) {
    throw new EmulatorError(
      'InvalidParameter',
      400,
      `NetworkCardIndex ${networkCardIndex} is not valid for ${instanceType.instanceTypeId}.`,
    );
  }
  beginAttach(context.world, context.account, eni, instance);
  return {};
}

export function detachNetworkInterface(context: ActionContext): Record<string, unknown> {
  const { eni, instance } = resolvePair(context);
  if (eni.type === 'Primary') {
    throw errors.detachPrimary();
  }
  if (eni.serviceManaged) {
    throw errors.eniServiceManaged();
  }
  if (eni.status !== 'InUse' && eni.status !== 'Detaching') {
    throw errors.invalidEniState('InUse', eni.status);
  }
  // Attached elsewhere: ECS's code for this is not documented; InvalidEniState is the closest.
  if (eni.instanceId !== instance.instanceId) {
    throw new EmulatorError(
      'InvalidOperation.InvalidEniState',
      400,
      `The ENI ${eni.networkInterfaceId} is not attached to the instance ${instance.instanceId}.`,
    );
  }
  checkInstanceState(instance);
  // A repeated detach of an ENI stuck in Detaching starts the wait again, as the documentation advises.
  beginDetach(context.world, eni);
  return {};
}
