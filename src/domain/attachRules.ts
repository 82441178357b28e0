import type { Failure } from './failure';
import { isInstanceId, isNetworkInterfaceId } from './ids';
import type { Instance } from './instance';
import type { InstanceTypeInfo } from './instanceType';
import type { NetworkInterface } from './networkInterface';
import { STOPPED_ONLY_INSTANCE_TYPES } from './stoppedOnlyInstanceTypes';

/** Instances last started before this must be rebooted before an ENI can be attached while Running. */
export const REBOOT_REQUIRED_BEFORE = Date.parse('2018-04-01T00:00:00Z');

export type AttachRule =
  | 'eniIdFormat' | 'instanceIdFormat' | 'sameRegion' | 'eniType' | 'serviceManaged' | 'eniAvailable' | 'instanceState'
  | 'mustBeStopped' | 'rebootRequired' | 'eniSupport' | 'sameVpc' | 'sameZone' | 'eniLimit';

export type DetachRule =
  | 'eniIdFormat' | 'instanceIdFormat' | 'primary' | 'serviceManaged' | 'eniAttached' | 'attachedHere' | 'instanceState' | 'mustBeStopped';

/** A rule the request breaks: which, the ECS error code it spares the user, and why, in words. */
export interface Violation<R extends string> extends Failure {
  readonly rule: R;
}

export interface AttachCheck {
  readonly eni: NetworkInterface;
  readonly instance: Instance;
  /** The instance's type, when known (DescribeInstanceTypes); without it the ENI limit is left to ECS. */
  readonly instanceType: InstanceTypeInfo | undefined;
  /** ENIs that take one of the instance's slots: attached or attaching, primary included, member ENIs not. */
  readonly occupiedSlots: number;
}

const violation = <R extends string>(rule: R, code: string, message: string): Violation<R> => ({ rule, code, message });

const label = (instance: Instance): string => instance.instanceName ? `${instance.instanceName} (${instance.instanceId})` : instance.instanceId;
const eniLabel = (eni: NetworkInterface): string =>
  eni.networkInterfaceName ? `${eni.networkInterfaceName} (${eni.networkInterfaceId})` : eni.networkInterfaceId;

/** Ids ECS would call malformed; when there are any, nothing else is worth checking. */
function idFormatViolations(eni: NetworkInterface, instance: Instance): Array<Violation<'eniIdFormat' | 'instanceIdFormat'>> {
  const found: Array<Violation<'eniIdFormat' | 'instanceIdFormat'>> = [];
  if (!isNetworkInterfaceId(eni.networkInterfaceId)) {
    found.push(violation('eniIdFormat', 'InvalidParams.EniId', `"${eni.networkInterfaceId}" is not a network interface id (eni-…).`));
  }
  if (!isInstanceId(instance.instanceId)) {
    found.push(violation('instanceIdFormat', 'InvalidInstanceID.Malformed', `"${instance.instanceId}" is not an instance id (i-…).`));
  }
  return found;
}

/** The instance-state rules attach and detach share. */
function instanceStateViolations<R extends string>(instance: Instance, verb: string): Array<Violation<R | 'instanceState' | 'mustBeStopped'>> {
  if (instance.status !== 'Running' && instance.status !== 'Stopped') {
    return [violation('instanceState', 'InvalidOperation.InvalidEcsState',
      `${label(instance)} is ${instance.status}; it must be Running or Stopped to ${verb} a network interface.`)];
  }
  if (instance.status === 'Running' && STOPPED_ONLY_INSTANCE_TYPES.has(instance.instanceType)) {
    return [violation('mustBeStopped', 'InvalidOperation.InvalidEcsState',
      `${label(instance)} is a ${instance.instanceType}: instances of this type must be Stopped to ${verb} a network interface.`)];
  }
  return [];
}

/**
 * Every reason ECS would refuse to attach this ENI to this instance, in the order ECS checks them; empty when the
 * attach may go ahead. Each violation names the error code it prevents.
 */
