import * as vscode from 'vscode';
import { addressesInUse, checkCreate } from '../../domain/lifecycleRules';
import type { SecurityGroup, VSwitch } from '../../domain/network';
import { eniLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import type { CommandDefinition } from '../commandBoundary';
import { pickRegion } from '../kit/pickRegion';
import { createNetworkInterface, lostCreateMessage } from '../operations/createOperation';
import {
  askDescription,
  askName,
  askPrimaryIp,
  askTags,
  groupLabel,
  pickSecurityGroups,
  pickVSwitch,
  vSwitchLabel,
} from '../kit/networkPickers';
import { CommandFailure } from '../kit/commandFailure';

export interface RegionNetwork {
  readonly vSwitches: VSwitch[];
  readonly securityGroups: SecurityGroup[];
}

/** The region's vSwitches and security groups, read now (a create needs their current free addresses). */
export function readNetwork(context: OperationContext, regionId: string): Thenable<RegionNetwork> {
  return context.ui.progress(
    vscode.l10n.t('Reading the vSwitches and security groups of {0}', regionId),
    async () => {
      const api = context.api();
      const [vSwitches, securityGroups] = await Promise.all([api.listVSwitches(regionId), api.listSecurityGroups(regionId)]);
      return { vSwitches, securityGroups };
    },
    false,
  );
}

/** "Create Network Interface…": region, vSwitch, security groups, name, description, address, tags, a summary, the call. */
export function createCommand(context: OperationContext): CommandDefinition {
  const create = async (node?: unknown): Promise<string | undefined> => {
    const title = vscode.l10n.t('Create Network Interface');
    const regionId = context.rows.group(node)?.regionId ?? (await pickRegion(context, title));
    if (!regionId) {
      return undefined;
    }
    const [network, resources] = await Promise.all([readNetwork(context, regionId), context.store.regionData(regionId)]);
    const vSwitch = await pickVSwitch(context, network.vSwitches, title);
    if (!vSwitch) {
      return undefined;
    }
    const securityGroups = await pickSecurityGroups(context, vSwitch.vpcId, network.securityGroups, [], title);
    const name = securityGroups && (await askName(context, title));
    const description = name !== undefined ? await askDescription(context, title) : undefined;
    const inUse = addressesInUse(resources.networkInterfaces.items(), resources.instances.items(), vSwitch.vpcId);
    const primaryIpAddress = description !== undefined ? await askPrimaryIp(context, title, vSwitch, inUse) : undefined;
    const tags = primaryIpAddress !== undefined ? await askTags(context, title) : undefined;
    if (!securityGroups || name === undefined || description === undefined || primaryIpAddress === undefined || !tags) {
      return undefined;
    }
    const request = {
      vSwitch,
      securityGroups,
      name: name.trim(),
      description: description.trim(),
      primaryIpAddress: primaryIpAddress.trim(),
      tags,
      addressesInUse: inUse,
    };
    const what = vscode.l10n.t("Couldn't create a network interface in {0}", vSwitch.vSwitchId);
    const [violation] = checkCreate(request);
    if (violation) {
      throw new CommandFailure(violation, { what });
    }
    const go = vscode.l10n.t('Create');
    const summary = [
      vscode.l10n.t('vSwitch: {0}, {1}, {2}', vSwitchLabel(vSwitch), vSwitch.zoneId, vSwitch.cidrBlock),
      vscode.l10n.t('Security groups: {0}', securityGroups.map(groupLabel).join(', ')),
      vscode.l10n.t('Primary private IP: {0}', request.primaryIpAddress || vscode.l10n.t('chosen by ECS')),
      ...(request.description ? [vscode.l10n.t('Description: {0}', request.description)] : []),
      ...(tags.length > 0 ? [vscode.l10n.t('Tags: {0}', tags.map((t) => `${t.key}=${t.value}`).join(', '))] : []),
    ].join('\n');
    const question = request.name
      ? vscode.l10n.t('Create the network interface {0} in {1}?', request.name, regionId)
      : vscode.l10n.t('Create a network interface in {0}?', regionId);
    if ((await context.ui.ask(question, summary, go)) !== go) {
      return undefined;
    }
    const outcome = await context.ui.progress(
      vscode.l10n.t('Creating a network interface in {0}', vSwitch.vSwitchId),
      () =>
        createNetworkInterface(context, {
          regionId,
          vSwitchId: vSwitch.vSwitchId,
          securityGroupIds: securityGroups.map((group) => group.securityGroupId),
          ...(request.name ? { name: request.name } : {}),
          ...(request.description ? { description: request.description } : {}),
          ...(request.primaryIpAddress ? { primaryIpAddress: request.primaryIpAddress } : {}),
          ...(tags.length > 0 ? { tags } : {}),
        }),
      false,
    );
    if (outcome.kind === 'unknown') {
      void context.ui.warn(lostCreateMessage(vSwitch.vSwitchId, outcome.code));
      return undefined;
    }
    await context.reveal(regionId, outcome.networkInterfaceId).catch(() => undefined);
    const label = outcome.eni ? eniLabel(outcome.eni) : outcome.networkInterfaceId;
    void context.ui.inform(
      vscode.l10n.t('Created {0} in {1} with the address {2}.', label, vSwitch.vSwitchId, outcome.eni?.privateIpAddress ?? '?'),
    );
    return outcome.networkInterfaceId;
  };
  return {
    id: 'alicloudEcs.createNetworkInterface',
    failure: () => vscode.l10n.t("Couldn't create the network interface"),
    run: create,
  };
}
