import * as vscode from 'vscode';
import type { Instance } from '../../domain/instance';
import type { GroupNode } from './groupNode';
import type { TreeNode } from './treeNode';

export class InstanceNode implements TreeNode {
  constructor(readonly parent: GroupNode, readonly instance: Instance) {}

  get id(): string {
    return `${this.parent.id}/${this.instance.instanceId}`;
  }

  toTreeItem(): vscode.TreeItem {
    const { instance } = this;
    const item = new vscode.TreeItem(instance.instanceName || instance.instanceId, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = instance.instanceName ? `${instance.instanceId} · ${instance.status}` : instance.status;
    item.tooltip = `${instance.instanceName}\n${instance.instanceId}\n${instance.status} · ${instance.instanceType}`;
    item.iconPath = new vscode.ThemeIcon('vm');
    item.contextValue = 'instance';
    return item;
  }
}
