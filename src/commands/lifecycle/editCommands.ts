import * as vscode from 'vscode';
import { isEcsError } from '../../cloud/ecsError';
import type { Tag } from '../../domain/instance';
import { checkTags } from '../../domain/namingRules';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { NetworkInterfaceChange } from '../../domain/networkInterfaceChanges';
import { eniLabel } from '../attach/labels';
import type { OperationContext } from '../attach/operationContext';
import type { CommandDefinition } from '../commandBoundary';
import { askDescription, askName, askTags } from './networkSteps';
import { selectedEnis } from './selectedEnis';

/** The ENI a command was run on, as the tree holds it; refuses one that cannot be changed. */
function targetOf(context: OperationContext, node: unknown): { regionId: string; eni: NetworkInterface } | undefined {
  const [row] = selectedEnis(node, undefined);
  const eni = row?.networkInterface;
  if (!row || !eni) {
    void context.ui.inform(vscode.l10n.t('Run this on a network interface in the Resources view.'));
    return undefined;
  }
  return { regionId: row.regionId, eni };
}

/**
 * Sends one change and reads the ENI back so that its row shows it. A change whose answer was lost is not sent again:
 * the read says whether it took.
 */
async function change(
  context: OperationContext,
  regionId: string,
  eni: NetworkInterface,
  send: () => Promise<unknown>,
  took: (now: NetworkInterface) => boolean,
): Promise<boolean> {
  try {
    await context.ui.progress(vscode.l10n.t('Changing {0}', eniLabel(eni)), send, false);
  } catch (error) {
    if (!(isEcsError(error) && error.outcomeUnknown)) {
      throw error;
    }
    context.log.info(`Change of ${eni.networkInterfaceId}: the answer was lost (${error.code}); reading it back.`);
  }
  const [now] = (await context.store.readFresh(regionId, [], [eni.networkInterfaceId])).networkInterfaces;
  if (!now || !took(now)) {
    void context.ui.warn(
      vscode.l10n.t('{0} does not show the change; ECS may not have made it. The row shows what ECS has now.', eniLabel(eni)),
    );
    return false;
  }
  return true;
}

function attributeCommand(
  context: OperationContext,
  id: string,
  failure: () => string,
  ask: (eni: NetworkInterface) => Thenable<string | undefined>,
  changeOf: (value: string) => NetworkInterfaceChange,
  current: (eni: NetworkInterface) => string,
): CommandDefinition {
  return {
    id,
    failure,
    run: async (node: unknown): Promise<boolean> => {
      const target = targetOf(context, node);
      const typed = target && (await ask(target.eni));
      // ECS keeps a name or description that is sent empty, so clearing one is not offered.
      if (!target || typed === undefined || typed.trim() === '' || typed.trim() === current(target.eni)) {
        return false;
      }
      const value = typed.trim();
      const { regionId, eni } = target;
      const done = await change(
        context,
        regionId,
        eni,
        () => context.api().modifyNetworkInterfaceAttribute(regionId, eni.networkInterfaceId, changeOf(value)),
        (now) => current(now) === value,
      );
      if (done) {
        context.ui.flash(vscode.l10n.t('Changed {0}', eni.networkInterfaceId));
      }
      return done;
    },
  };
}

/** Rename, Edit Description and Edit Tags on an ENI row. */
export function editCommands(context: OperationContext): CommandDefinition[] {
  const editTags = async (node: unknown): Promise<boolean> => {
    const target = targetOf(context, node);
    const wanted = target && (await askTags(context, vscode.l10n.t('Edit Tags of {0}', eniLabel(target.eni)), target.eni.tags));
    if (!target || !wanted) {
      return false;
    }
    const { regionId, eni } = target;
    const [violation] = checkTags(wanted, 'OperationDenied.QuotaExceed');
    if (violation) {
      void context.notifier.show(violation, { what: vscode.l10n.t("Couldn't tag {0}", eni.networkInterfaceId) });
      return false;
    }
    const removed = eni.tags.filter((tag) => !wanted.some((w) => w.key === tag.key)).map((tag) => tag.key);
    const added = wanted.filter((tag) => !eni.tags.some((t) => t.key === tag.key && t.value === tag.value));
    if (removed.length === 0 && added.length === 0) {
      return false;
    }
    const same = (a: readonly Tag[], b: readonly Tag[]): boolean =>
      a.length === b.length && a.every((tag) => b.some((t) => t.key === tag.key && t.value === tag.value));
    const api = context.api();
    const done = await change(
      context,
      regionId,
      eni,
      async () => {
        if (removed.length > 0) {
          await api.untagNetworkInterfaces(regionId, [eni.networkInterfaceId], removed);
        }
        if (added.length > 0) {
          await api.tagNetworkInterfaces(regionId, [eni.networkInterfaceId], added);
        }
      },
      (now) => same(now.tags, wanted),
    );
    if (done) {
      context.ui.flash(vscode.l10n.t('Changed the tags of {0}', eni.networkInterfaceId));
    }
    return done;
  };
  return [
    attributeCommand(
      context,
      'alicloudEcs.renameNetworkInterface',
      () => vscode.l10n.t("Couldn't rename the network interface"),
      (eni) => askName(context, vscode.l10n.t('Rename {0}', eniLabel(eni)), eni.networkInterfaceName),
      (name) => ({ name }),
      (eni) => eni.networkInterfaceName,
    ),
    attributeCommand(
      context,
      'alicloudEcs.editNetworkInterfaceDescription',
      () => vscode.l10n.t("Couldn't change the description"),
      (eni) => askDescription(context, vscode.l10n.t('Edit Description of {0}', eniLabel(eni)), descriptionOf(eni)),
      (description) => ({ description }),
      descriptionOf,
    ),
    { id: 'alicloudEcs.editNetworkInterfaceTags', failure: () => vscode.l10n.t("Couldn't change the tags"), run: editTags },
  ];
}

/** The description as DescribeNetworkInterfaces returned it (kept in the resource's properties). */
const descriptionOf = (eni: NetworkInterface): string => {
  const value = eni.properties.Description;
  return typeof value === 'string' ? value : '';
};
