import * as vscode from 'vscode';
import type { Region } from '../../domain/region';
import type { TreeNode } from './treeNode';

export class RegionNode implements TreeNode {
  readonly parent = undefined;

  constructor(readonly region: Region) {}

  get id(): string {
    return `region/${this.region.regionId}`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.region.localName || this.region.regionId, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.description = this.region.regionId;
    item.tooltip = `${this.region.localName} (${this.region.regionId})`;
    item.iconPath = new vscode.ThemeIcon('globe');
    item.contextValue = 'region';
    return item;
  }
}
