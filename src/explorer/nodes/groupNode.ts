import * as vscode from 'vscode';
import { localCount } from '../../ui/localized';
import type { RegionResources } from '../../store/regionResources';
import type { RegionNode } from './regionNode';
import type { TreeNode } from './treeNode';

export type GroupKind = 'instances' | 'networkInterfaces';

/** "Instances" or "Network Interfaces" under a region, with a count (and how many the filter lets through). */
export class GroupNode implements TreeNode {
  constructor(
    readonly parent: RegionNode,
    readonly kind: GroupKind,
    readonly resources: RegionResources,
    private readonly counts: () => { shown: number; total: number } | undefined,
  ) {}

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
    const counts = this.counts();
    if (counts) {
      item.description =
        counts.shown === counts.total
          ? localCount(counts.total)
          : vscode.l10n.t('{0} of {1}', localCount(counts.shown), localCount(counts.total));
    }
    item.accessibilityInformation = { label: item.description ? `${label} ${String(item.description)}` : label };
    item.iconPath = new vscode.ThemeIcon(this.kind === 'instances' ? 'server' : 'plug');
    item.contextValue = `group;${this.kind}`;
    return item;
  }
}
