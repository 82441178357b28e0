import * as vscode from 'vscode';
import { type ActivityEntry, RETRYABLE } from '../activity/activityEntry';
import type { ActivityLog } from '../activity/activityLog';
import type { CredentialSource } from '../domain/credentialSource';
import { terraformFor } from '../domain/export/terraform';
import type { ExtensionLog } from '../ui/log';
import type { OperationContext } from './kit/operationContext';
import { attachWithProgress } from './attach/attachFlows';
import { detachById } from './attach/detachCommand';
import type { CommandDefinition } from './commandBoundary';
import { isInstanceId, isNetworkInterfaceId } from '../domain/ids';
import { isRegionId } from '../domain/regions';
import { cliProfileOf } from './exportCommands';
import { copyCliCommand } from './kit/copyCliCommand';

/** Reveal, Retry, Copy Request ID, Copy as aliyun CLI Command, Copy as Terraform, Show in Log and Clear. */
export function activityCommands(
  context: OperationContext,
  activity: ActivityLog,
  log: ExtensionLog,
  credentialSource: () => CredentialSource,
): CommandDefinition[] {
  /** The entry of the Activity view a command was run on; anything else another extension passed is ignored. */
  const entryOf = (node: unknown): ActivityEntry | undefined => context.rows.activity(node)?.entry;
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
        // The ids the row shows (one source), checked like any stored value; every check runs again on what ECS has
        // now, and a detach asks the user again.
        const eniId = entry.resourceIds.find(isNetworkInterfaceId);
        const instanceId = entry.resourceIds.find(isInstanceId);
        if (!eniId || !isRegionId(entry.regionId)) {
          return undefined;
        }
        if (entry.action === 'AttachNetworkInterface') {
          return instanceId ? attachWithProgress(context, entry.regionId, eniId, instanceId) : undefined;
        }
        return detachById(context, entry.regionId, eniId, { requested: false });
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
          await copyCliCommand(context.ui, entry.request, { profile: cliProfileOf(credentialSource()), what: entry.action });
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