export function checkAttach(check: AttachCheck): Array<Violation<AttachRule>> {
  const { eni, instance, instanceType } = check;
  const malformed = idFormatViolations(eni, instance);
  if (malformed.length > 0) {
    return malformed;
  }
  const found: Array<Violation<AttachRule>> = [];
  if (eni.regionId !== instance.regionId) {
    found.push(violation('sameRegion', 'InvalidOperation.InvalidRegion',
      `${eniLabel(eni)} is in ${eni.regionId} and ${label(instance)} in ${instance.regionId}.`));
  }
  if (eni.type === 'Primary' || eni.type === 'Member') {
    found.push(violation('eniType', 'InvalidOperation.InvalidEniType', eni.type === 'Primary'
      ? `${eniLabel(eni)} is a primary network interface; it belongs to its instance for life.`
      : `${eniLabel(eni)} is a member of a trunk network interface.`));
  }
  if (eni.serviceManaged) {
    found.push(violation('serviceManaged', 'InvalidOperation.EniServiceManaged', `${eniLabel(eni)} is managed by another Alibaba Cloud service.`));
  }
  if (eni.status !== 'Available') {
    found.push(violation('eniAvailable', 'InvalidOperation.InvalidEniState',
      `${eniLabel(eni)} is ${eni.status}${eni.instanceId ? ` (on ${eni.instanceId})` : ''}; it must be Available.`));
  }
  found.push(...instanceStateViolations<AttachRule>(instance, 'attach'));
  if (instance.status === 'Running' && Date.parse(instance.startTime) < REBOOT_REQUIRED_BEFORE) {
    found.push(violation('rebootRequired', 'InvalidOperation.InvalidEcsState',
      `${label(instance)} was last started on ${instance.startTime.slice(0, 10)}, before April 2018; restart it before attaching.`));
  }
  if (instanceType && instanceType.eniQuantity <= 1) {
    found.push(violation('eniSupport', 'InvalidOperation.InvalidGeneration',
      `${label(instance)} is a ${instance.instanceType}, a type that takes no secondary network interfaces.`));
  }
  if (eni.vpcId !== instance.vpcId) {
    found.push(violation('sameVpc', 'InvalidOperation.VpcMismatch', `${eniLabel(eni)} is in ${eni.vpcId}, ${label(instance)} in ${instance.vpcId}.`));
  } else if (eni.zoneId !== instance.zoneId) {
    found.push(violation('sameZone', 'InvalidOperation.AvailabilityZoneMismatch',
      `${eniLabel(eni)} is in zone ${eni.zoneId}, ${label(instance)} in ${instance.zoneId}.`));
  }
  if (instanceType && instanceType.eniQuantity > 1 && check.occupiedSlots >= instanceType.eniQuantity) {
    found.push(violation('eniLimit', 'EniPerInstanceLimitExceeded',
      `${label(instance)} has ${check.occupiedSlots} of the ${instanceType.eniQuantity} network interfaces a ${instance.instanceType} allows.`));
  }
  return found;
}

/** Every reason ECS would refuse to detach this ENI from this instance; empty when the detach may go ahead. */
export function checkDetach(eni: NetworkInterface, instance: Instance): Array<Violation<DetachRule>> {
  const malformed = idFormatViolations(eni, instance);
  if (malformed.length > 0) {
    return malformed;
  }
  const found: Array<Violation<DetachRule>> = [];
  if (eni.type === 'Primary') {
    found.push(violation('primary', 'InvalidOperation.DetachPrimaryEniNotAllowed', `${eniLabel(eni)} is the primary network interface of its instance.`));
  }
  if (eni.serviceManaged) {
    found.push(violation('serviceManaged', 'InvalidOperation.EniServiceManaged', `${eniLabel(eni)} is managed by another Alibaba Cloud service.`));
  }
  if (eni.status !== 'InUse' && eni.status !== 'Detaching') {
    found.push(violation('eniAttached', 'InvalidOperation.InvalidEniState', `${eniLabel(eni)} is ${eni.status}; it must be InUse.`));
  } else if (eni.instanceId !== instance.instanceId) {
    found.push(violation('attachedHere', 'InvalidOperation.InvalidEniState', `${eniLabel(eni)} is attached to ${eni.instanceId}, not ${label(instance)}.`));
  }
  found.push(...instanceStateViolations<DetachRule>(instance, 'detach'));
  return found;
}

/** ENIs that take one of an instance's slots: attached or on the way, primary included, member ENIs not. */
export function occupiedSlots(enis: readonly NetworkInterface[], instanceId: string): number {
  return enis.filter((eni) => eni.instanceId === instanceId && eni.type !== 'Member'
    && (eni.status === 'InUse' || eni.status === 'Attaching' || eni.status === 'Detaching')).length;
}

/** True when stopping the instance first is all it takes. */
export const onlyNeedsStop = (violations: ReadonlyArray<Violation<string>>): boolean =>
  violations.length === 1 && violations[0]?.rule === 'mustBeStopped';
