import * as vscode from 'vscode';
import type { EcsApi } from '../cloud/ecsApi';
import { isEcsError } from '../cloud/ecsError';
import { GroupNode } from './nodes/groupNode';
import { InstanceNode } from './nodes/instanceNode';
import { MessageNode } from './nodes/messageNode';
import { NetworkInterfaceNode } from './nodes/networkInterfaceNode';
import { RegionNode } from './nodes/regionNode';
import type { TreeNode } from './nodes/treeNode';

function describeFailure(error: unknown): { code: string; message: string } {
  if (isEcsError(error)) {
    return { code: error.code, message: error.message };
  }
  return { code: 'Error', message: error instanceof Error ? error.message : String(error) };
}

/** The one tree of the resources view: regions, then instances and network interfaces. */
export class ResourceTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Children already loaded, by parent id ('' for the roots). A refresh drops the entry. */
  private readonly children = new Map<string, Promise<TreeNode[]>>();

  constructor(private api: EcsApi) {}

  /** Points the tree at another account or endpoint; nothing of the previous one stays on screen. */
  setApi(api: EcsApi): void {
    this.api = api;
    this.refresh();
  }

  refresh(node?: TreeNode): void {
    if (!node) {
      this.children.clear();
    } else {
      for (const key of [...this.children.keys()]) {
        if (key === node.id || key.startsWith(`${node.id}/`)) {
          this.children.delete(key);
        }
      }
    }
    this.changed.fire(node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return node.toTreeItem();
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const key = node?.id ?? '';
    let pending = this.children.get(key);
    if (!pending) {
      pending = this.load(node);
      this.children.set(key, pending);
    }
    return pending;
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async load(node: TreeNode | undefined): Promise<TreeNode[]> {
    try {
      const children = await this.fetch(node);
      return children.length > 0 ? children : [new MessageNode(node, 'empty', this.emptyLabel(node), '')];
    } catch (error) {
      const { code, message } = describeFailure(error);
      return [new MessageNode(node, 'error', vscode.l10n.t("Couldn't load: {0}", code), message)];
    }
  }

  private async fetch(node: TreeNode | undefined): Promise<TreeNode[]> {
    if (!node) {
      const regions = await this.api.describeRegions();
      return regions.map((region) => new RegionNode(region));
    }
    if (node instanceof RegionNode) {
      return [new GroupNode(node, 'instances'), new GroupNode(node, 'networkInterfaces')];
    }
    if (node instanceof GroupNode) {
      if (node.kind === 'instances') {
        const instances = await this.api.listInstances(node.regionId);
        return instances.map((instance) => new InstanceNode(node, instance));
      }
      const interfaces = await this.api.listNetworkInterfaces(node.regionId);
      return interfaces.map((eni) => new NetworkInterfaceNode(node, eni));
    }
    return [];
  }

  private emptyLabel(node: TreeNode | undefined): string {
    if (node instanceof GroupNode) {
      return node.kind === 'instances'
        ? vscode.l10n.t('No instances in this region')
        : vscode.l10n.t('No network interfaces in this region');
    }
    return vscode.l10n.t('No regions available');
  }
}
