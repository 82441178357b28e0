import * as vscode from 'vscode';
import type { Settings } from '../ui/settings';
import type { WriteModes } from '../ui/writeModes';
import type { Connection } from '../account/connection';
import type { ActivityLog } from '../activity/activityLog';
import type { ResourceTreeProvider } from '../explorer/resourceTreeProvider';
import type { CredentialStore } from '../ui/credentialStore';
import type { ReadOnlyDocuments } from '../ui/readOnlyDocuments';
import type { ViewHeader } from '../ui/viewHeader';
import { activityCommands } from './activityCommands';
import { addressCommands } from './addresses/addressCommands';
import { securityGroupCommands } from './addresses/securityGroupCommands';
import { attachCommands } from './attach/attachCommands';
import { attachSeveral } from './attach/attachFlows';
import { detachCommand } from './attach/detachCommand';
import type { OperationContext } from './kit/operationContext';
import type { CommandDefinition } from './commandBoundary';
import type { CredentialCommandParts } from './credentials/credentialParts';
import { selectProfileCommand } from './credentials/selectProfile';
import { signInCommand } from './credentials/signIn';
import { openCredentialsFileCommand } from './credentials/openCredentialsFile';
import { signOutCommand } from './credentials/signOut';
import { exportCommands } from './exportCommands';
import { instanceCommands } from './instances/instanceCommands';
import { configureInGuestCommand } from './guest/configureInGuest';
import { installCloudAssistantCommand } from './guest/installCloudAssistant';
import { openTerminalCommand } from './guest/openTerminal';
import { runCommandCommand } from './guest/runCommand';
import { createAndAttachCommand } from './attach/createAndAttachCommand';
import { createCommand } from './lifecycle/createCommand';
import { deleteCommand } from './lifecycle/deleteCommand';
import { editCommands } from './lifecycle/editCommands';
import { resourceCommands } from './resourceCommands';
import { selectRegionsCommand } from './selectRegions';
import { viewCommands } from './viewCommands';

/** What the commands work with, built once by the composition root. */
export interface CommandParts {
  readonly operations: OperationContext;
  readonly provider: ResourceTreeProvider;
  readonly header: ViewHeader;
  readonly documents: ReadOnlyDocuments;
  readonly credentialParts: CredentialCommandParts;
  readonly credentials: CredentialStore;
  readonly connection: Connection;
  readonly activity: ActivityLog;
  readonly settings: Settings;
  readonly writeModes: WriteModes;
}

/**
 * Every command's implementation. A module of its own, bundled apart (dist/commands.js) and loaded when the first
 * command runs or the first drop lands: activation registers the ids and evaluates none of this.
 */
export function allCommands(parts: CommandParts): CommandDefinition[] {
  const { operations, provider, header, documents, credentialParts, credentials, connection, activity, settings } = parts;
  const { ui, log } = operations;
  return [
    ...viewCommands(provider, header, ui, () => connection.apply(true), settings),
    ...resourceCommands(operations.rows, documents, ui, () => settings.consoleSite()),
    ...exportCommands(operations.rows, ui, () => credentials.source()),
    ...activityCommands(operations, activity, log, () => credentials.source()),
    ...addressCommands(operations),
    ...securityGroupCommands(operations, documents),
    ...attachCommands(operations),
    detachCommand(operations),
    createCommand(operations),
    createAndAttachCommand(operations),
    deleteCommand(operations),
    ...editCommands(operations),
    ...instanceCommands(operations),
    runCommandCommand(operations, documents, () => settings.commandTimeoutSeconds()),
    installCloudAssistantCommand(operations),
    configureInGuestCommand(operations),
    openTerminalCommand(operations),
    selectRegionsCommand(
      () => connection.api,
      () => connection.regionIds(),
      ui,
      settings,
    ),
    selectProfileCommand(credentialParts),
    signInCommand(credentialParts),
    signOutCommand(credentialParts),
    openCredentialsFileCommand(credentialParts),
    {
      id: 'alicloudEcs.toggleDryRun',
      failure: () => vscode.l10n.t("Couldn't switch dry run"),
      run: () => {
        parts.writeModes.setDryRun(!parts.writeModes.dryRun);
        void ui.inform(
          parts.writeModes.dryRun
            ? vscode.l10n.t('Dry run is on: each change is shown as its aliyun CLI command and not sent, until you turn it off.')
            : vscode.l10n.t('Dry run is off: changes are sent again.'),
        );
      },
    },
    { id: 'alicloudEcs.showLog', failure: () => vscode.l10n.t("Couldn't show the log"), run: () => log.show() },
  ];
}

export { remedyFor } from './plans/fixIts';
/** The plans an agent's tools propose and run (src/tools/), loaded with the commands so that they share the kit. */
export * as agentPlans from './agents/agentPlans';

/** A drop of ENI rows on an instance row. */
export const dropToAttach: (
  operations: OperationContext,
  regionId: string,
  eniIds: readonly string[],
  instanceId: string,
) => Promise<void> = attachSeveral;
