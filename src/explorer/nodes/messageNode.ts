import * as vscode from 'vscode';
import type { TreeNode } from './treeNode';

/** A leaf that says something instead of listing resources: nothing found, or a load that failed. */
export class MessageNode implements TreeNode {
  constructor(
    readonly parent: TreeNode | undefined,
    readonly kind: 'empty' | 'error',
    readonly label: string,
    readonly detail: string,
  ) {}

  get id(): string {
    return `${this.parent?.id ?? ''}/${this.kind}`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = this.detail;
    item.tooltip = this.detail;
    item.accessibilityInformation = { label: this.detail ? `${this.label}. ${this.detail}` : this.label };
    item.contextValue = this.kind === 'error' ? 'message;error' : 'message;empty';
    if (this.kind === 'error') {
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.command = {
        command: 'alicloudEcs.refreshNode',
        title: vscode.l10n.t('Retry'),
        arguments: [this.parent],
      };
    } else {
      item.iconPath = new vscode.ThemeIcon('info');
    }
    return item;
  }
}
