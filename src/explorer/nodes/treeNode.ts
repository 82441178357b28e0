import type * as vscode from 'vscode';
import type { InstanceTypeInfo } from '../../domain/instanceType';
import type { Region } from '../../domain/region';
import type { NetworkGrouping } from '../../domain/settingValues';
import type { RegionResources } from '../../store/regionResources';
import type { ResourceStore } from '../../store/resourceStore';

/** A row of the resources view. `id` is hierarchical and stable, so expansion and `reveal` survive refreshes. */
export interface TreeNode {
  readonly id: string;
  readonly parent: TreeNode | undefined;
  /** What the row reads its data from (its region, or the region's resources): a row is reused only while that stays. */
  readonly readsFrom?: object;
  /** A resource row whose resource left its list, or an ENI row under an instance it is no longer attached to. */
  readonly gone?: boolean;
  toTreeItem(): vscode.TreeItem;
  /** Takes the data of a newer node of the same id, when the view keeps this one (rows that hold a snapshot). */
  adopt?(fresher: TreeNode): void;
  /** The rows under this one, as the store and the filter have them now; a leaf has none. */
  children?(rows: RowContext): Promise<TreeNode[]>;
  /** Reads again what the row shows: `redraw` when the view must ask the row again now, `told` when the store will. */
  reload?(store: ResourceStore): 'redraw' | 'told';
  /** A tooltip built only when the row is hovered, for a row whose tooltip needs reads that rendering must not wait for. */
  hoverTooltip?(
    instanceType: (instanceTypeId: string) => Promise<InstanceTypeInfo | undefined>,
  ): Promise<vscode.MarkdownString | undefined>;
}

/** What a row needs from the tree to build the rows under it. */
export interface RowContext {
  readonly store: ResourceStore;
  readonly filter: () => string;
  readonly grouping: () => NetworkGrouping;
  readonly stuckAfterMinutes: () => number;
  /** The row shown before under the same id when it reads from the same data (VS Code keeps its identity), else `row`. */
  reuse<T extends TreeNode>(row: T): T;
  /** The selected rows under `parent` whose resources are no longer among `listedIds`: they stay until deselected. */
  keptUnder(parent: TreeNode, listedIds: readonly string[]): TreeNode[];
  /** `row`'s children went out while its list was still arriving, so it is redrawn when the list is complete. */
  shownPartially(row: TreeNode): void;
}

/** The row of a region. */
export interface RegionRow extends TreeNode {
  readonly region: Region;
}

/** A row listing a region's resources (Instances, Network Interfaces): the rows under it read from its `resources`. */
export interface RegionListRow extends TreeNode {
  readonly regionId: string;
  readonly resources: RegionResources;
}
