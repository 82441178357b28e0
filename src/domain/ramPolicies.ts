import { API_ACTION_NAMES, API_ACTIONS, type ApiActionName, isApiActionName, referencePage } from './apiActions';
import type { Failure } from './failure';
import { actionsOf, actionsOfTier, COMMAND_ACTIONS, type CommandKey, isCommandKey, POLICY_TIERS, type PolicyTier } from './commandActions';

/** A RAM policy statement as the RAM console takes it. */
export interface PolicyStatement {
  readonly Effect: 'Allow';
  readonly Action: readonly string[];
  readonly Resource: '*' | readonly string[];
}

export interface PolicyDocument {
  readonly Version: '1';
  readonly Statement: readonly PolicyStatement[];
}

/** Where each policy is kept, from the repository's root. */
export const POLICY_FILES: Readonly<Record<PolicyTier, string>> = {
  'read-only': 'docs/ram/read-only.json',
  'attach-detach': 'docs/ram/attach-detach.json',
  'manage-enis': 'docs/ram/manage-enis.json',
  'into-the-guest': 'docs/ram/into-the-guest.json',
};

/** The narrower form of manage-enis.json: every write limited to the resources of one region (the example's). */
export const ONE_REGION_FILE = 'docs/ram/manage-enis-one-region.json';
export const ONE_REGION_EXAMPLE = 'cn-hangzhou';

/** The ARNs of `actions` in `regionId`, any account and any resource id. */
function arnsIn(actions: readonly ApiActionName[], regionId: string): string[] {
  const arns = actions.flatMap((action) =>
    API_ACTIONS[action].resources.map((arn) =>
      arn
        .replace('{#regionId}', regionId)
        .replace('{#accountId}', '*')
        .replace(/\{#[A-Za-z]+\}$/, '*'),
    ),
  );
  return [...new Set(arns)].sort();
}

/** The RAM actions that let these API actions through (none for those the reference says need no authorization). */
export function ramActions(actions: Iterable<ApiActionName>): string[] {
  const named = [...actions].flatMap((action): string[] => {
    const ramAction: string | undefined = API_ACTIONS[action].ramAction;
    return ramAction ? [ramAction] : [];
  });
  return [...new Set(named)].sort();
}

/** The actions whose only resource is an instance: its power (stop, start, reboot). */
const isInstancePower = (action: ApiActionName): boolean =>
  API_ACTIONS[action].access === 'write' && API_ACTIONS[action].resources.every((arn) => arn.includes(':instance/'));

/**
 * The policy of `tier`: statements for what each tier adds to the one before (its reads, its writes, and the instance
 * power actions in one of their own), so that a reader sees which part is which and an administrator can delete the
 * power statement alone. `Resource: "*"`, the form every action accepts; with `writesInRegion`, the writes are limited
 * to the ARNs of that region that ECS's RAM reference names for them.
 */
export function policyOf(tier: PolicyTier, writesInRegion?: string): PolicyDocument {
  const statements: PolicyStatement[] = [];
  const granted = new Set<ApiActionName>();
  for (const step of POLICY_TIERS.slice(0, POLICY_TIERS.indexOf(tier) + 1)) {
    const added = [...actionsOfTier(step)].filter((action) => !granted.has(action));
    const isWrite = (action: ApiActionName): boolean => API_ACTIONS[action].access === 'write';
    const parts = [
      { actions: added.filter((action) => !isWrite(action)), narrow: false },
      { actions: added.filter((action) => isWrite(action) && !isInstancePower(action)), narrow: true },
      { actions: added.filter(isInstancePower), narrow: true },
    ];
    for (const part of parts) {
      const named = ramActions(part.actions);
      if (named.length > 0) {
        const resource = part.narrow && writesInRegion !== undefined ? arnsIn(part.actions, writesInRegion) : '*';
        statements.push({ Effect: 'Allow', Action: named, Resource: resource });
      }
    }
    added.forEach((action) => granted.add(action));
  }
  return { Version: '1', Statement: statements };
}

/** The policy file's text: two-space JSON and a final newline, as the repository's formatter writes it. */
export function policyText(tier: PolicyTier, writesInRegion?: string): string {
  return `${JSON.stringify(policyOf(tier, writesInRegion), null, 2)}\n`;
}

/** The one statement that grants `ramAction`, to paste into a policy. */
export function statementFor(ramAction: string): string {
  return JSON.stringify({ Effect: 'Allow', Action: [ramAction], Resource: '*' }, null, 2);
}

/** Which command needs which RAM action, for the table of `docs/ram-policies.md`; `title` names a command as the UI does. */
export function commandTable(title: (key: CommandKey) => string): string {
  const rows = (Object.keys(COMMAND_ACTIONS) as CommandKey[]).map((key) => {
    const granted = ramActions(actionsOf(key));
    return `| ${title(key)} | ${granted.length > 0 ? granted.map((action) => `\`${action}\``).join(', ') : 'none'} | ${COMMAND_ACTIONS[key].tier} |`;
  });
  return ['| command | RAM actions | policy |', '|---|---|---|', ...rows].join('\n');
}

/** The least policy whose statements let `action` through; undefined when no policy needs to name it. */
export function leastTierFor(action: ApiActionName): PolicyTier | undefined {
  return POLICY_TIERS.find((tier) => actionsOfTier(tier).has(action));
}

/** Every API action the extension sends, for the table of `docs/ram-policies.md`. */
export function actionTable(): string {
  const rows = API_ACTION_NAMES.map((action) => {
    const { service, version, ramAction, resources, access } = API_ACTIONS[action];
    const arns = resources.map((resource) => `\`${resource}\``).join('<br>');
    const grant = ramAction ? `\`${ramAction}\`` : 'none (the reference lists no authorization for it)';
    return `| [${action}](${referencePage(action)}) | ${service} ${version} | ${access} | ${grant} | ${arns} | ${leastTierFor(action) ?? '—'} |`;
  });
  return ['| action | API | kind | RAM action | resources (ARN) | first policy |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** What a permission refusal lacked: the RAM action, and the policy of `docs/ram/` that grants it to the command run. */
export interface MissingPermission {
  readonly ramAction: string;
  readonly policyFile: string;
}

/** The refusals a grant can cure; other permission codes (no RAM support, the region not open) are not of them. */
const MISSING_GRANT_CODES: readonly string[] = ['Forbidden.RAM', 'NoPermission'];

/**
 * The RAM action a call refused for want of permission needed, from the map, and the policy file that grants it: the
 * policy of `command` when it is one of the map's, else the least policy that names the action. Undefined for any
 * other failure, and for an action the map does not know.
 */
export function missingPermission(failure: Failure, command?: string): MissingPermission | undefined {
  const { action } = failure;
  if (!MISSING_GRANT_CODES.includes(failure.code) || action === undefined || !isApiActionName(action)) {
    return undefined;
  }
  const ramAction: string | undefined = API_ACTIONS[action].ramAction;
  const tier =
    command !== undefined && isCommandKey(command) && actionsOf(command).has(action) ? COMMAND_ACTIONS[command].tier : leastTierFor(action);
  return ramAction && tier ? { ramAction, policyFile: POLICY_FILES[tier] } : undefined;
}
