import * as vscode from 'vscode';
import type { AlicloudEcsExplorerApi } from '../api/alicloud-ecs-explorer';
import { publicApi } from './api/publicApi';
import { recordingEcsApi } from './activity/recordingEcsApi';
import { buildServices, type Services } from './activation/services';
import { buildViews, type Views } from './activation/views';
import { watchChanges } from './activation/watchers';
import type { EcsApi } from './cloud/ecsApi';
import { lazySessionOpener } from './cloud/lazySession';
import { registerCommands, runAtBoundary } from './commands/commandBoundary';
import type { OperationContext } from './commands/kit/operationContext';
import { writePolicyGate } from './commands/kit/writePolicy';
import { dryRunText } from './commands/kit/dryRunText';
import { lazyCommands } from './commands/lazyCommands';
import { viewRows } from './explorer/rowLookup';
import { READ_ONLY_SCHEME } from './ui/readOnlyDocuments';
import { TEST_SEAM, type TestSeam } from './testSeam';
import { registerTools } from './tools/registerTools';
import { failureOf } from './commands/kit/failureOf';

/**
 * The composition root: the services, the views, the commands (registered through the one boundary, implemented in
 * a bundle loaded at the first run) and what follows each change; then the first read of the credentials.
 */
export async function activate(context: vscode.ExtensionContext): Promise<AlicloudEcsExplorerApi> {
  const services = buildServices(context);
  const { log, notifier, connection, store } = services;
  const views = buildViews(services, async (regionId, eniIds, instanceId) => {
    await runAtBoundary(
      { log, notifier },
      'alicloudEcs.attachToInstance',
      () => vscode.l10n.t("Couldn't attach the network interfaces"),
      () => commands.drop(operations, regionId, eniIds, instanceId),
    );
  });
  const operations = operationContext(services, views, (...args) => commands.remedyFor(operations, ...args));
  const commands = lazyCommands(contributedCommands(context), () => ({
    operations,
    provider: views.provider,
    header: views.header,
    documents: views.documents,
    credentialParts: { connection, store: services.credentials, log, ui: services.ui, where: services.where },
    credentials: services.credentials,
    connection,
    activity: services.activity,
    settings: services.settings,
    writeModes: services.writeModes,
  }));
  context.subscriptions.push(
    views.provider,
    views.treeView,
    views.activityProvider,
    views.activityView,
    views.documents,
    log,
    services.status,
    services.writeModes,
    connection,
    store,
    services.activity,
    services.poller,
    vscode.workspace.registerTextDocumentContentProvider(READ_ONLY_SCHEME, views.documents),
    ...registerCommands({ log, notifier }, commands.definitions),
    ...watchChanges(services, views),
  );
  const tools = registerTools({ operations, plans: commands.agentPlans, readOnly: () => services.settings.readOnly(), failureOf });
  context.subscriptions.push(...tools.disposables);
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    exposeToTests(services, views, operations, tools.tools);
  }
  const exported = publicApi(store, {
    proposeAttach: (regionId, eniId, instanceId) => commands.agentPlans().proposeAttach(operations, regionId, eniId, instanceId),
    writeMode: () => ({ readOnly: services.settings.readOnly(), dryRun: services.writeModes.dryRun }),
  });
  context.subscriptions.push({ dispose: exported.dispose });
  // The first read of the credential files; it never rejects, so activation cannot fail because of a file or a setting.
  await connection.apply();
  return exported.api;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

/** What the operations work with; every write they send is recorded in the Activity view. */
function operationContext(
  { connection, activity, store, types, ui, log, poller, settings, writeModes }: Services,
  { provider, treeView, documents }: Views,
  remedyFor: OperationContext['remedyFor'],
): OperationContext {
  const recorded = new WeakMap<EcsApi, EcsApi>();
  // Every write passes here, whoever asked for it: read-only mode and the safety policy are decided in this one place.
  let dryRuns = 0;
  const gate = writePolicyGate({
    dryRun: () => writeModes.dryRun,
    showDryRun: async (request) => {
      dryRuns += 1;
      await documents.show(`/dry-run/${dryRuns}-${request.action}.sh`, dryRunText(request), 'shellscript');
    },
    readOnly: () => settings.readOnly(),
    askTwiceWhenTagged: () => settings.askTwiceWhenTagged(),
    store,
    ui,
  });
  const withWritesRecorded = (api: EcsApi): EcsApi => {
    const known = recorded.get(api) ?? recordingEcsApi(api, activity, gate);
    recorded.set(api, known);
    return known;
  };
  return {
    api: () => withWritesRecorded(connection.api),
    activity,
    store,
    types,
    ui,
    rows: viewRows,
    log,
    poller,
    reveal: (regionId, eniId) => provider.reveal(treeView, regionId, eniId),
    settleTimeoutMs: () => settings.attachTimeoutMs(),
    openSession: lazySessionOpener,
    remedyFor,
  };
}

/** What the extension-host tests reach, when VS Code runs the extension for them (and never otherwise). */
function exposeToTests(
  services: Services,
  views: Views,
  operations: OperationContext,
  tools: ReadonlyMap<string, vscode.LanguageModelTool<unknown>>,
): void {
  const seam: TestSeam = {
    store: services.store,
    treeDataProvider: views.provider,
    treeView: views.treeView,
    dragAndDrop: views.dragAndDrop,
    activityProvider: views.activityProvider,
    poller: services.poller,
    log: services.log,
    connection: services.connection,
    operations,
    tools,
    useUserInterface: services.useUserInterface,
  };
  (globalThis as Record<symbol, unknown>)[TEST_SEAM] = seam;
}

/** The ids of the commands the manifest contributes (each has its implementation in `allCommands`; a unit test checks). */
function contributedCommands(context: vscode.ExtensionContext): string[] {
  const manifest = context.extension.packageJSON as { contributes?: { commands?: Array<{ command?: unknown }> } } | undefined;
  return (manifest?.contributes?.commands ?? []).flatMap(({ command }) => (typeof command === 'string' ? [command] : []));
}
