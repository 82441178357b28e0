import * as vscode from 'vscode';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { GroupNode } from './groupNode';
import type { TreeNode } from './treeNode';

export class NetworkInterfaceNode implements TreeNode {
  constructor(readonly parent: GroupNode, readonly networkInterface: NetworkInterface) {}

  get id(): string {
    return `${this.parent.id}/${this.networkInterface.networkInterfaceId}`;
  }

  toTreeItem(): vscode.TreeItem {
    const eni = this.networkInterface;
    const item = new vscode.TreeItem(eni.networkInterfaceName || eni.networkInterfaceId, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = eni.networkInterfaceName ? `${eni.networkInterfaceId} · ${eni.status}` : eni.status;
    item.tooltip = `${eni.networkInterfaceName}\n${eni.networkInterfaceId}\n${eni.status} · ${eni.type}`;
    item.iconPath = new vscode.ThemeIcon('plug');
    item.contextValue = 'eni';
    return item;
  }
}
