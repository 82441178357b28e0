import * as vscode from 'vscode';
import { localCount } from '../../ui/localized';
import type { RegionResources } from '../../store/regionResources';
import { visibleIds } from '../filteredLists';
import { InstanceNode } from './instanceNode';
import { MessageNode } from './messageNode';
import { vpcRows } from './networkGroupNodes';
import { NetworkInterfaceNode } from './networkInterfaceNode';
import type { RegionListRow, RegionRow, RowContext, TreeNode } from './treeNode';

export type GroupKind = 'instances' | 'networkInterfaces';

/** "Instances" or "Network Interfaces" under a region, with a count (and how many the filter lets through). */
export class GroupNode implements RegionListRow {
  constructor(
    readonly parent: RegionRow,
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

  get readsFrom(): RegionResources {
    return this.resources;
  }

  get list(): RegionResources[GroupKind] {
    return this.resources[this.kind];
  }

  reload(): 'redraw' {
    this.list.reset();
    return 'redraw';
  }

  async children(rows: RowContext): Promise<TreeNode[]> {
    if (this.kind === 'networkInterfaces') {
      // ENI rows name the instance they are attached to and their security groups, so those load alongside.
      void this.resources.instances.ensure();
      void this.resources.securityGroups.ensure();
    }
    if (this.kind === 'instances') {
      // Instance rows say whether Cloud Assistant answers, and offer what it can do.
      void this.resources.agents.ensure();
    }
    await this.list.ensure();
    const state = this.list.state;
    if (state.kind === 'failed') {
      throw state.error;
    }
    const ids = visibleIds(this.resources, this.kind, rows.filter());
    if (this.kind === 'networkInterfaces' && rows.grouping() === 'network' && ids.length > 0) {
      return (await vpcRows(this, ids, rows.filter() !== '')).map((row) => rows.reuse(row));
    }
    const children: TreeNode[] = ids.map((id) =>
      rows.reuse(
        this.kind === 'instances' ? new InstanceNode(this, id) : new NetworkInterfaceNode(this, this.resources, id, rows.stuckAfterMinutes),
      ),
    );
    children.push(...rows.keptUnder(this, ids));
    if (state.kind === 'loading') {
      rows.shownPartially(this);
      children.push(
        new MessageNode(
          this,
          'loading',
          vscode.l10n.t('Loading more…'),
          vscode.l10n.t('{0} of {1}', localCount(this.list.items().length), localCount(state.total)),
        ),
      );
    } else if (children.length === 0) {
      children.push(new MessageNode(this, 'empty', this.emptyText(rows.filter()), ''));
    }
    return children;
  }

  private emptyText(filter: string): string {
    if (filter) {
      return vscode.l10n.t('Nothing matches “{0}”', filter);
    }
    return this.kind === 'instances' ? vscode.l10n.t('No instances in this region') : vscode.l10n.t('No network interfaces in this region');
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
