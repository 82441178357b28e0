import type { Failure } from './failure';
import { isInstanceId, isNetworkInterfaceId } from './ids';
import type { Instance } from './instance';
import type { InstanceTypeInfo } from './instanceType';
import type { NetworkInterface } from './networkInterface';
import { STOPPED_ONLY_INSTANCE_TYPES } from './stoppedOnlyInstanceTypes';
import { instanceName, networkInterfaceName } from './labels';
import { fill } from './text';

/** Instances last started before this must be rebooted before an ENI can be attached while Running. */
export const REBOOT_REQUIRED_BEFORE = Date.parse('2018-04-01T00:00:00Z');

export type AttachRule =
  | 'eniIdFormat'
  | 'instanceIdFormat'
  | 'sameRegion'
  | 'eniType'
  | 'serviceManaged'
  | 'eniAvailable'
  | 'instanceState'
  | 'mustBeStopped'
  | 'rebootRequired'
  | 'eniSupport'
  | 'sameVpc'
  | 'sameZone'
  | 'eniLimit'
  | 'ipv4PerEni'
  | 'ipv6Support';

export type DetachRule =
  'eniIdFormat' | 'instanceIdFormat' | 'primary' | 'serviceManaged' | 'eniAttached' | 'attachedHere' | 'instanceState' | 'mustBeStopped';

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

/** Why each rule refuses, in English with holes; the UI shows them in the display language. */
export const RULE_TEXTS = {
  eniIdFormat: '“{0}” is not a network interface id (eni-…).',
  instanceIdFormat: '“{0}” is not an instance id (i-…).',
  sameRegion: '{0} is in {1} and {2} in {3}.',
  primaryEni: '{0} is a primary network interface; it belongs to its instance for life.',
  memberEni: '{0} is a member of a trunk network interface.',
  serviceManaged: '{0} is managed by another Alibaba Cloud service.',
  eniAvailable: '{0} is {1}; it must be Available.',
  eniAvailableOn: '{0} is {1} (on {2}); it must be Available.',
  attachInstanceState: '{0} is {1}; it must be Running or Stopped to attach a network interface.',
  detachInstanceState: '{0} is {1}; it must be Running or Stopped to detach a network interface.',
  attachMustBeStopped: '{0} is a {1}: instances of this type must be Stopped to attach a network interface.',
  detachMustBeStopped: '{0} is a {1}: instances of this type must be Stopped to detach a network interface.',
  rebootRequired: '{0} was last started on {1}, before April 2018; restart it before attaching.',
  eniSupport: '{0} is a {1}, a type that takes no secondary network interfaces.',
  sameVpc: '{0} is in {1}, {2} in {3}.',
  sameZone: '{0} is in zone {1}, {2} in {3}.',
  eniLimit: '{0} has {1} of the {2} network interfaces a {3} allows.',
  ipv4PerEni: '{0} has {1} private IPv4 addresses; a {2} allows {3} per network interface.',
  ipv6Support: '{0} has IPv6 addresses; a {1} does not support IPv6.',
  detachPrimary: '{0} is the primary network interface of its instance.',
  eniAttached: '{0} is {1}; it must be InUse.',
  attachedHere: '{0} is attached to {1}, not {2}.',
} as const;

const violation = <R extends string>(rule: R, code: string, text: keyof typeof RULE_TEXTS, ...args: string[]): Violation<R> => {
  const template = RULE_TEXTS[text];
  return { rule, code, message: fill(template, args), text: { template, args } };
};

/** Ids ECS would call malformed; when there are any, nothing else is worth checking. */
function idFormatViolations(eni: NetworkInterface, instance: Instance): Array<Violation<'eniIdFormat' | 'instanceIdFormat'>> {
  const found: Array<Violation<'eniIdFormat' | 'instanceIdFormat'>> = [];
  if (!isNetworkInterfaceId(eni.networkInterfaceId)) {
    found.push(violation('eniIdFormat', 'InvalidParams.EniId', 'eniIdFormat', eni.networkInterfaceId));
  }
  if (!isInstanceId(instance.instanceId)) {
    found.push(violation('instanceIdFormat', 'InvalidInstanceID.Malformed', 'instanceIdFormat', instance.instanceId));
  }
  return found;
}

