import * as path from 'node:path';
import * as vscode from 'vscode';
import { registerAttach, attachSeveral } from './commands/attach/attachCommands';
import { registerDetach } from './commands/attach/detachCommand';
import type { OperationContext } from './commands/attach/operationContext';
import { registerResourceCommands } from './commands/resourceCommands';
import { registerSelectRegions } from './commands/selectRegions';
import { registerViewCommands } from './commands/viewCommands';
import { Connection } from './commands/credentials/connection';
import { registerSelectProfile } from './commands/credentials/selectProfile';
import { registerSignIn } from './commands/credentials/signIn';
import { registerSignOut } from './commands/credentials/signOut';
import { cliConfigPath, processEnvironment, sharedCredentialsPath } from './cloud/credentialFiles';
import { ATTACH_TIMEOUT_SECONDS, clampSetting } from './cloud/connectionSettings';
import { InstanceTypeCache } from './cloud/instanceTypeCache';
import { AttachDragAndDrop } from './explorer/dragAndDrop';
import type { TreeNode } from './explorer/nodes/treeNode';
import { ResourceTreeProvider } from './explorer/resourceTreeProvider';
import { TransitionPoller } from './explorer/transitionPoller';
import { CredentialStatusBar } from './ui/credentialStatusBar';
import { CredentialStore } from './ui/credentialStore';
import { EndpointConsent } from './ui/endpointConsent';
import { ErrorNotifier } from './ui/errorNotifier';
import { ExtensionLog } from './ui/log';
import { READ_ONLY_SCHEME, ReadOnlyDocuments } from './ui/readOnlyDocuments';
import { ViewHeader } from './ui/viewHeader';

/** What activate() returns: the seams the extension-host tests look through. */
export interface ExtensionApi {
  readonly treeDataProvider: ResourceTreeProvider;
  readonly treeView: vscode.TreeView<TreeNode>;
  readonly poller: TransitionPoller;
  readonly log: ExtensionLog;
  readonly connection: Connection;
}

const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('alicloudEcs');

/** Watches a credentials file outside the workspace, so that `aliyun configure` in a terminal shows at once. */
function watchFile(file: string, changed: () => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(
    new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), path.basename(file)));
  return vscode.Disposable.from(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
}

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const log = new ExtensionLog();
  const notifier = new ErrorNotifier(log);
  const store = new CredentialStore(context.globalState, context.secrets);
  const status = new CredentialStatusBar();
  const where = processEnvironment;
  const consent = new EndpointConsent(context.workspaceState);
  const connection = new Connection({ store, log, notifier, status, consent, settings, where });
  const provider = new ResourceTreeProvider(connection.api, []);
  const poller = new TransitionPoller(provider);
  const types = new InstanceTypeCache(() => connection.api);
  const operations: OperationContext = {
    api: () => connection.api, provider, types, notifier, log, poller,
    reveal: (regionId, eniId) => provider.reveal(treeView, regionId, eniId),
    settleTimeoutMs: () => clampSetting(settings().get<unknown>('attachTimeoutSeconds'), ATTACH_TIMEOUT_SECONDS, ATTACH_TIMEOUT_SECONDS.default) * 1000,
  };
  const treeView = vscode.window.createTreeView('alicloudEcs.resources', {
    treeDataProvider: provider, showCollapseAll: true, canSelectMany: true,
    dragAndDropController: new AttachDragAndDrop((regionId, eniIds, instanceId) => attachSeveral(operations, regionId, eniIds, instanceId)),
  });
  const header = new ViewHeader(treeView);
  const documents = new ReadOnlyDocuments();
  poller.setVisible(treeView.visible);
  context.subscriptions.push(
    log,
    status,
    connection,
    connection.onDidChange((change) => {
      types.clear();
      header.setEndpointHost(change.endpointHost);
      if (change.state === 'ready') {
        provider.connect(change.api, change.regionIds);
      } else {
        provider.showWelcome();
      }
    }),
    provider.onDidRefuseCredentials((error) => connection.refused(error)),
    provider,
    treeView,
    poller,
    documents,
    vscode.workspace.registerTextDocumentContentProvider(READ_ONLY_SCHEME, documents),
    treeView.onDidChangeVisibility((event) => poller.setVisible(event.visible)),
    provider.onDidLoad(() => poller.kick()),
    ...registerViewCommands(provider, header, () => connection.apply()),
    ...registerResourceCommands(documents),
    ...registerAttach(operations),
    registerDetach(operations),
    registerSelectRegions(() => connection.api, () => connection.regionIds(), notifier),
    registerSelectProfile(connection, store, log, where),
    registerSignIn(connection, store, notifier, log),
    registerSignOut(connection, store, log),
    watchFile(cliConfigPath(where()), () => void connection.apply()),
    watchFile(sharedCredentialsPath(where()), () => void connection.apply()),
    vscode.commands.registerCommand('alicloudEcs.showLog', () => log.show()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (['endpoint', 'requestTimeoutSeconds', 'regions'].some((name) => event.affectsConfiguration(`alicloudEcs.${name}`))) {
        connection.applySettings();
      }
    }),
  );
  // The first read of the credential files; it never rejects, so activation cannot fail because of a file or a setting.
  await connection.apply();
  return { treeDataProvider: provider, treeView, poller, log, connection };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
