import * as vscode from 'vscode';
import type { TreeNode } from '../explorer/nodes/treeNode';
import type { ResourceTreeProvider } from '../explorer/resourceTreeProvider';
import type { ViewHeader } from '../ui/viewHeader';

/** Refresh (which also looks at the credentials again), and the filter that narrows the tree for a large account. */
export function registerViewCommands(provider: ResourceTreeProvider, header: ViewHeader, refreshAll: () => Promise<void>): vscode.Disposable[] {
  const showFilter = async (text: string): Promise<void> => {
    provider.setFilter(text);
    header.setFilter(provider.filter);
    await vscode.commands.executeCommand('setContext', 'alicloudEcs.filterActive', provider.filter !== '');
  };
  return [
    vscode.commands.registerCommand('alicloudEcs.refresh', refreshAll),
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
