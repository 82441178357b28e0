import * as vscode from 'vscode';
import type { TreeNode } from '../explorer/nodes/treeNode';
import type { ResourceTreeProvider } from '../explorer/resourceTreeProvider';

/** Refresh, and the filter that narrows the tree for a large account. */
export function registerViewCommands(provider: ResourceTreeProvider, view: vscode.TreeView<TreeNode>): vscode.Disposable[] {
  const showFilter = async (text: string): Promise<void> => {
    provider.setFilter(text);
    view.description = provider.filter ? vscode.l10n.t('Filter: {0}', provider.filter) : undefined;
    view.message = provider.filter ? vscode.l10n.t('Showing only resources that match “{0}”.', provider.filter) : undefined;
    await vscode.commands.executeCommand('setContext', 'alicloudEcs.filterActive', provider.filter !== '');
  };
  return [
    vscode.commands.registerCommand('alicloudEcs.refresh', () => provider.refresh()),
    vscode.commands.registerCommand('alicloudEcs.refreshNode', (node?: TreeNode) => provider.refresh(node)),
    vscode.commands.registerCommand('alicloudEcs.filter', async (text?: string) => {
      const value = typeof text === 'string' ? text : await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter Resources'),
        prompt: vscode.l10n.t('Part of a name, an id or an IP, or a tag as key=value'),
        value: provider.filter,
      });
      if (value !== undefined) {
        await showFilter(value);
      }
    }),
    vscode.commands.registerCommand('alicloudEcs.clearFilter', () => showFilter('')),
  ];
}
