import * as vscode from 'vscode';
import { displayText } from '../../domain/text';
import type { ReadOnlyDocuments } from '../../ui/readOnlyDocuments';
import { eniLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import type { CommandDefinition } from '../commandBoundary';
import { freshTarget, notShown, readBack, sendOnce } from '../operations/eniChange';
import { pickSecurityGroups } from '../kit/networkPickers';
import { securityGroupDocument } from './securityGroupDocument';

/** Change Security Groups… (the ENI's VPC's groups, its own ticked) and Show Security Group Rules on an ENI row. */
export function securityGroupCommands(context: OperationContext, documents: ReadOnlyDocuments): CommandDefinition[] {
  return [
    {
      id: 'alicloudEcs.changeSecurityGroups',
      failure: () => vscode.l10n.t("Couldn't change the security groups"),
      run: async (node: unknown): Promise<boolean> => {
        const target = await freshTarget(context, node);
        if (!target) {
          return false;
        }
        const { regionId, eni } = target;
        const listed = await context.store.freshSecurityGroups(regionId);
        // A group of the ENI that the list does not show (a RAM policy, another resource group) is offered, ticked, so
        // that replacing the groups never drops one the user did not see.
        const unlisted = eni.securityGroupIds
          .filter((id) => !listed.some((group) => group.securityGroupId === id))
          .map((id) => ({
            securityGroupId: id,
            securityGroupName: '',
            regionId,
            vpcId: eni.vpcId,
            description: vscode.l10n.t('Not listed by ECS for this account; kept unless you untick it.'),
          }));
        const chosen = await pickSecurityGroups(
          context,
          eni.vpcId,
          [...listed, ...unlisted],
          eni.securityGroupIds,
          vscode.l10n.t('Security Groups of {0}', eniLabel(eni)),
        );
        const ids = chosen?.map((group) => group.securityGroupId) ?? [];
        const same = ids.length === eni.securityGroupIds.length && ids.every((id) => eni.securityGroupIds.includes(id));
        if (!chosen || same) {
          return false;
        }
        const removed = eni.securityGroupIds.filter((id) => !ids.includes(id));
        const go = vscode.l10n.t('Change Security Groups');
        if (
          removed.length > 0 &&
          (await context.ui.ask(
            vscode.l10n.t('Take {0} out of {1}?', removed.join(', '), eniLabel(eni)),
            vscode.l10n.t('Traffic that only these groups allow stops reaching the network interface.'),
            go,
          )) !== go
        ) {
          return false;
        }
        await context.ui.progress(
          vscode.l10n.t('Changing {0}', eniLabel(eni)),
          () =>
            sendOnce(context, `Security groups of ${eni.networkInterfaceId}`, () =>
              context.api().modifyNetworkInterfaceAttribute(regionId, eni.networkInterfaceId, { securityGroupIds: ids }),
            ),
          false,
        );
        const now = await readBack(context, regionId, eni);
        if (!now || now.securityGroupIds.length !== ids.length || !ids.every((id) => now.securityGroupIds.includes(id))) {
          void context.ui.warn(notShown(eni));
          return false;
        }
        context.ui.flash(
          vscode.l10n.t(
            '{0} is now in {1}',
            eniLabel(now),
            chosen.map((group) => displayText(group.securityGroupName || group.securityGroupId)).join(', '),
          ),
        );
        return true;
      },
    },
    {
      id: 'alicloudEcs.showSecurityGroupRules',
      failure: () => vscode.l10n.t("Couldn't show the security group rules"),
      run: async (node: unknown): Promise<void> => {
        const target = await freshTarget(context, node);
        if (!target) {
          return;
        }
        const { regionId, eni } = target;
        const groups = (await context.store.freshSecurityGroups(regionId)).filter((group) =>
          eni.securityGroupIds.includes(group.securityGroupId),
        );
        const items = eni.securityGroupIds.map((id) => {
          const name = groups.find((group) => group.securityGroupId === id)?.securityGroupName ?? '';
          return { label: displayText(name || id), description: name ? id : '', id };
        });
        const picked =
          items.length > 1
            ? await context.ui.pick(items, { title: vscode.l10n.t('Rules of which security group of {0}?', eniLabel(eni)) })
            : items[0];
        if (!picked) {
          return;
        }
        const rules = await context.api().describeSecurityGroupRules(regionId, picked.id);
        await documents.show(`/${regionId}/${picked.id}.md`, securityGroupDocument(rules), 'markdown');
      },
    },
  ];
}
