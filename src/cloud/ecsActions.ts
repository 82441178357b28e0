/**
 * The ECS API actions the SDK adapter (`sdkEcsApi.ts`, `sdkEcsReads.ts`) sends, grouped by what needs them. The RAM
 * policies in `docs/ram/` grant exactly these (as `ecs:<Action>`), and a unit test checks that this list, the adapter's
 * source and the policy files agree.
 */

/** What the tree needs to browse: the regions, and the instances and ENIs of each region (lists and re-reads). */
export const BROWSE_ACTIONS = ['DescribeRegions', 'DescribeInstances', 'DescribeNetworkInterfaces'] as const;

/**
 * What attach and detach add: the instance type's ENI limit and the two writes; and the instance's power, which
 * stop-attach-start, the reboot an instance last started before April 2018 needs, and Start, Stop and Reboot use.
 */
export const ATTACH_DETACH_ACTIONS = [
  'DescribeInstanceTypes',
  'AttachNetworkInterface',
  'DetachNetworkInterface',
  'StopInstance',
  'StartInstance',
  'RebootInstance',
] as const;

/**
 * What creating, editing, tagging and deleting ENIs add: the vSwitches and security groups to choose from (ECS's own
 * DescribeVSwitches, so that one RAM service serves everything), and the five writes.
 */
export const LIFECYCLE_ACTIONS = [
  'DescribeVSwitches',
  'DescribeSecurityGroups',
  'CreateNetworkInterface',
  'DeleteNetworkInterface',
  'ModifyNetworkInterfaceAttribute',
  'TagResources',
  'UntagResources',
] as const;

/** What managing an ENI's addresses and reading its security groups' rules add: the four address writes and one read. */
export const ADDRESS_ACTIONS = [
  'AssignPrivateIpAddresses',
  'UnassignPrivateIpAddresses',
  'AssignIpv6Addresses',
  'UnassignIpv6Addresses',
  'DescribeSecurityGroupAttribute',
] as const;

export type EcsAction =
  | (typeof BROWSE_ACTIONS)[number]
  | (typeof ATTACH_DETACH_ACTIONS)[number]
  | (typeof LIFECYCLE_ACTIONS)[number]
  | (typeof ADDRESS_ACTIONS)[number];

/** Every action the adapter can send. */
export const ECS_ACTIONS: readonly EcsAction[] = [...BROWSE_ACTIONS, ...ATTACH_DETACH_ACTIONS, ...LIFECYCLE_ACTIONS, ...ADDRESS_ACTIONS];
