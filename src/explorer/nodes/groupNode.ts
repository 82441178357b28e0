import * as vscode from 'vscode';
import type { RegionNode } from './regionNode';
import type { TreeNode } from './treeNode';

export type GroupKind = 'instances' | 'networkInterfaces';

/** "Instances" or "Network Interfaces" under a region. */
export class GroupNode implements TreeNode {
  constructor(readonly parent: RegionNode, readonly kind: GroupKind) {}

  get id(): string {
    return `${this.parent.id}/${this.kind}`;
  }

  get regionId(): string {
    return this.parent.region.regionId;
  }

  toTreeItem(): vscode.TreeItem {
    const label = this.kind === 'instances' ? vscode.l10n.t('Instances') : vscode.l10n.t('Network Interfaces');
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon(this.kind === 'instances' ? 'vm' : 'plug');
    item.contextValue = `group;${this.kind}`;
    return item;
  }
}
