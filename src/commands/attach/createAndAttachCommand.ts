import * as vscode from 'vscode';
import { checkAttach, onlyNeedsStop } from '../../domain/attachRules';
import type { Instance } from '../../domain/instance';
import { checkSecurityGroups, checkVSwitch } from '../../domain/lifecycleRules';
import type { SecurityGroup } from '../../domain/network';
import type { NetworkInterface } from '../../domain/networkInterface';
import { attachWithProgress } from './attachFlows';
import { freshOccupiedSlots } from '../kit/freshCheck';
import type { AttachOutcome } from '../operations/attachOperation';
import { instanceLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import type { CommandDefinition } from '../commandBoundary';
import { createNetworkInterface, lostCreateMessage } from '../operations/createOperation';
import { askName, groupLabel, pickSecurityGroups, vSwitchLabel } from '../kit/networkPickers';
import { CommandFailure, commandFailure } from '../kit/commandFailure';

/** What a new ENI in the instance's vSwitch would look like to the attach rules, before it exists. */
const futureEni = (instance: Instance): NetworkInterface => ({
  networkInterfaceId: 'eni-tobecreated',
  networkInterfaceName: '',
  regionId: instance.regionId,
  zoneId: instance.zoneId,
  status: 'Available',
  type: 'Secondary',
  vpcId: instance.vpcId,
  vSwitchId: instance.vSwitchId,
  privateIpAddress: '',
  privateIpSets: [],
  ipv6Addresses: [],
  publicIpAddress: '',
  macAddress: '',
  securityGroupIds: instance.securityGroupIds,
  instanceId: '',
  deviceIndex: undefined,
  serviceManaged: false,
  tags: [],
  properties: {},
});

/**
 * Creates an ENI in the instance's vSwitch with its security groups (changeable before confirming) and attaches it.
 * Every attach rule is checked before anything is created, so nothing is made that cannot be attached.
 */
export async function createAndAttach(context: OperationContext, regionId: string, shown: Instance): Promise<AttachOutcome | undefined> {
  const title = vscode.l10n.t('Create and Attach Network Interface to {0}', instanceLabel(shown));
  const what = vscode.l10n.t("Can't attach a new network interface to {0}", instanceLabel(shown));
  // The rules run on the instance as ECS has it now, not as the tree drew it.
  const instance = await context.store.freshInstance(regionId, shown.instanceId);
  if (!instance) {
    throw new CommandFailure({ code: 'InvalidEcsId.NotFound', message: shown.instanceId }, { what });
  }
  const types = await context.types.get([instance.instanceType]);
  const violations = checkAttach({
    eni: futureEni(instance),
    instance,
    instanceType: types.get(instance.instanceType),
    occupiedSlots: freshOccupiedSlots(context, regionId, instance),
  });
  const [violation] = violations;
  if (violation && !onlyNeedsStop(violations)) {
    throw new CommandFailure(violation, { what });
  }
  const vSwitch = (
    await context.ui.progress(vscode.l10n.t('Reading {0}', instance.vSwitchId), () => context.store.freshVSwitches(regionId), false)
  ).find((candidate) => candidate.vSwitchId === instance.vSwitchId);
  const [vSwitchProblem] = vSwitch ? checkVSwitch(vSwitch) : [];
  if (!vSwitch || vSwitchProblem) {
    throw new CommandFailure(vSwitchProblem ?? { code: 'InvalidVSwitchId.NotFound', message: instance.vSwitchId }, { what });
  }
  const name = await askName(context, title);
  if (name === undefined) {
    return undefined;
  }
  let groups: readonly SecurityGroup[] = instance.securityGroupIds.map((id) => ({
    securityGroupId: id,
    securityGroupName: '',
    regionId,
    vpcId: instance.vpcId,
    description: '',
  }));
  const go = vscode.l10n.t('Create and Attach');
  const change = vscode.l10n.t('Change Security Groups…');
  for (;;) {
    const detail = [
      vscode.l10n.t('vSwitch: {0}, {1}, {2}', vSwitchLabel(vSwitch), vSwitch.zoneId, vSwitch.cidrBlock),
      vscode.l10n.t('Security groups: {0}', groups.map(groupLabel).join(', ')),
      ...(onlyNeedsStop(violations) ? [vscode.l10n.t('The instance must be stopped for the attach; you will be asked first.')] : []),
    ].join('\n');
    const question = vscode.l10n.t('Create a network interface and attach it to {0}?', instanceLabel(instance));
    const choice = await context.ui.ask(question, detail, go, change);
    if (choice === go) {
      break;
    }
    if (choice !== change) {
      return undefined;
    }
    const all = await context.ui.progress(
      vscode.l10n.t('Reading the security groups of {0}', regionId),
      () => context.store.freshSecurityGroups(regionId),
      false,
    );
    const picked = await pickSecurityGroups(
      context,
      instance.vpcId,
      all,
      groups.map((g) => g.securityGroupId),
      title,
    );
    groups = picked ?? groups;
  }
  const [groupProblem] = checkSecurityGroups(instance.vpcId, groups);
  if (groupProblem) {
    throw new CommandFailure(groupProblem, { what });
  }
  const created = await context.ui.progress(
    vscode.l10n.t('Creating a network interface in {0}', vSwitch.vSwitchId),
    () =>
      createNetworkInterface(
        context,
        {
          regionId,
          vSwitchId: vSwitch.vSwitchId,
          securityGroupIds: groups.map((g) => g.securityGroupId),
          ...(name.trim() ? { name: name.trim() } : {}),
        },
        false,
      ),
    false,
  );
  if (created.kind === 'unknown') {
    void context.ui.warn(lostCreateMessage(vSwitch.vSwitchId, created.code));
    return undefined;
  }
  context.log.info(`Created ${created.networkInterfaceId} for ${instance.instanceId} (request ${created.requestId}); attaching it.`);
  const leftBehind = (): string =>
    vscode.l10n.t(
      '{0} was created in {1} and is not attached to {2}. Attach it again from its row, or delete it.',
      created.networkInterfaceId,
      vSwitch.vSwitchId,
      instance.instanceId,
    );
  // The new ENI stays when the attach does not happen: the message says so, and the tree shows it.
  const showNewEni = (): Promise<unknown> =>
    context.store.freshNetworkInterface(regionId, created.networkInterfaceId).catch(() => undefined);
  const outcome = await attachWithProgress(context, regionId, created.networkInterfaceId, instance.instanceId).catch(
    async (error: unknown) => {
      await showNewEni();
      const failure = commandFailure(error, { what });
      throw new CommandFailure(
        failure.reason,
        { ...failure.shown, outcome: [failure.shown.outcome, leftBehind()].filter(Boolean).join(' ') },
        failure.answer,
      );
    },
  );
  if (!['attached', 'timedOut', 'stoppedWaiting'].includes(outcome.kind)) {
    void context.ui.warn(leftBehind());
    await showNewEni();
  }
  return outcome;
}

export function createAndAttachCommand(context: OperationContext): CommandDefinition {
  return {
    id: 'alicloudEcs.createAndAttachNetworkInterface',
    failure: () => vscode.l10n.t("Couldn't create and attach a network interface"),
    run: async (node: unknown) => {
      const row = context.rows.instance(node);
      const instance = row?.instance;
      if (!row || !instance) {
        void context.ui.inform(vscode.l10n.t('Run Create and Attach Network Interface on an instance in the Resources view.'));
        return undefined;
      }
      const outcome = await createAndAttach(context, row.regionId, instance);
      return outcome?.kind;
    },
  };
}
