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
import { createNetworkInterface, deleteNetworkInterface, describeNetworkInterfaces } from './networkInterfaceActions';
import { describeRegions, describeZones } from './regionActions';

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
  ['StartInstance', startInstance],
  ['StopInstance', stopInstance],
  ['RebootInstance', rebootInstance],
]);
