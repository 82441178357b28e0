/**
 * Every API action the extension sends, as Alibaba Cloud's API reference and its RAM authorization pages describe it:
 * which service and version serve it, the RAM action a policy must allow (none where the reference says the operation
 * needs no authorization), the resources it can be narrowed to, and whether it reads or writes.
 *
 * ECS: https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-ram
 * VPC: https://www.alibabacloud.com/help/en/vpc/developer-reference/api-vpc-2016-04-28-describevswitches
 */

export type ApiService = 'ecs' | 'vpc';

export interface ApiAction {
  readonly service: ApiService;
  readonly version: '2014-05-26' | '2016-04-28';
  /** `ecs:<Action>` or `vpc:<Action>`; undefined where the reference publishes no authorization for the operation. */
  readonly ramAction?: string;
  /** The resource ARNs the RAM page names for it (`*` where it names only All Resources), with `{#…}` placeholders. */
  readonly resources: readonly string[];
  readonly access: 'read' | 'write';
}

const ECS_ARN = 'acs:ecs:{#regionId}:{#accountId}';
const ENI = `${ECS_ARN}:eni/{#eniId}`;
const INSTANCE = `${ECS_ARN}:instance/{#instanceId}`;
const SECURITY_GROUP = `${ECS_ARN}:securitygroup/{#securitygroupId}`;
const COMMANDS = `${ECS_ARN}:command/*`;

const ecsRead = (resources: readonly string[], ramAction?: string): ApiAction => ({
  service: 'ecs',
  version: '2014-05-26',
  resources,
  access: 'read',
  ...(ramAction ? { ramAction } : {}),
});
const ecsWrite = (ramAction: string, resources: readonly string[]): ApiAction => ({
  service: 'ecs',
  version: '2014-05-26',
  ramAction,
  resources,
  access: 'write',
});

export const API_ACTIONS = {
  // Neither appears in ECS's RAM table; their pages say "no authorization for this operation".
  DescribeRegions: ecsRead(['*']),
  DescribeInstanceTypes: ecsRead(['*']),
  DescribeInstances: ecsRead([`${ECS_ARN}:instance/*`, INSTANCE], 'ecs:DescribeInstances'),
  DescribeNetworkInterfaces: ecsRead([ENI], 'ecs:DescribeNetworkInterfaces'),
  DescribeSecurityGroups: ecsRead([`${ECS_ARN}:securitygroup/*`, SECURITY_GROUP], 'ecs:DescribeSecurityGroups'),
  DescribeSecurityGroupAttribute: ecsRead([SECURITY_GROUP], 'ecs:DescribeSecurityGroupAttribute'),
  // VPC's, not ECS's deprecated one of the same name (whose RAM action is vpc:DescribeVSwitches as well).
  DescribeVSwitches: {
    service: 'vpc',
    version: '2016-04-28',
    ramAction: 'vpc:DescribeVSwitches',
    resources: ['acs:vpc:{#regionId}:{#accountId}:vswitch/*'],
    access: 'read',
  },
  AttachNetworkInterface: ecsWrite('ecs:AttachNetworkInterface', [ENI, INSTANCE]),
  DetachNetworkInterface: ecsWrite('ecs:DetachNetworkInterface', [ENI, INSTANCE]),
  StartInstance: ecsWrite('ecs:StartInstance', [INSTANCE]),
  StopInstance: ecsWrite('ecs:StopInstance', [INSTANCE]),
  RebootInstance: ecsWrite('ecs:RebootInstance', [INSTANCE]),
  CreateNetworkInterface: ecsWrite('ecs:CreateNetworkInterface', [
    `${ECS_ARN}:eni/*`,
    SECURITY_GROUP,
    'acs:vpc:{#regionId}:{#accountId}:vswitch/{#vswitchId}',
  ]),
  DeleteNetworkInterface: ecsWrite('ecs:DeleteNetworkInterface', [ENI]),
  ModifyNetworkInterfaceAttribute: ecsWrite('ecs:ModifyNetworkInterfaceAttribute', [ENI, SECURITY_GROUP]),
  TagResources: ecsWrite('ecs:TagResources', [ENI]),
  UntagResources: ecsWrite('ecs:UntagResources', [ENI]),
  AssignPrivateIpAddresses: ecsWrite('ecs:AssignPrivateIpAddresses', [ENI]),
  UnassignPrivateIpAddresses: ecsWrite('ecs:UnassignPrivateIpAddresses', [ENI]),
  AssignIpv6Addresses: ecsWrite('ecs:AssignIpv6Addresses', [ENI]),
  UnassignIpv6Addresses: ecsWrite('ecs:UnassignIpv6Addresses', [ENI]),
  // Cloud Assistant (https://www.alibabacloud.com/help/en/ecs/user-guide/grant-ram-users-permissions-to-use-cloud-assistant).
  DescribeCloudAssistantStatus: ecsRead([INSTANCE], 'ecs:DescribeCloudAssistantStatus'),
  DescribeInvocationResults: ecsRead([`${ECS_ARN}:instance/*`, COMMANDS], 'ecs:DescribeInvocationResults'),
  InstallCloudAssistant: ecsWrite('ecs:InstallCloudAssistant', [INSTANCE]),
  RunCommand: ecsWrite('ecs:RunCommand', [INSTANCE, COMMANDS]),
  StopInvocation: ecsWrite('ecs:StopInvocation', [INSTANCE]),
  StartTerminalSession: ecsWrite('ecs:StartTerminalSession', [INSTANCE]),
} as const satisfies Record<string, ApiAction>;

export type ApiActionName = keyof typeof API_ACTIONS;

export const API_ACTION_NAMES = Object.keys(API_ACTIONS) as readonly ApiActionName[];

export function isApiActionName(name: string): name is ApiActionName {
  return Object.prototype.hasOwnProperty.call(API_ACTIONS, name);
}

/** The API reference page of an action. */
export function referencePage(action: ApiActionName): string {
  const { service, version } = API_ACTIONS[action];
  const product = service === 'ecs' ? 'ecs' : 'vpc';
  return `https://www.alibabacloud.com/help/en/${product}/developer-reference/api-${service}-${version}-${action.toLowerCase()}`;
}
