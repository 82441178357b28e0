import * as vscode from 'vscode';
import { registerRefreshCommands } from './commands/refreshCommands';
import { connectionSettings } from './cloud/connectionSettings';
import type { EcsApi } from './cloud/ecsApi';
import { LazyEcsApi } from './cloud/lazyEcsApi';
import type { TreeNode } from './explorer/nodes/treeNode';
import { ResourceTreeProvider } from './explorer/resourceTreeProvider';

/** What activate() returns: the seams the extension-host tests look through. */
export interface ExtensionApi {
  readonly treeDataProvider: ResourceTreeProvider;
  readonly treeView: vscode.TreeView<TreeNode>;
}

function createApi(): EcsApi {
  const config = vscode.workspace.getConfiguration('alicloudEcs');
  return new LazyEcsApi(connectionSettings(config.get<string>('endpoint'), config.get<number>('requestTimeoutSeconds')));
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const provider = new ResourceTreeProvider(createApi());
  const treeView = vscode.window.createTreeView('alicloudEcs.resources', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    provider,
    treeView,
    ...registerRefreshCommands(provider),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('alicloudEcs.endpoint') || event.affectsConfiguration('alicloudEcs.requestTimeoutSeconds')) {
        provider.setApi(createApi());
      }
    }),
  );
  return { treeDataProvider: provider, treeView };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
