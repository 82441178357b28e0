import type { ApiActionName } from './apiActions';

/** The four policies of `docs/ram/`, each containing the one before it. */
export const POLICY_TIERS = ['read-only', 'attach-detach', 'manage-enis', 'into-the-guest'] as const;
export type PolicyTier = (typeof POLICY_TIERS)[number];

/** What one command (or the view itself, or a fix-it a command offers) can send. */
export interface CommandActions {
  /** The policy that grants it, with everything it offers. */
  readonly tier: PolicyTier;
  /** The actions it sends itself: its reads (the fresh check before a write included) and its writes. */
  readonly actions: readonly ApiActionName[];
  /** The fix-its and flows it offers (keys of this map): what they send counts as its own. */
  readonly offers?: readonly string[];
}

/** What the Resources view reads: regions, their lists, the security groups ENI rows name, vSwitches, and on hover the type's limits. */
const VIEW: readonly ApiActionName[] = [
  'DescribeRegions',
  'DescribeInstances',
  'DescribeNetworkInterfaces',
  'DescribeSecurityGroups',
  'DescribeVSwitches',
  'DescribeInstanceTypes',
  'DescribeCloudAssistantStatus',
];
/** A script run through Cloud Assistant, followed to its end, with the stop that cancelling sends. */
const RUN: readonly ApiActionName[] = [
  'DescribeInstances',
  'DescribeCloudAssistantStatus',
  'RunCommand',
  'DescribeInvocationResults',
  'StopInvocation',
];
const ATTACH: readonly ApiActionName[] = [
  'DescribeRegions',
  'DescribeInstances',
  'DescribeNetworkInterfaces',
  'DescribeInstanceTypes',
  'AttachNetworkInterface',
];
const CREATE: readonly ApiActionName[] = [
  'DescribeRegions',
  'DescribeVSwitches',
  'DescribeSecurityGroups',
  'DescribeInstances',
  'DescribeNetworkInterfaces',
  'CreateNetworkInterface',
];
const ATTACH_FIX_ITS = [
  'fixIt.rebootThenAttach',
  'fixIt.stopAttachStart',
  'fixIt.waitThenAttach',
  'fixIt.detachOneFirst',
  'fixIt.createInItsVSwitchAndAttach',
] as const;
const ENI_WRITE_READS: readonly ApiActionName[] = ['DescribeInstances', 'DescribeNetworkInterfaces'];
const power = (action: ApiActionName): CommandActions => ({ tier: 'attach-detach', actions: ['DescribeInstances', action] });
const reads = (actions: readonly ApiActionName[] = []): CommandActions => ({ tier: 'read-only', actions });

