import * as vscode from 'vscode';
import type { TreeNode } from '../explorer/nodes/treeNode';
import type { ResourceTreeProvider } from '../explorer/resourceTreeProvider';

export function registerRefreshCommands(provider: ResourceTreeProvider): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('alicloudEcs.refresh', () => provider.refresh()),
    vscode.commands.registerCommand('alicloudEcs.refreshNode', (node?: TreeNode) => provider.refresh(node)),
  ];
}
