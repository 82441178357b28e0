import * as vscode from 'vscode';
import { localCount } from '../ui/localized';
import { STUCK_AFTER_MINUTES } from '../domain/resourceStatus';
import type { EcsApi } from '../cloud/ecsApi';
import { GroupNode } from './nodes/groupNode';
import { InstanceNode } from './nodes/instanceNode';
import { KeptSelection } from './keptSelection';
import { VpcNode, VSwitchNode } from './nodes/networkGroupNodes';
import type { NetworkGrouping } from '../domain/settingValues';
import { networkChildren, vpcRows } from './networkRows';
import { MessageNode } from './nodes/messageNode';
import { NetworkInterfaceNode } from './nodes/networkInterfaceNode';
import { RegionNode } from './nodes/regionNode';
import type { TreeNode } from './nodes/treeNode';
import { showSameResources } from './nodes/sameResources';
import type { InstanceTypeInfo } from '../domain/instanceType';
import type { Subscription } from '../domain/emitter';
import { visibleCounts, visibleIds } from './filteredLists';
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

  /** `redact` runs over ECS's words before a row shows them (a hostile endpoint may echo anything). */
  constructor(
    private readonly store: ResourceStore,
    private readonly redact: (text: string) => string,
    private readonly stuckAfterMinutes: () => number = () => STUCK_AFTER_MINUTES.default,
    private readonly instanceType: (instanceTypeId: string) => Promise<InstanceTypeInfo | undefined> = () => Promise.resolve(undefined),
  ) {
    this.subscription = store.onDidChange((change) => this.storeChanged(change));
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
    if (node instanceof RegionNode) {
      this.store.dropRegion(node.region.regionId);
    } else if (node instanceof GroupNode) {
      (node.kind === 'instances' ? node.resources.instances : node.resources.networkInterfaces).reset();
    } else if (node instanceof InstanceNode) {
      void this.store.reread(node.regionId, [node.instanceId], []);
      return;
    } else if (node instanceof NetworkInterfaceNode) {
      void this.store.reread(node.regionId, [], [node.networkInterfaceId]);
      return;
    }
    this.changed.fire(node);
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
      case 'networkSettled':
        // Security-group names arrived: the ENI rows name them, and an `sg:` filter matches by them.
        this.scheduler.redraw(
          ['instances', 'networkInterfaces'].flatMap((list) => this.nodes.get(`region/${change.regionId}/${list}`) ?? []),
        );
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
    if (node instanceof InstanceNode && node.instance) {
      const info = await this.instanceType(node.instance.instanceType).catch(() => undefined);
      item.tooltip = node.tooltip(info && { used: node.parent.resources.attachedTo(node.instanceId).length, allowed: info.eniQuantity });
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
    if (!node && this.welcome) {
      return [];
    }
    if (!node) {
      const shown = await this.store.shownRegions();
      if (shown.length === 0) {
        return [
          new MessageNode(undefined, 'empty', vscode.l10n.t('No regions selected'), vscode.l10n.t('Use Select Regions… in the view title')),
        ];
      }
      return shown.map((region) => this.reuse(new RegionNode(region)));
    }
    if (node instanceof RegionNode) {
      const resources = this.store.region(node.region.regionId);
      return [
        this.reuse(new GroupNode(node, 'instances', resources, () => visibleCounts(resources, 'instances', this.filterText))),
        this.reuse(
          new GroupNode(node, 'networkInterfaces', resources, () => visibleCounts(resources, 'networkInterfaces', this.filterText)),
        ),
      ];
    }
    if (node instanceof GroupNode) {
      return this.groupChildren(node);
    }
    if (node instanceof VpcNode || node instanceof VSwitchNode) {
      const resources = node instanceof VpcNode ? node.parent.resources : node.parent.parent.resources;
      const shown = visibleIds(resources, 'networkInterfaces', this.filterText);
      const rows = await networkChildren(
        node,
        shown,
        this.filterText !== '',
        (vSwitch, id) => new NetworkInterfaceNode(vSwitch, resources, id, this.stuckAfterMinutes),
      );
      return rows.map((row) => this.reuse(row));
    }
    if (node instanceof InstanceNode) {
      const resources = node.parent.resources;
      await resources.networkInterfaces.complete();
      if (resources.networkInterfaces.state.kind === 'failed') {
        throw resources.networkInterfaces.state.error;
      }
      const attached = resources.attachedTo(node.instanceId).map((eni) => eni.networkInterfaceId);
      const rows = [
        ...attached.map((id) => this.reuse(new NetworkInterfaceNode(node, resources, id, this.stuckAfterMinutes))),
        ...this.keptSelection.under(node, attached, this.nodes),
      ];
      return rows.length > 0 ? rows : [new MessageNode(node, 'empty', vscode.l10n.t('No network interfaces attached'), '')];
    }
    return [];
  }

  private async groupChildren(group: GroupNode): Promise<TreeNode[]> {
    const list = group.kind === 'instances' ? group.resources.instances : group.resources.networkInterfaces;
    if (group.kind === 'networkInterfaces') {
      // ENI rows name the instance they are attached to and their security groups, so those load alongside.
      void group.resources.instances.ensure();
      void group.resources.securityGroups.ensure();
    }
    await list.ensure();
    const state = list.state;
    if (state.kind === 'failed') {
      throw state.error;
    }
    const ids = visibleIds(group.resources, group.kind, this.filterText);
    if (group.kind === 'networkInterfaces' && this.grouping === 'network' && ids.length > 0) {
      return (await vpcRows(group, ids, this.filterText !== '')).map((row) => this.reuse(row));
    }
    const children: TreeNode[] = ids.map((id) =>
      group.kind === 'instances'
        ? this.reuse(new InstanceNode(group, id))
        : this.reuse(new NetworkInterfaceNode(group, group.resources, id, this.stuckAfterMinutes)),
    );
    children.push(...this.keptSelection.under(group, ids, this.nodes));
    if (state.kind === 'loading') {
      this.partiallyShown.add(group.id);
      children.push(
        new MessageNode(
          group,
          'loading',
          vscode.l10n.t('Loading more…'),
          vscode.l10n.t('{0} of {1}', localCount(list.items().length), localCount(state.total)),
        ),
      );
    } else if (children.length === 0) {
      const empty = this.filterText
        ? vscode.l10n.t('Nothing matches “{0}”', this.filterText)
        : group.kind === 'instances'
          ? vscode.l10n.t('No instances in this region')
          : vscode.l10n.t('No network interfaces in this region');
      children.push(new MessageNode(group, 'empty', empty, ''));
    }
    return children;
  }

  /** The node already shown under this id if there is one, so VS Code keeps its identity; else the new one. */
  private reuse<T extends TreeNode>(fresh: T): T {
    const known = this.nodes.get(fresh.id);
    if (known && known.constructor === fresh.constructor && showSameResources(known, fresh)) {
      known.adopt?.(fresh);
      return known as T;
    }
    this.nodes.set(fresh.id, fresh);
    return fresh;
  }
}
