import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AlicloudEcsExplorerApi } from '../api/alicloud-ecs-explorer';
import { publicApi } from './api/publicApi';
import type { OperationContext } from './commands/kit/operationContext';
import { registerCommands, runAtBoundary } from './commands/commandBoundary';
import { lazyCommands } from './commands/lazyCommands';
import { Connection } from './account/connection';
import type { CredentialCommandParts } from './commands/credentials/credentialParts';
import { ActivityLog } from './activity/activityLog';
import { recordingEcsApi } from './activity/recordingEcsApi';
import type { EcsApi } from './cloud/ecsApi';
import * as activityTreeProviderModule from './explorer/activityTreeProvider';
import * as groupNodeModule from './explorer/nodes/groupNode';
import * as instanceNodeModule from './explorer/nodes/instanceNode';
import * as networkInterfaceNodeModule from './explorer/nodes/networkInterfaceNode';
import type { CredentialSource } from './domain/credentialSource';
import { ATTACH_TIMEOUT_SECONDS, clampSetting } from './cloud/connectionSettings';
import { cliConfigPath, processEnvironment, sharedCredentialsPath } from './cloud/credentialFiles';
import { InstanceTypeCache } from './cloud/instanceTypeCache';
import { consoleSiteFor } from './domain/consoleLinks';
import { STUCK_AFTER_MINUTES } from './domain/resourceStatus';
import { AttachDragAndDrop } from './explorer/dragAndDrop';
import { AutoRefresher, autoRefreshSeconds } from './store/autoRefresher';
import { ResourceStore } from './store/resourceStore';
import { ResourceTreeProvider } from './explorer/resourceTreeProvider';
import { networkGrouping } from './explorer/networkRows';
import { TransitionPoller } from './explorer/transitionPoller';
import { CredentialStatusBar } from './ui/credentialStatusBar';
import { CredentialStore } from './ui/credentialStore';
import { EndpointConsent } from './ui/endpointConsent';
import { ErrorNotifier } from './ui/errorNotifier';
import { ExtensionLog } from './ui/log';
import { READ_ONLY_SCHEME, ReadOnlyDocuments } from './ui/readOnlyDocuments';
import { TEST_SEAM, type TestSeam } from './testSeam';
import { ViewHeader } from './ui/viewHeader';
import { inertUserInterface } from './ui/inertUserInterface';
import { switchableUserInterface, VscodeUserInterface } from './ui/vscodeUserInterface';

const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('alicloudEcs');

/** Watches a credentials file outside the workspace, so that `aliyun configure` in a terminal shows at once. */
function watchFile(file: string, changed: () => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(
    new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), path.basename(file)),
  );
  return vscode.Disposable.from(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
}

/**
 * The row classes the lazily loaded commands recognise their arguments by: the commands' bundle takes these very
 * modules from this one (scripts/build.mjs lists the same). Unbundled (tests), the commands import them directly.
 */
export const sharedModules = {
  'explorer/activityTreeProvider': activityTreeProviderModule,
  'explorer/nodes/groupNode': groupNodeModule,
  'explorer/nodes/instanceNode': instanceNodeModule,
  'explorer/nodes/networkInterfaceNode': networkInterfaceNodeModule,
};

