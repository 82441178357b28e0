import * as vscode from 'vscode';
import { STUCK_AFTER_MINUTES } from '../domain/resourceStatus';
import type { EcsApi } from '../cloud/ecsApi';
import { KeptSelection } from './keptSelection';
import type { NetworkGrouping } from '../domain/settingValues';
import { MessageNode } from './nodes/messageNode';
import { RegionNode } from './nodes/regionNode';
import type { RowContext, TreeNode } from './nodes/treeNode';
import type { InstanceTypeInfo } from '../domain/instanceType';
import type { Subscription } from '../domain/emitter';
import { rowsShowing, rowsToRedrawAfterLoad } from './changedRows';
import { describeFilter } from '../domain/resourceFilter';
import { RedrawScheduler } from './redrawScheduler';
import { revealNetworkInterface } from './revealNetworkInterface';
import type { ResourceStore, StoreChange } from '../store/resourceStore';

/** The one tree of the resources view: it renders the store (regions, then instances with their ENIs, and ENIs). */
export class ResourceTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | TreeNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly loaded = new vscode.EventEmitter<void>();
  /** Fires whenever a list of a region finished loading (or failed); the poller listens. */
  readonly onDidLoad = this.loaded.event;
  /** While true the tree is empty, so that the view shows its welcome (sign in, select profile). */
  private welcome = false;
  /** Every node handed to VS Code, by id, so that a change can name the very object it showed. */
  private readonly nodes = new Map<string, TreeNode>();
  /** Groups whose rows went out while their list was still arriving. */
  private readonly partiallyShown = new Set<string>();
  private readonly scheduler = new RedrawScheduler((rows) => this.changed.fire(rows));
  private filterText = '';
  private readonly subscription: Subscription;
  private readonly keptSelection = new KeptSelection();
  private grouping: NetworkGrouping = 'flat';
  /** What rows are told to build the rows under them; it reads the filter and the grouping as they are when asked. */
  private readonly rows: RowContext;

  /** `redact` runs over ECS's words before a row shows them (a hostile endpoint may echo anything). */
  constructor(
    private readonly store: ResourceStore,
    private readonly redact: (text: string) => string,
    stuckAfterMinutes: () => number = () => STUCK_AFTER_MINUTES.default,
    private readonly instanceType: (instanceTypeId: string) => Promise<InstanceTypeInfo | undefined> = () => Promise.resolve(undefined),
  ) {
    this.subscription = store.onDidChange((change) => this.storeChanged(change));
    this.rows = {
      store,
      stuckAfterMinutes,
      filter: () => this.filterText,
      grouping: () => this.grouping,
      reuse: (row) => this.reuse(row),
      keptUnder: (parent, listedIds) => this.keptSelection.under(parent, listedIds, this.nodes),
      shownPartially: (row) => this.partiallyShown.add(row.id),
    };
  }

  get filter(): string {
    return this.filterText;
  }

  /** Shows the store again after it was pointed at another account or endpoint. */
  connect(api: EcsApi, regionIds: readonly string[]): void {
    this.welcome = false;
    this.store.connect(api, regionIds);
  }

  /**
   * Empties the tree (the view then shows its welcome) until the next `connect`; the store takes the account's
   * refusing API, so that nothing is read any more with the credentials of before.
   */
  showWelcome(api: EcsApi): void {
    this.welcome = true;
    this.store.connect(api, []);
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    if (describeFilter(this.filterText).some((term) => term.kind === 'sg')) {
      this.store.loaded().forEach((region) => void region.securityGroups.ensure());
    }
    this.changed.fire(undefined);
  }

  /** Network Interfaces listed flat, or by VPC and vSwitch. */
  setGrouping(grouping: NetworkGrouping): void {
    if (grouping !== this.grouping) {
      this.grouping = grouping;
      this.changed.fire(undefined);
    }
  }

  /** The selection moved: rows kept only for it go, their lists redrawn without them. */
  setSelection(nodes: readonly TreeNode[]): void {
    this.scheduler.redraw(this.keptSelection.select(nodes));
  }

  /** Loads again what is under `node` (everything without one); a resource's row reads that resource again. */
  refresh(node?: TreeNode): void {
    if (!node) {
      this.store.clear();
      return;
    }
    if (node.reload?.(this.store) !== 'told') {
      this.changed.fire(node);
    }
  }

  /** Walks down to an ENI's row (under its instance when attached, else under Network Interfaces) and selects it. */
  reveal(view: vscode.TreeView<TreeNode>, regionId: string, networkInterfaceId: string): Promise<void> {
    return revealNetworkInterface(this, this.store, view, regionId, networkInterfaceId);
  }

  private storeChanged(change: StoreChange): void {
    switch (change.kind) {
      case 'reset':
        this.nodes.clear();
        this.keptSelection.clear();
        this.scheduler.clear();
        this.partiallyShown.clear();
        this.changed.fire(undefined);
        return;
      case 'listSettled':
        this.scheduler.redraw(
          rowsToRedrawAfterLoad(this.store.region(change.regionId), change.list, this.nodes, this.partiallyShown, (id) =>
            this.scheduler.isAsking(id),
          ),
        );
        this.loaded.fire();
        return;
      case 'resources':
        this.scheduler.redraw(rowsShowing(change, this.nodes));
        return;
      case 'wholeListSettled': {
        // Agents arrived: only instance rows show them. Security-group names or vSwitches: the ENI rows name them, and
        // a filter matches by them.
        const lists = change.list === 'agents' ? ['instances'] : ['instances', 'networkInterfaces'];
        this.scheduler.redraw(lists.flatMap((list) => this.nodes.get(`region/${change.regionId}/${list}`) ?? []));
      }
    }
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return node.toTreeItem();
  }

  /**
   * An instance's tooltip is built when hovered (VS Code resolves only what a row left undefined): the addresses of
   * its ENIs, and its ENI slots once its type's limit is known. Rendering thousands of rows reads none of it.
   */
  async resolveTreeItem(item: vscode.TreeItem, node: TreeNode): Promise<vscode.TreeItem> {
    const tooltip = await node.hoverTooltip?.(this.instanceType);
    if (tooltip) {
      item.tooltip = tooltip;
    }
    return item;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  getChildren(node?: TreeNode): Promise<TreeNode[]> {
    return this.scheduler.answering(node?.id ?? '', async () => {
      try {
        const children = await this.childrenOf(node);
        children.forEach((child) => this.nodes.set(child.id, child));
        return children;
      } catch (error) {
        return [MessageNode.loadFailure(node, error, this.redact)];
      }
    });
  }

  /** True for a row of this tree (a command's argument may be anything another extension passed). */
  isNode(value: unknown): value is TreeNode {
    try {
      return typeof value === 'object' && value !== null && this.nodes.get((value as Partial<TreeNode>).id ?? '') === value;
    } catch {
      // A made-up value whose `id` throws (whatever it throws) is no row.
      return false;
    }
  }

  /** The node with this id, if the tree has shown it (for reveal by id). */
  nodeById(id: string): TreeNode | undefined {
    return this.nodes.get(id);
  }

  dispose(): void {
    this.scheduler.dispose();
    this.subscription.dispose();
    this.changed.dispose();
    this.loaded.dispose();
  }

  private async childrenOf(node: TreeNode | undefined): Promise<TreeNode[]> {
    if (node) {
      return (await node.children?.(this.rows)) ?? [];
    }
    if (this.welcome) {
      return [];
    }
    const shown = await this.store.shownRegions();
    if (shown.length === 0) {
      return [
        new MessageNode(undefined, 'empty', vscode.l10n.t('No regions selected'), vscode.l10n.t('Use Select Regions… in the view title')),
      ];
    }
    return shown.map((region) => this.reuse(new RegionNode(region)));
  }

  /** The node already shown under this id if there is one, so VS Code keeps its identity; else the new one. */
  private reuse<T extends TreeNode>(fresh: T): T {
    const known = this.nodes.get(fresh.id);
    if (known && known.constructor === fresh.constructor && known.readsFrom === fresh.readsFrom) {
      known.adopt?.(fresh);
      return known as T;
    }
    this.nodes.set(fresh.id, fresh);
    return fresh;
  }
}
