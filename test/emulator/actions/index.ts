import { attachNetworkInterface, detachNetworkInterface } from './attachmentActions';
import type { ActionHandler } from './context';
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
import { describeSecurityGroups, describeVSwitches } from './networkActions';
import { deleteNetworkInterface, describeNetworkInterfaces, modifyNetworkInterfaceAttribute } from './networkInterfaceActions';
import { describeRegions, describeZones } from './regionActions';
import { assignIpv6Addresses, unassignIpv6Addresses } from './ipv6Actions';
import { assignPrivateIpAddresses, unassignPrivateIpAddresses } from './privateIpActions';
import { describeSecurityGroupAttribute } from './securityGroupActions';
import { tagResources, untagResources } from './tagActions';

export type { ActionContext, ActionHandler } from './context';

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
]);
