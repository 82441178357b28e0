import { displayText } from '../../domain/text';
import * as vscode from 'vscode';
import type { Violation } from '../../domain/attachRules';
import type { Tag } from '../../domain/instance';
import { checkPrimaryIp, checkSecurityGroups, checkVSwitch } from '../../domain/lifecycleRules';
import { checkDescription, checkName, checkTags, parseTagText } from '../../domain/namingRules';
import type { SecurityGroup, VSwitch } from '../../domain/network';
import { failureDetail, localCount } from '../../ui/localized';
import type { OperationContext } from './operationContext';
import { CommandFailure } from './commandFailure';

/** The steps the create flows ask through: a vSwitch, security groups, a name, a description, an address, tags. */

const reason = (violation: Violation<string> | undefined): string | undefined => (violation ? failureDetail(violation) : undefined);

export const vSwitchLabel = (vSwitch: VSwitch): string =>
  vSwitch.vSwitchName ? `${displayText(vSwitch.vSwitchName)} (${displayText(vSwitch.vSwitchId)})` : displayText(vSwitch.vSwitchId);

export const groupLabel = (group: SecurityGroup): string =>
  group.securityGroupName
    ? `${displayText(group.securityGroupName)} (${displayText(group.securityGroupId)})`
    : displayText(group.securityGroupId);

/** Every vSwitch of the region, by VPC and zone; one that cannot take a new ENI is listed with its reason. */
export async function pickVSwitch(context: OperationContext, vSwitches: readonly VSwitch[], title: string): Promise<VSwitch | undefined> {
  const sorted = [...vSwitches].sort((a, b) =>
    `${a.vpcId}/${a.zoneId}/${a.vSwitchId}`.localeCompare(`${b.vpcId}/${b.zoneId}/${b.vSwitchId}`),
  );
  const result = await context.ui.pickCandidate(
    sorted.map((vSwitch) => ({
      value: vSwitch,
      label: displayText(vSwitch.vSwitchName || vSwitch.vSwitchId),
      description: [
        ...[vSwitch.vSwitchId, vSwitch.vpcId, vSwitch.zoneId, vSwitch.cidrBlock].map((part) => displayText(part, 64)),
        vscode.l10n.t('{0} free IPs', localCount(vSwitch.availableIpAddressCount)),
      ].join(' · '),
      violations: checkVSwitch(vSwitch),
    })),
    { title, placeholder: vscode.l10n.t('Choose the vSwitch (subnet) the network interface takes its address from') },
  );
  if (result.kind !== 'picked') {
    return undefined;
  }
  const [violation] = result.candidate.violations;
  if (violation) {
    throw new CommandFailure(violation, {
      what: vscode.l10n.t("Can't create a network interface in {0}", result.candidate.value.vSwitchId),
    });
  }
  return result.candidate.value;
}

/** The security groups of the VPC, several at once; asks again while the choice breaks a rule. */
export async function pickSecurityGroups(
  context: OperationContext,
  vpcId: string,
  groups: readonly SecurityGroup[],
  chosen: readonly string[],
  title: string,
): Promise<SecurityGroup[] | undefined> {
  let picked = new Set(chosen);
  for (;;) {
    const items = groups
      .filter((group) => group.vpcId === vpcId)
      .map((group) => ({
        label: displayText(group.securityGroupName || group.securityGroupId),
        description: displayText(group.securityGroupId),
        detail: displayText(group.description, 256),
        group,
      }));
    const selection = await context.ui.pickMany(Promise.resolve(items), {
      title,
      placeholder: vscode.l10n.t('Choose one or more security groups of {0}', vpcId),
      picked: (item) => picked.has(item.group.securityGroupId),
    });
    if (!selection) {
      return undefined;
    }
    const result = selection.map((item) => item.group);
    const [violation] = checkSecurityGroups(vpcId, result);
    if (!violation) {
      return result;
    }
    picked = new Set(result.map((group) => group.securityGroupId));
    // Not awaited: a notification that hides by itself never resolves, and the picker must come back now.
    void context.ui.warn(reason(violation) ?? violation.message);
  }
}

/** A name; `required` for a rename, since ECS keeps a name that is sent empty. */
export function askName(context: OperationContext, title: string, value = '', required = false): Thenable<string | undefined> {
  return context.ui.input({
    title,
    ignoreFocusOut: true,
    value,
    prompt: required
      ? vscode.l10n.t('Name: 2 to 128 characters, starting with a letter or a Chinese character')
      : vscode.l10n.t('Name (optional): 2 to 128 characters, starting with a letter or a Chinese character'),
    validateInput: (text) =>
      required && text.trim() === '' ? vscode.l10n.t('ECS cannot clear a name; type the new one.') : reason(checkName(text.trim())),
  });
}

/** A description; `required` for an edit, since ECS keeps a description that is sent empty. */
export function askDescription(context: OperationContext, title: string, value = '', required = false): Thenable<string | undefined> {
  return context.ui.input({
    title,
    ignoreFocusOut: true,
    value,
    prompt: vscode.l10n.t('Description (optional): 2 to 255 characters, not starting with http:// or https://'),
    validateInput: (text) =>
      required && text.trim() === ''
        ? vscode.l10n.t('ECS cannot clear a description; type the new one.')
        : reason(checkDescription(text.trim())),
  });
}

export function askPrimaryIp(
  context: OperationContext,
  title: string,
  vSwitch: VSwitch,
  inUse: ReadonlyMap<string, string>,
): Thenable<string | undefined> {
  return context.ui.input({
    title,
    ignoreFocusOut: true,
    prompt: vscode.l10n.t('Primary private IP (optional): an address of {0}; leave empty to let ECS choose one', vSwitch.cidrBlock),
    validateInput: (text) => (text.trim() === '' ? undefined : reason(checkPrimaryIp(text.trim(), vSwitch, inUse))),
  });
}

/** Tags as `key=value, key=value`, as typed (validated); `value` pre-fills the box. */
export function askTagText(context: OperationContext, title: string, value = ''): Thenable<string | undefined> {
  return context.ui.input({
    title,
    ignoreFocusOut: true,
    value,
    prompt: vscode.l10n.t('Tags as key=value, separated by commas (at most 20); leave empty for none'),
    validateInput: (typed) => reason(checkTags(parseTagText(typed))[0]),
  });
}

/** Tags as `key=value, key=value`; resolves with the whole new set. */
export async function askTags(context: OperationContext, title: string): Promise<Tag[] | undefined> {
  const text = await askTagText(context, title);
  return text === undefined ? undefined : parseTagText(text);
}