/** The composition root: builds every part once, connects them, and registers every command through the one boundary. */
export async function activate(context: vscode.ExtensionContext): Promise<AlicloudEcsExplorerApi> {
  const testing = context.extensionMode === vscode.ExtensionMode.Test;
  // Tests swap VS Code's user interface for their own; what any of them is given has no link in other people's text.
  const { ui: switchable, use } = switchableUserInterface(new VscodeUserInterface());
  const ui = inertUserInterface(switchable);
  const log = new ExtensionLog();
  const notifier = new ErrorNotifier(log, ui);
  const credentials = new CredentialStore(context.globalState, context.secrets);
  const status = new CredentialStatusBar();
  const where = processEnvironment;
  const consent = new EndpointConsent(context.workspaceState);
  const connection = new Connection({ store: credentials, log, notifier, status, consent, settings, where });
  const store = new ResourceStore(connection.api, []);
  const types = new InstanceTypeCache(() => connection.api);
  const provider = new ResourceTreeProvider(
    store,
    (text) => log.redact(text),
    () => clampSetting(settings().get<unknown>('stuckAfterMinutes'), STUCK_AFTER_MINUTES, STUCK_AFTER_MINUTES.default),
    async (instanceTypeId) => (await types.get([instanceTypeId])).get(instanceTypeId),
  );
  const poller = new TransitionPoller(store);
  const activity = new ActivityLog(context.globalState);
  const recorded = new WeakMap<EcsApi, EcsApi>();
  const withWritesRecorded = (api: EcsApi): EcsApi => {
    const known = recorded.get(api) ?? recordingEcsApi(api, activity);
    recorded.set(api, known);
    return known;
  };
  const operations: OperationContext = {
    api: () => withWritesRecorded(connection.api),
    activity,
    store,
    types,
    ui,
    log,
    poller,
    reveal: (regionId, eniId) => provider.reveal(treeView, regionId, eniId),
    settleTimeoutMs: () =>
      clampSetting(settings().get<unknown>('attachTimeoutSeconds'), ATTACH_TIMEOUT_SECONDS, ATTACH_TIMEOUT_SECONDS.default) * 1000,
    remedyFor: (regionId, eni, instance, violation) => commands.remedyFor(operations, regionId, eni, instance, violation),
  };
  const treeView = vscode.window.createTreeView('alicloudEcs.resources', {
    treeDataProvider: provider,
    showCollapseAll: true,
    canSelectMany: true,
    dragAndDropController: new AttachDragAndDrop(async (regionId, eniIds, instanceId) => {
      await runAtBoundary(
        { log, notifier },
        () => vscode.l10n.t("Couldn't attach the network interfaces"),
        () => commands.drop(operations, regionId, eniIds, instanceId),
      );
    }, ui),
  });
  const header = new ViewHeader(treeView);
  const activityProvider = new activityTreeProviderModule.ActivityTreeProvider(activity, store, (text) => log.redact(text));
  const documents = new ReadOnlyDocuments();
  const credentialParts: CredentialCommandParts = { connection, store: credentials, log, ui, where };
  const commands = lazyCommands(contributedCommands(context), () => ({
    operations,
    provider,
    header,
    documents,
    credentialParts,
    credentials,
    connection,
    activity,
    consoleSite: () => consoleSiteFor({ setting: settings().get<unknown>('consoleSite'), displayLanguage: vscode.env.language }),
  }));
  const applyGrouping = (): void => {
    const grouping = networkGrouping(settings().get<unknown>('networkInterfaceGrouping'));
    provider.setGrouping(grouping);
    void vscode.commands.executeCommand('setContext', 'alicloudEcs.groupedByNetwork', grouping === 'network');
  };
  applyGrouping();
  poller.setVisible(treeView.visible);
  const refresher = new AutoRefresher(
    store,
    () => autoRefreshSeconds(settings().get<unknown>('autoRefreshSeconds')),
    (error) => log.error('An automatic refresh failed; the rows show what was read before', error),
  );
  refresher.setVisible(treeView.visible);
  context.subscriptions.push(
    log,
    status,
    connection,
    connection.onDidChange((change) => {
      types.clear();
      activity.switchAccount(change.state === 'ready' ? accountKey(credentials.source(), change.endpointHost) : undefined);
      header.setEndpointHost(change.endpointHost);
      header.setBrokenFile(change.brokenFile);
      if (change.state === 'ready') {
        provider.connect(change.api, change.regionIds);
      } else {
        provider.showWelcome(change.api);
      }
    }),
    store.onDidRefuseCredentials((error) => connection.refused(error)),
    store,
    provider,
    treeView,
    activity,
    activityProvider,
    vscode.window.createTreeView('alicloudEcs.activity', { treeDataProvider: activityProvider, showCollapseAll: true }),
    poller,
    documents,
    vscode.workspace.registerTextDocumentContentProvider(READ_ONLY_SCHEME, documents),
    refresher,
    treeView.onDidChangeVisibility((event) => {
      poller.setVisible(event.visible);
      refresher.setVisible(event.visible);
    }),
    treeView.onDidChangeSelection((event) => provider.setSelection(event.selection)),
    provider.onDidLoad(() => poller.kick()),
    ...registerCommands({ log, notifier }, commands.definitions),
    watchFile(cliConfigPath(where()), () => void connection.apply()),
    watchFile(sharedCredentialsPath(where()), () => void connection.apply()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('alicloudEcs.autoRefreshSeconds')) {
        refresher.restart();
      }
      if (event.affectsConfiguration('alicloudEcs.networkInterfaceGrouping')) {
        applyGrouping();
      }
      if (['endpoint', 'requestTimeoutSeconds', 'regions'].some((name) => event.affectsConfiguration(`alicloudEcs.${name}`))) {
        connection.applySettings();
      }
    }),
  );
  if (testing) {
    const seam: TestSeam = {
      store,
      treeDataProvider: provider,
      treeView,
      activityProvider,
      poller,
      log,
      connection,
      operations,
      useUserInterface: use,
    };
    (globalThis as Record<symbol, unknown>)[TEST_SEAM] = seam;
  }
  const exported = publicApi(store);
  context.subscriptions.push({ dispose: exported.dispose });
  // The first read of the credential files; it never rejects, so activation cannot fail because of a file or a setting.
  await connection.apply();
  return exported.api;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

/** Whose activity the view shows: the credential source and the endpoint (never a secret, nor an AccessKey id). */
const accountKey = (source: CredentialSource, endpointHost: string | undefined): string =>
  JSON.stringify([source.kind, 'name' in source ? source.name : '', endpointHost ?? '']);

/** The ids of the commands the manifest contributes (each has its implementation in `allCommands`; a unit test checks). */
function contributedCommands(context: vscode.ExtensionContext): string[] {
  const manifest = context.extension.packageJSON as { contributes?: { commands?: Array<{ command?: unknown }> } } | undefined;
  return (manifest?.contributes?.commands ?? []).flatMap(({ command }) => (typeof command === 'string' ? [command] : []));
}
