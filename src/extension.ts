import * as vscode from 'vscode';
import { registerAttach, attachSeveral } from './commands/attach/attachCommands';
import { registerDetach } from './commands/attach/detachCommand';
import type { OperationContext } from './commands/attach/operationContext';
import { registerResourceCommands } from './commands/resourceCommands';
import { registerSelectRegions } from './commands/selectRegions';
import { registerViewCommands } from './commands/viewCommands';
import { connectionSettings } from './cloud/connectionSettings';
import type { EcsApi } from './cloud/ecsApi';
import { InstanceTypeCache } from './cloud/instanceTypeCache';
import { LazyEcsApi } from './cloud/lazyEcsApi';
import { profileRegion } from './cloud/profileRegion';
import { DEFAULT_REGION_IDS, isRegionId } from './domain/regions';
import { AttachDragAndDrop } from './explorer/dragAndDrop';
import type { TreeNode } from './explorer/nodes/treeNode';
import { ResourceTreeProvider } from './explorer/resourceTreeProvider';
import { TransitionPoller } from './explorer/transitionPoller';
import { ErrorNotifier } from './ui/errorNotifier';
import { ExtensionLog } from './ui/log';
import { READ_ONLY_SCHEME, ReadOnlyDocuments } from './ui/readOnlyDocuments';

/** What activate() returns: the seams the extension-host tests look through. */
export interface ExtensionApi {
  readonly treeDataProvider: ResourceTreeProvider;
  readonly treeView: vscode.TreeView<TreeNode>;
  readonly poller: TransitionPoller;
  readonly log: ExtensionLog;
}

const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('alicloudEcs');

function createApi(log: ExtensionLog): EcsApi {
  const connection = connectionSettings(settings().get<string>('endpoint'), settings().get<number>('requestTimeoutSeconds'));
  return new LazyEcsApi({ ...connection, observer: log });
}

/** The regions to show: the setting, else the credential profile's region, else a small default set. */
function selectedRegions(): string[] {
  const chosen = (settings().get<string[]>('regions') ?? []).filter((id) => typeof id === 'string' && isRegionId(id));
  if (chosen.length > 0) {
    return chosen;
  }
  const fromProfile = profileRegion();
  return fromProfile ? [fromProfile] : [...DEFAULT_REGION_IDS];
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const log = new ExtensionLog();
  const notifier = new ErrorNotifier(log);
  let api = createApi(log);
  const provider = new ResourceTreeProvider(api, selectedRegions());
  const poller = new TransitionPoller(provider);
  const types = new InstanceTypeCache(() => api);
  const operations: OperationContext = {
    api: () => api, provider, types, notifier, log, poller,
    reveal: (regionId, eniId) => provider.reveal(treeView, regionId, eniId),
    settleTimeoutMs: () => Math.max(5, settings().get<number>('attachTimeoutSeconds') ?? 120) * 1000,
  };
  const treeView = vscode.window.createTreeView('alicloudEcs.resources', {
    treeDataProvider: provider, showCollapseAll: true, canSelectMany: true,
    dragAndDropController: new AttachDragAndDrop((regionId, eniIds, instanceId) => attachSeveral(operations, regionId, eniIds, instanceId)),
  });
  const documents = new ReadOnlyDocuments();
  poller.setVisible(treeView.visible);
  context.subscriptions.push(
    log,
    provider,
    treeView,
    poller,
    documents,
    vscode.workspace.registerTextDocumentContentProvider(READ_ONLY_SCHEME, documents),
    treeView.onDidChangeVisibility((event) => poller.setVisible(event.visible)),
    provider.onDidLoad(() => poller.kick()),
    ...registerViewCommands(provider, treeView),
    ...registerResourceCommands(documents),
    ...registerAttach(operations),
    registerDetach(operations),
    registerSelectRegions(() => api, () => selectedRegions(), notifier),
    vscode.commands.registerCommand('alicloudEcs.showLog', () => log.show()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('alicloudEcs.endpoint') || event.affectsConfiguration('alicloudEcs.requestTimeoutSeconds')) {
        api = createApi(log);
        types.clear();
        provider.setApi(api);
      } else if (event.affectsConfiguration('alicloudEcs.regions')) {
        provider.setRegionIds(selectedRegions());
      }
    }),
  );
  return { treeDataProvider: provider, treeView, poller, log };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