export const COMMAND_ACTIONS = {
  view: reads(VIEW),
  'alicloudEcs.refresh': reads(VIEW),
  'alicloudEcs.refreshNode': reads(VIEW),
  'alicloudEcs.selectRegions': reads(['DescribeRegions']),
  'alicloudEcs.filter': reads(['DescribeSecurityGroups']),
  'alicloudEcs.clearFilter': reads(),
  'alicloudEcs.groupByNetwork': reads(['DescribeVSwitches']),
  'alicloudEcs.listFlat': reads(),
  'alicloudEcs.copyId': reads(),
  'alicloudEcs.copyPrivateIp': reads(),
  'alicloudEcs.copyAsCli': reads(),
  'alicloudEcs.copyAsTerraform': reads(),
  'alicloudEcs.openInConsole': reads(),
  'alicloudEcs.showProperties': reads(),
  'alicloudEcs.showLog': reads(),
  'alicloudEcs.toggleDryRun': reads(),
  'alicloudEcs.selectProfile': reads(),
  'alicloudEcs.signIn': reads(['DescribeRegions']),
  'alicloudEcs.openCredentialsFile': reads(),
  'alicloudEcs.signOut': reads(),
  'alicloudEcs.showSecurityGroupRules': reads(['DescribeNetworkInterfaces', 'DescribeSecurityGroups', 'DescribeSecurityGroupAttribute']),
  'alicloudEcs.activity.reveal': reads(ENI_WRITE_READS),
  'alicloudEcs.activity.copyRequestId': reads(),
  'alicloudEcs.activity.copyAsCli': reads(),
  'alicloudEcs.activity.copyAsTerraform': reads(['DescribeNetworkInterfaces']),
  'alicloudEcs.activity.showLog': reads(),
  'alicloudEcs.activity.clear': reads(),

  'alicloudEcs.attachToInstance': { tier: 'attach-detach', actions: ATTACH, offers: ATTACH_FIX_ITS },
  'alicloudEcs.attachNetworkInterface': { tier: 'attach-detach', actions: ATTACH, offers: ATTACH_FIX_ITS },
  'alicloudEcs.detachFromInstance': { tier: 'attach-detach', actions: [...ENI_WRITE_READS, 'DetachNetworkInterface'] },
  'alicloudEcs.startInstance': power('StartInstance'),
  'alicloudEcs.stopInstance': power('StopInstance'),
  'alicloudEcs.rebootInstance': power('RebootInstance'),
  'fixIt.rebootThenAttach': { tier: 'attach-detach', actions: [...ATTACH, 'RebootInstance'] },
  'fixIt.stopAttachStart': { tier: 'attach-detach', actions: [...ATTACH, 'StopInstance', 'StartInstance'] },
  'fixIt.waitThenAttach': { tier: 'attach-detach', actions: ATTACH },
  'fixIt.detachOneFirst': { tier: 'attach-detach', actions: [...ATTACH, 'DetachNetworkInterface'] },
  'fixIt.createInItsVSwitchAndAttach': { tier: 'attach-detach', actions: [...CREATE, ...ATTACH], offers: ATTACH_FIX_ITS },

  'alicloudEcs.createNetworkInterface': { tier: 'manage-enis', actions: CREATE },
  'alicloudEcs.createAndAttachNetworkInterface': { tier: 'manage-enis', actions: [...CREATE, ...ATTACH], offers: ATTACH_FIX_ITS },
  'alicloudEcs.deleteNetworkInterface': { tier: 'manage-enis', actions: [...ENI_WRITE_READS, 'DeleteNetworkInterface'] },
  'alicloudEcs.renameNetworkInterface': { tier: 'manage-enis', actions: [...ENI_WRITE_READS, 'ModifyNetworkInterfaceAttribute'] },
  'alicloudEcs.editNetworkInterfaceDescription': {
    tier: 'manage-enis',
    actions: [...ENI_WRITE_READS, 'ModifyNetworkInterfaceAttribute'],
  },
  'alicloudEcs.editNetworkInterfaceTags': { tier: 'manage-enis', actions: [...ENI_WRITE_READS, 'TagResources', 'UntagResources'] },
  'alicloudEcs.changeSecurityGroups': {
    tier: 'manage-enis',
    actions: [...ENI_WRITE_READS, 'DescribeSecurityGroups', 'ModifyNetworkInterfaceAttribute'],
  },
  'alicloudEcs.assignPrivateIps': {
    tier: 'manage-enis',
    actions: [...ENI_WRITE_READS, 'DescribeInstanceTypes', 'DescribeVSwitches', 'AssignPrivateIpAddresses'],
  },
  'alicloudEcs.unassignPrivateIps': {
    tier: 'manage-enis',
    actions: [...ENI_WRITE_READS, 'DescribeInstanceTypes', 'DescribeVSwitches', 'UnassignPrivateIpAddresses'],
  },
  'alicloudEcs.assignIpv6Addresses': {
    tier: 'manage-enis',
    actions: [...ENI_WRITE_READS, 'DescribeInstanceTypes', 'DescribeVSwitches', 'AssignIpv6Addresses'],
  },
  'alicloudEcs.unassignIpv6Addresses': {
    tier: 'manage-enis',
    actions: [...ENI_WRITE_READS, 'DescribeInstanceTypes', 'DescribeVSwitches', 'UnassignIpv6Addresses'],
  },
  // A refused run offers to start the instance, or to install the agent.
  'alicloudEcs.runCommand': { tier: 'into-the-guest', actions: [...RUN, 'StartInstance'], offers: ['alicloudEcs.installCloudAssistant'] },
  'alicloudEcs.configureInGuest': {
    tier: 'into-the-guest',
    actions: [...ENI_WRITE_READS, 'DescribeVSwitches', ...RUN],
    offers: ['alicloudEcs.installCloudAssistant'],
  },
  'alicloudEcs.openTerminal': {
    tier: 'into-the-guest',
    actions: ['DescribeInstances', 'DescribeCloudAssistantStatus', 'StartTerminalSession', 'StartInstance'],
    offers: ['alicloudEcs.installCloudAssistant'],
  },
  'alicloudEcs.installCloudAssistant': {
    tier: 'into-the-guest',
    actions: ['DescribeInstances', 'DescribeCloudAssistantStatus', 'InstallCloudAssistant', 'RebootInstance', 'StartInstance'],
  },
  // Retry sends again the attach or detach of the entry it is run on (the only writes Activity retries).
  'alicloudEcs.activity.retry': {
    tier: 'attach-detach',
    actions: ENI_WRITE_READS,
    offers: ['alicloudEcs.attachNetworkInterface', 'alicloudEcs.detachFromInstance'],
  },
  // The agents' language-model tools (src/tools/): the reads run without a question, the writes after a confirmed plan.
  'tool.alicloud_ecs_list_regions': reads(['DescribeRegions']),
  'tool.alicloud_ecs_find_resources': reads(['DescribeRegions', 'DescribeInstances', 'DescribeNetworkInterfaces']),
  'tool.alicloud_ecs_describe_resource': reads(['DescribeInstances', 'DescribeNetworkInterfaces']),
  'tool.alicloud_ecs_check_attach': reads(['DescribeInstances', 'DescribeNetworkInterfaces', 'DescribeInstanceTypes']),
  'tool.alicloud_ecs_attach_eni': { tier: 'attach-detach', actions: [...ATTACH, 'StopInstance', 'StartInstance'] },
  'tool.alicloud_ecs_detach_eni': { tier: 'attach-detach', actions: [...ENI_WRITE_READS, 'DetachNetworkInterface'] },
  'tool.alicloud_ecs_create_eni': { tier: 'manage-enis', actions: CREATE },
  'tool.alicloud_ecs_assign_addresses': {
    tier: 'manage-enis',
    actions: [...ENI_WRITE_READS, 'DescribeInstanceTypes', 'DescribeVSwitches', 'AssignPrivateIpAddresses', 'AssignIpv6Addresses'],
  },
  'tool.alicloud_ecs_run_fix_it': { tier: 'attach-detach', actions: [...ATTACH, 'RebootInstance'] },
} as const satisfies Record<string, CommandActions>;

