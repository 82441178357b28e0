import type { Violation } from './attachRules';
import { isInstanceId } from './ids';
import type { Instance, Tag } from './instance';
import { instanceName } from './labels';
import { fill } from './text';

/**
 * What ECS checks before it starts, stops or restarts an instance, each rule naming the error code it spares the user:
 * StartInstance needs a Stopped instance, StopInstance and RebootInstance a Running one, and each answers
 * `IncorrectInstanceStatus` (403) otherwise
 * (https://www.alibabacloud.com/help/doc-detail/25500.htm, https://www.alibabacloud.com/help/doc-detail/25501.html,
 * https://www.alibabacloud.com/help/en/ecs/developer-reference/api-rebootinstance).
 */

export type InstanceOperation = 'start' | 'stop' | 'reboot';

export type InstanceRule = 'instanceIdFormat' | 'startState' | 'stopState' | 'rebootState';

/**
 * How a stop leaves a pay-as-you-go instance: `KeepCharging` keeps its CPU and memory (and bills them), `StopCharging`
 * (economical mode) releases them, so that a later start may fail for want of stock.
 */
export type StoppedMode = 'KeepCharging' | 'StopCharging';

export const INSTANCE_TEXTS = {
  instanceIdFormat: '“{0}” is not an instance id (i-…).',
  startState: '{0} is {1}; only a Stopped instance can be started.',
  stopState: '{0} is {1}; only a Running instance can be stopped.',
  rebootState: '{0} is {1}; only a Running instance can be rebooted.',
} as const;

/** The status each operation needs, and the one it ends in. */
export const NEEDED_STATUS: Readonly<Record<InstanceOperation, string>> = { start: 'Stopped', stop: 'Running', reboot: 'Running' };
export const SETTLED_STATUS: Readonly<Record<InstanceOperation, string>> = { start: 'Running', stop: 'Stopped', reboot: 'Running' };

function rule(name: InstanceRule, text: keyof typeof INSTANCE_TEXTS, code: string, ...args: string[]): Violation<InstanceRule> {
  const template = INSTANCE_TEXTS[text];
  return { rule: name, code, message: fill(template, args), text: { template, args } };
}

/** Every reason ECS would refuse this operation on this instance; empty when it may be sent. */
export function checkInstanceOperation(operation: InstanceOperation, instance: Instance): Array<Violation<InstanceRule>> {
  if (!isInstanceId(instance.instanceId)) {
    return [rule('instanceIdFormat', 'instanceIdFormat', 'InvalidInstanceID.Malformed', instance.instanceId)];
  }
  if (instance.status !== NEEDED_STATUS[operation]) {
    return [rule(`${operation}State`, `${operation}State`, 'IncorrectInstanceStatus', instanceName(instance), instance.status)];
  }
  return [];
}

const PRODUCTION_KEYS = new Set(['env', 'environment']);
const PRODUCTION_VALUES = new Set(['prod', 'production']);

/** The tag that marks the instance as production (`env` or `environment` = `prod` or `production`, in any case). */
export const productionTag = (instance: Pick<Instance, 'tags'>): Tag | undefined =>
  instance.tags.find((tag) => PRODUCTION_KEYS.has(tag.key.toLowerCase()) && PRODUCTION_VALUES.has(tag.value.toLowerCase()));

/**
 * Whether a stop may ask for economical mode: documented for pay-as-you-go (`PostPaid`, preemptible included)
 * instances in a VPC (https://www.alibabacloud.com/help/en/ecs/user-guide/economical-mode). Types with local or
 * persistent memory storage are excluded too, which an instance's row cannot tell; ECS then stops such an instance in
 * standard mode without an error (StopInstance's `StoppedMode`), and the stopped instance's `StoppedMode` says so.
 */
export const mayStopCharging = (instance: Pick<Instance, 'properties' | 'vpcId'>): boolean =>
  instance.properties.InstanceChargeType === 'PostPaid' && instance.vpcId !== '';

/** The stop mode ECS reports for a stopped instance (`KeepCharging`, `StopCharging`, `Not-applicable`), if any. */
export const reportedStoppedMode = (instance: Pick<Instance, 'properties'>): string | undefined =>
  typeof instance.properties.StoppedMode === 'string' ? instance.properties.StoppedMode : undefined;
