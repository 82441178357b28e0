import { attachNetworkInterface, detachNetworkInterface } from './attachmentActions';
import {
  describeCloudAssistantStatus,
  describeInvocationResults,
  describeInvocations,
  installCloudAssistant,
  runCommand,
  stopInvocation,
} from './cloudAssistantActions';
import type { ActionHandler } from './context';
import { startTerminalSession } from './sessionActions';
import {
  describeInstanceAttribute,
  describeInstances,
  describeInstanceStatus,
  rebootInstance,
  startInstance,
  stopInstance,
} from './instanceActions';
import { describeInstanceTypes } from './instanceTypeActions';
import { createNetworkInterface } from './createNetworkInterface';
import { describeSecurityGroups, describeVpcVSwitches, describeVSwitches } from './networkActions';
import { deleteNetworkInterface, describeNetworkInterfaces, modifyNetworkInterfaceAttribute } from './networkInterfaceActions';
import { describeRegions, describeZones } from './regionActions';
import { assignIpv6Addresses, unassignIpv6Addresses } from './ipv6Actions';
import { assignPrivateIpAddresses, unassignPrivateIpAddresses } from './privateIpActions';
import { describeSecurityGroupAttribute } from './securityGroupActions';
import { tagResources, untagResources } from './tagActions';

export type { ActionContext, ActionHandler } from './context';

/** ECS's actions (2014-05-26). */
export const ACTIONS: ReadonlyMap<string, ActionHandler> = new Map([
  ['DescribeRegions', describeRegions],
  ['DescribeZones', describeZones],
  ['DescribeInstances', describeInstances],
  ['DescribeInstanceStatus', describeInstanceStatus],
  ['DescribeInstanceAttribute', describeInstanceAttribute],
  ['DescribeInstanceTypes', describeInstanceTypes],
  ['DescribeNetworkInterfaces', describeNetworkInterfaces],
  ['AttachNetworkInterface', attachNetworkInterface],
  ['DetachNetworkInterface', detachNetworkInterface],
  ['CreateNetworkInterface', createNetworkInterface],
  ['DeleteNetworkInterface', deleteNetworkInterface],
  ['ModifyNetworkInterfaceAttribute', modifyNetworkInterfaceAttribute],
  ['DescribeVSwitches', describeVSwitches],
  ['DescribeSecurityGroups', describeSecurityGroups],
  ['TagResources', tagResources],
  ['UntagResources', untagResources],
  ['StartInstance', startInstance],
  ['StopInstance', stopInstance],
  ['RebootInstance', rebootInstance],
  ['AssignPrivateIpAddresses', assignPrivateIpAddresses],
  ['UnassignPrivateIpAddresses', unassignPrivateIpAddresses],
  ['AssignIpv6Addresses', assignIpv6Addresses],
  ['UnassignIpv6Addresses', unassignIpv6Addresses],
  ['DescribeSecurityGroupAttribute', describeSecurityGroupAttribute],
  ['DescribeCloudAssistantStatus', describeCloudAssistantStatus],
  ['InstallCloudAssistant', installCloudAssistant],
  ['RunCommand', runCommand],
  ['DescribeInvocations', describeInvocations],
  ['DescribeInvocationResults', describeInvocationResults],
  ['StopInvocation', stopInvocation],
  ['StartTerminalSession', startTerminalSession],
]);

/** VPC's actions (2016-04-28): the one the extension calls. */
export const VPC_ACTIONS: ReadonlyMap<string, ActionHandler> = new Map([['DescribeVSwitches', describeVpcVSwitches]]);

/** The actions of each API version the emulator answers, on its one loopback endpoint. */
export const ACTIONS_BY_VERSION: ReadonlyMap<string, ReadonlyMap<string, ActionHandler>> = new Map([
  ['2014-05-26', ACTIONS],
  ['2016-04-28', VPC_ACTIONS],
]);

/**
 * The RAM action a policy must allow for an action, as ECS's RAM authorization page names it
 * (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-ram); undefined for the operations
 * the reference says need no authorization (DescribeRegions, DescribeZones, DescribeInstanceTypes are not in its table).
 * Both DescribeVSwitches, ECS's and VPC's, need `vpc:DescribeVSwitches`.
 */
export function ramActionOf(version: string, action: string): string | undefined {
  if (['DescribeRegions', 'DescribeZones', 'DescribeInstanceTypes'].includes(action)) {
    return undefined;
  }
  return version === '2016-04-28' || action === 'DescribeVSwitches' ? `vpc:${action}` : `ecs:${action}`;
}