export type CommandKey = keyof typeof COMMAND_ACTIONS;

export function isCommandKey(key: string): key is CommandKey {
  return Object.prototype.hasOwnProperty.call(COMMAND_ACTIONS, key);
}

/** Every action `key` can send: its own and those of what it offers, followed to the end. */
export function actionsOf(key: CommandKey, seen: ReadonlySet<CommandKey> = new Set()): Set<ApiActionName> {
  const entry: CommandActions = COMMAND_ACTIONS[key];
  const found = new Set<ApiActionName>(entry.actions);
  for (const offered of entry.offers ?? []) {
    if (isCommandKey(offered) && !seen.has(offered)) {
      actionsOf(offered, new Set([...seen, key])).forEach((action) => found.add(action));
    }
  }
  return found;
}

/** The tiers up to and including `tier`. */
export function tiersUpTo(tier: PolicyTier): readonly PolicyTier[] {
  return POLICY_TIERS.slice(0, POLICY_TIERS.indexOf(tier) + 1);
}

/** Every action the policy of `tier` must allow: those of every command of it and of the tiers below. */
export function actionsOfTier(tier: PolicyTier): Set<ApiActionName> {
  const tiers = new Set(tiersUpTo(tier));
  const found = new Set<ApiActionName>();
  for (const key of Object.keys(COMMAND_ACTIONS) as CommandKey[]) {
    if (tiers.has(COMMAND_ACTIONS[key].tier)) {
      actionsOf(key).forEach((action) => found.add(action));
    }
  }
  return found;
}

/** The least policy that lets `key` (and what it offers) send everything it can. */
export function tierOf(key: CommandKey): PolicyTier {
  return COMMAND_ACTIONS[key].tier;
}
