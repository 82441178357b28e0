import * as vscode from 'vscode';
import type { Region } from '../../domain/region';
import type { ResourceStore } from '../../store/resourceStore';
import { visibleCounts } from '../filteredLists';
import { GroupNode } from './groupNode';
import type { RowContext, TreeNode } from './treeNode';

export class RegionNode implements TreeNode {
  readonly parent = undefined;

  constructor(readonly region: Region) {}

  get id(): string {
    return `region/${this.region.regionId}`;
  }

  get readsFrom(): Region {
    return this.region;
  }

  children(rows: RowContext): Promise<TreeNode[]> {
    const resources = rows.store.region(this.region.regionId);
    return Promise.resolve(
      (['instances', 'networkInterfaces'] as const).map((kind) =>
        rows.reuse(new GroupNode(this, kind, resources, () => visibleCounts(resources, kind, rows.filter()))),
      ),
    );
  }

  reload(store: ResourceStore): 'redraw' {
    store.dropRegion(this.region.regionId);
    return 'redraw';
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
