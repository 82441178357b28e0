import * as vscode from 'vscode';
import type { Violation } from '../../domain/attachRules';
import type { Tag } from '../../domain/instance';
import { checkPrimaryIp, checkSecurityGroups, checkVSwitch } from '../../domain/lifecycleRules';
import { checkDescription, checkName, checkTags, formatTagText, parseTagText } from '../../domain/namingRules';
import type { SecurityGroup, VSwitch } from '../../domain/network';
import { failureDetail } from '../../ui/localized';
import type { OperationContext } from '../attach/operationContext';

/** The steps the create flows ask through: a vSwitch, security groups, a name, a description, an address, tags. */

const reason = (violation: Violation<string> | undefined): string | undefined => (violation ? failureDetail(violation) : undefined);

export const vSwitchLabel = (vSwitch: VSwitch): string =>
  vSwitch.vSwitchName ? `${vSwitch.vSwitchName} (${vSwitch.vSwitchId})` : vSwitch.vSwitchId;

export const groupLabel = (group: SecurityGroup): string =>
  group.securityGroupName ? `${group.securityGroupName} (${group.securityGroupId})` : group.securityGroupId;

/** Every vSwitch of the region, by VPC and zone; one that cannot take a new ENI is listed with its reason. */
export async function pickVSwitch(context: OperationContext, vSwitches: readonly VSwitch[], title: string): Promise<VSwitch | undefined> {
  const sorted = [...vSwitches].sort((a, b) =>
    `${a.vpcId}/${a.zoneId}/${a.vSwitchId}`.localeCompare(`${b.vpcId}/${b.zoneId}/${b.vSwitchId}`),
  );
  const result = await context.ui.pickCandidate(
    sorted.map((vSwitch) => ({
      value: vSwitch,
      label: vSwitch.vSwitchName || vSwitch.vSwitchId,
      description: [
        vSwitch.vSwitchId,
        vSwitch.vpcId,
        vSwitch.zoneId,
        vSwitch.cidrBlock,
        vscode.l10n.t('{0} free IPs', vSwitch.availableIpAddressCount.toLocaleString('en-US')),
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
    void context.notifier.show(violation, {
      what: vscode.l10n.t("Can't create a network interface in {0}", result.candidate.value.vSwitchId),
    });
    return undefined;
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
        label: group.securityGroupName || group.securityGroupId,
        description: group.securityGroupId,
        detail: group.description,
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
    await context.ui.warn(reason(violation) ?? violation.message);
  }
}

export function askName(context: OperationContext, title: string, value = ''): Thenable<string | undefined> {
  return context.ui.input({
    title,
    value,
    prompt: vscode.l10n.t('Name (optional): 2 to 128 characters, starting with a letter or a Chinese character'),
    validateInput: (text) => reason(checkName(text.trim())),
  });
}

export function askDescription(context: OperationContext, title: string, value = ''): Thenable<string | undefined> {
  return context.ui.input({
    title,
    value,
    prompt: vscode.l10n.t('Description (optional): 2 to 255 characters, not starting with http:// or https://'),
    validateInput: (text) => reason(checkDescription(text.trim())),
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
    prompt: vscode.l10n.t('Primary private IP (optional): an address of {0}; leave empty to let ECS choose one', vSwitch.cidrBlock),
    validateInput: (text) => (text.trim() === '' ? undefined : reason(checkPrimaryIp(text.trim(), vSwitch, inUse))),
  });
}

/** Tags as `key=value, key=value`; resolves with the whole new set. */
export async function askTags(context: OperationContext, title: string, current: readonly Tag[] = []): Promise<Tag[] | undefined> {
  const text = await context.ui.input({
    title,
    value: formatTagText(current),
    prompt: vscode.l10n.t('Tags as key=value, separated by commas (at most 20); leave empty for none'),
    validateInput: (typed) => reason(checkTags(parseTagText(typed))[0]),
  });
  return text === undefined ? undefined : parseTagText(text);
}