/** The instance-state rules attach and detach share. */
function instanceStateViolations<R extends string>(
  instance: Instance,
  verb: 'attach' | 'detach',
): Array<Violation<R | 'instanceState' | 'mustBeStopped'>> {
  if (instance.status !== 'Running' && instance.status !== 'Stopped') {
    return [
      violation('instanceState', 'InvalidOperation.InvalidEcsState', `${verb}InstanceState`, instanceName(instance), instance.status),
    ];
  }
  if (instance.status === 'Running' && STOPPED_ONLY_INSTANCE_TYPES.has(instance.instanceType)) {
    return [
      violation('mustBeStopped', 'InvalidOperation.InvalidEcsState', `${verb}MustBeStopped`, instanceName(instance), instance.instanceType),
    ];
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
    found.push(
      violation(
        'sameRegion',
        'InvalidOperation.InvalidRegion',
        'sameRegion',
        networkInterfaceName(eni),
        eni.regionId,
        instanceName(instance),
        instance.regionId,
      ),
    );
  }
  if (eni.type === 'Primary' || eni.type === 'Member') {
    found.push(
      violation(
        'eniType',
        'InvalidOperation.InvalidEniType',
        eni.type === 'Primary' ? 'primaryEni' : 'memberEni',
        networkInterfaceName(eni),
      ),
    );
  }
  if (eni.serviceManaged) {
    found.push(violation('serviceManaged', 'InvalidOperation.EniServiceManaged', 'serviceManaged', networkInterfaceName(eni)));
  }
  if (eni.status !== 'Available') {
    found.push(
      eni.instanceId
        ? violation(
            'eniAvailable',
            'InvalidOperation.InvalidEniState',
            'eniAvailableOn',
            networkInterfaceName(eni),
            eni.status,
            eni.instanceId,
          )
        : violation('eniAvailable', 'InvalidOperation.InvalidEniState', 'eniAvailable', networkInterfaceName(eni), eni.status),
    );
  }
  found.push(...instanceStateViolations<AttachRule>(instance, 'attach'));
  if (instance.status === 'Running' && Date.parse(instance.startTime) < REBOOT_REQUIRED_BEFORE) {
    found.push(
      violation(
        'rebootRequired',
        'InvalidOperation.InvalidEcsState',
        'rebootRequired',
        instanceName(instance),
        instance.startTime.slice(0, 10),
      ),
    );
  }
  if (instanceType && instanceType.eniQuantity <= 1) {
    found.push(violation('eniSupport', 'InvalidOperation.InvalidGeneration', 'eniSupport', instanceName(instance), instance.instanceType));
  }
  if (eni.vpcId !== instance.vpcId) {
    found.push(
      violation(
        'sameVpc',
        'InvalidOperation.VpcMismatch',
        'sameVpc',
        networkInterfaceName(eni),
        eni.vpcId,
        instanceName(instance),
        instance.vpcId,
      ),
    );
  } else if (eni.zoneId !== instance.zoneId) {
    found.push(
      violation(
        'sameZone',
        'InvalidOperation.AvailabilityZoneMismatch',
        'sameZone',
        networkInterfaceName(eni),
        eni.zoneId,
        instanceName(instance),
        instance.zoneId,
      ),
    );
  }
  if (instanceType && instanceType.eniQuantity > 1 && check.occupiedSlots >= instanceType.eniQuantity) {
    found.push(
      violation(
        'eniLimit',
        'EniPerInstanceLimitExceeded',
        'eniLimit',
        instanceName(instance),
        String(check.occupiedSlots),
        String(instanceType.eniQuantity),
        instance.instanceType,
      ),
    );
  }
  found.push(...addressViolations(eni, instanceType));
  return found;
}

/**
 * The ENI's addresses must fit the type (the AttachNetworkInterface reference's InvalidOperation.Ipv4CountExceeded and
 * InvalidOperation.Ipv6NotSupport): no more private IPv4 addresses than one ENI of the type may have, and IPv6 ones
 * only on a type that supports IPv6.
 */
function addressViolations(eni: NetworkInterface, instanceType: InstanceTypeInfo | undefined): Array<Violation<AttachRule>> {
  const found: Array<Violation<AttachRule>> = [];
  if (instanceType && eni.privateIpSets.length > instanceType.eniPrivateIpAddressQuantity) {
    const args = [String(eni.privateIpSets.length), instanceType.instanceTypeId, String(instanceType.eniPrivateIpAddressQuantity)];
    found.push(violation('ipv4PerEni', 'InvalidOperation.Ipv4CountExceeded', 'ipv4PerEni', networkInterfaceName(eni), ...args));
  }
  if (instanceType && eni.ipv6Addresses.length > 0 && instanceType.eniIpv6AddressQuantity === 0) {
    found.push(
      violation('ipv6Support', 'InvalidOperation.Ipv6NotSupport', 'ipv6Support', networkInterfaceName(eni), instanceType.instanceTypeId),
    );
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
    found.push(violation('primary', 'InvalidOperation.DetachPrimaryEniNotAllowed', 'detachPrimary', networkInterfaceName(eni)));
  }
  if (eni.serviceManaged) {
    found.push(violation('serviceManaged', 'InvalidOperation.EniServiceManaged', 'serviceManaged', networkInterfaceName(eni)));
  }
  // Detaching is allowed: detaching again is the documented remedy for an ENI that stays in Detaching.
  if (eni.status !== 'InUse' && eni.status !== 'Detaching') {
    found.push(violation('eniAttached', 'InvalidOperation.InvalidEniState', 'eniAttached', networkInterfaceName(eni), eni.status));
  } else if (eni.instanceId !== instance.instanceId) {
    found.push(
      violation(
        'attachedHere',
        'InvalidOperation.InvalidEniState',
        'attachedHere',
        networkInterfaceName(eni),
        eni.instanceId ?? '',
        instanceName(instance),
      ),
    );
  }
  found.push(...instanceStateViolations<DetachRule>(instance, 'detach'));
  return found;
}

/** ENIs that take one of an instance's slots: attached or on the way, primary included, member ENIs not. */
export function occupiedSlots(enis: readonly NetworkInterface[], instanceId: string): number {
  return enis.filter(
    (eni) =>
      eni.instanceId === instanceId &&
      eni.type !== 'Member' &&
      (eni.status === 'InUse' || eni.status === 'Attaching' || eni.status === 'Detaching'),
  ).length;
}

/** True when stopping the instance first is all it takes. */
export const onlyNeedsStop = (violations: ReadonlyArray<Violation<string>>): boolean =>
  violations.length === 1 && violations[0]?.rule === 'mustBeStopped';
