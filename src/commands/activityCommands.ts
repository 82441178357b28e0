import * as vscode from 'vscode';
import type { ActivityEntry } from '../activity/activityEntry';
import type { ActivityLog } from '../activity/activityLog';
import type { CredentialSource } from '../domain/credentialSource';
import { aliyunCliCommand } from '../domain/export/aliyunCli';
import { terraformFor } from '../domain/export/terraform';
import { ActivityNode, RETRYABLE } from '../explorer/activityTreeProvider';
import type { ExtensionLog } from '../ui/log';
import type { OperationContext } from './kit/operationContext';
import type { CommandDefinition } from './commandBoundary';
import { cliProfileOf } from './exportCommands';

/** An entry of the Activity view a command was run on; anything else another extension passed is ignored. */
const entryOf = (node: unknown): ActivityEntry | undefined => (node instanceof ActivityNode ? node.entry : undefined);

const param = (entry: ActivityEntry, name: string): string =>
  entry.kind === 'write' ? (entry.request.params.find(([key]) => key === name)?.[1] ?? '') : '';

/** Reveal, Retry, Copy Request ID, Copy as aliyun CLI Command, Copy as Terraform, Show in Log and Clear. */
export function activityCommands(
  context: OperationContext,
  activity: ActivityLog,
  log: ExtensionLog,
  credentialSource: () => CredentialSource,
): CommandDefinition[] {
  const copy = async (text: string, what: string): Promise<void> => {
    await context.ui.copy(text);
    context.ui.flash(what);
  };
  return [
    {
      id: 'alicloudEcs.activity.reveal',
      failure: () => vscode.l10n.t("Couldn't reveal the network interface"),
      run: async (node: unknown) => {
        const entry = entryOf(node);
        const eniId = entry?.resourceIds.find((id) => id.startsWith('eni-'));
        if (entry && eniId) {
          await context.reveal(entry.regionId, eniId);
        }
      },
    },
    {
      id: 'alicloudEcs.activity.retry',
      failure: () => vscode.l10n.t("Couldn't retry"),
      run: async (node: unknown) => {
        const entry = entryOf(node);
        if (entry?.kind !== 'write' || entry.status !== 'failed' || !RETRYABLE.has(entry.action)) {
          return undefined;
        }
        const target = { regionId: entry.regionId, networkInterfaceId: param(entry, 'NetworkInterfaceId') };
        // The command runs every check again on what ECS has now; a detach asks the user again.
        return entry.action === 'AttachNetworkInterface'
          ? vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface', { ...target, instanceId: param(entry, 'InstanceId') })
          : vscode.commands.executeCommand('alicloudEcs.detachFromInstance', { ...target, confirmed: false });
      },
    },
    {
      id: 'alicloudEcs.activity.copyRequestId',
      failure: () => vscode.l10n.t("Couldn't copy the request ID"),
      run: async (node: unknown) => {
        const entry = entryOf(node);
        const requestId = (entry?.kind === 'write' ? entry.requestId : undefined) ?? entry?.error?.requestId;
        if (requestId) {
          await copy(requestId, vscode.l10n.t('Copied {0}', requestId));
        }
      },
    },
    {
      id: 'alicloudEcs.activity.copyAsCli',
      failure: () => vscode.l10n.t("Couldn't copy the aliyun CLI command"),
      run: async (node: unknown) => {
        const entry = entryOf(node);
        if (entry?.kind === 'write') {
          await copy(
            aliyunCliCommand(entry.request, { profile: cliProfileOf(credentialSource()) }),
            vscode.l10n.t('Copied the aliyun CLI command of {0}', entry.action),
          );
        }
      },
    },
    {
      id: 'alicloudEcs.activity.copyAsTerraform',
      failure: () => vscode.l10n.t("Couldn't write the Terraform"),
      run: async (node: unknown) => {
        const entry = entryOf(node);
        const eniIds = entry?.resourceIds.filter((id) => id.startsWith('eni-')) ?? [];
        if (!entry || eniIds.length === 0) {
          return;
        }
        // As ECS has them now: the record says what was done, Terraform describes what is.
        const { networkInterfaces } = await context.store.readFresh(entry.regionId, [], eniIds);
        const managed = networkInterfaces.filter((eni) => eni.type !== 'Primary');
        if (managed.length === 0) {
          void context.ui.inform(vscode.l10n.t('None of the network interfaces of this entry exists now, or they are primary ones.'));
          return;
        }
        await context.ui.showText(terraformFor(managed), 'terraform');
      },
    },
    {
      id: 'alicloudEcs.activity.showLog',
      failure: () => vscode.l10n.t("Couldn't show the log"),
      run: () => log.show(),
    },
    {
      id: 'alicloudEcs.activity.clear',
      failure: () => vscode.l10n.t("Couldn't clear the activity"),
      run: () => activity.clear(),
    },
  ];
}
