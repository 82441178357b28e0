import * as vscode from 'vscode';
import type { EcsApi } from '../cloud/ecsApi';
import { type EcsError, isEcsError } from '../cloud/ecsError';
import { isCredentialRejection } from '../domain/credentialSource';
import type { Instance } from '../domain/instance';
import type { NetworkInterface } from '../domain/networkInterface';
import type { Region } from '../domain/region';
import { type Filterable, matchesFilter } from '../domain/resourceFilter';
import { GroupNode } from './nodes/groupNode';
import { InstanceNode } from './nodes/instanceNode';
import { MessageNode } from './nodes/messageNode';
import { NetworkInterfaceNode } from './nodes/networkInterfaceNode';
import { RegionNode } from './nodes/regionNode';
import type { TreeNode } from './nodes/treeNode';
import { RegionResources } from './regionResources';
import { localExplain } from '../ui/localized';

const instanceFilterable = (i: Instance): Filterable =>
  ({ id: i.instanceId, name: i.instanceName, ips: [i.privateIpAddress], tags: i.tags });
const eniFilterable = (e: NetworkInterface): Filterable =>
  ({ id: e.networkInterfaceId, name: e.networkInterfaceName, ips: [e.privateIpAddress], tags: e.tags });

/** An error row's words: the code and what it means, with ECS's own message; a library's text stays in the log. */
function failureText(error: unknown): { code: string; message: string } {
  const code = isEcsError(error) ? error.code : 'UnknownError';
  const detail = isEcsError(error) ? error.detail : undefined;
  const meaning = localExplain(code).meaning;
  return { code, message: detail && detail !== meaning ? `${meaning} ${detail}` : meaning };
}

/** The one tree of the resources view: regions, then instances (with their ENIs) and network interfaces. */
export class ResourceTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | TreeNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly loaded = new vscode.EventEmitter<void>();
  /** Fires whenever a list of a region finished loading (or failed); the poller listens. */
  readonly onDidLoad = this.loaded.event;
  private readonly refused = new vscode.EventEmitter<EcsError>();
  /** Fires when ECS refused the credentials (or there were none): other credentials are the way forward. */
  readonly onDidRefuseCredentials = this.refused.event;
  /** While true the tree is empty, so that the view shows its welcome (sign in, select profile). */
  private welcome = false;

  private regions: Promise<Region[]> | undefined;
  private readonly resources = new Map<string, RegionResources>();
  /** Every node handed to VS Code, by id, so that a change can name the very object it showed. */
  private readonly nodes = new Map<string, TreeNode>();
  /** getChildren calls not yet answered, by the id of the row asked about ('' for the root). */
  private readonly asking = new Map<string, number>();
  /** Groups whose rows went out while their list was still arriving. */
  private readonly partiallyShown = new Set<string>();
  /** Rows to redraw once nothing under them is being asked for. */
  private readonly deferred = new Set<TreeNode>();
  private deferTimer: NodeJS.Timeout | undefined;
  private filterText = '';

  constructor(private api: EcsApi, private regionIds: readonly string[]) {}

  get filter(): string {
    return this.filterText;
  }

  /** Points the tree at another account or endpoint; nothing of the previous one stays on screen. */
  connect(api: EcsApi, regionIds: readonly string[]): void {
    this.api = api;
    this.regionIds = regionIds;
    this.welcome = false;
    this.refresh();
  }

  /** Empties the tree (the view then shows its welcome) until the next `connect`. */
  showWelcome(): void {
    this.welcome = true;
    this.refresh();
  }

  setRegionIds(regionIds: readonly string[]): void {
    this.regionIds = regionIds;
    this.refresh();
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    this.changed.fire(undefined);
  }

  /** Drops what was loaded under `node` (everything without one) and shows it again. */
  refresh(node?: TreeNode): void {
    if (!node) {
      this.regions = undefined;
      this.resources.clear();
      this.nodes.clear();
      this.deferred.clear();
      this.partiallyShown.clear();
    } else if (node instanceof RegionNode) {
      this.resources.delete(node.region.regionId);
    } else if (node instanceof GroupNode) {
      (node.kind === 'instances' ? node.resources.instances : node.resources.networkInterfaces).reset();
    } else if (node instanceof InstanceNode) {
      void this.reread(node.parent.resources, [node.instanceId], []);
      return;
    } else if (node instanceof NetworkInterfaceNode) {
      void this.reread(node.resources, [], [node.networkInterfaceId]);
      return;
    }
    this.changed.fire(node);
  }

  /** The resources of a region, loading them if the tree has not yet (for commands and pickers). */
  async regionData(regionId: string): Promise<RegionResources> {
    const resources = this.regionResources(regionId);
    await Promise.all([resources.instances.complete(), resources.networkInterfaces.complete()]);
    for (const list of [resources.instances, resources.networkInterfaces]) {
      if (list.state.kind === 'failed') {
        throw list.state.error;
      }
    }
    return resources;
  }

  /** The regions the view shows, with their names (for the palette's region picker). */
  async shownRegions(): Promise<Region[]> {
    this.regions ??= this.api.describeRegions();
    const regions = await this.regions.catch((error: unknown) => {
      this.regions = undefined;
      throw error;
    });
    return regions.filter((region) => this.regionIds.includes(region.regionId));
  }

  /** Walks down to an ENI's row (under its instance when attached, else under Network Interfaces) and selects it. */
  async reveal(view: vscode.TreeView<TreeNode>, regionId: string, networkInterfaceId: string): Promise<void> {
    const region = (await this.getChildren()).find((node) => node instanceof RegionNode && node.region.regionId === regionId);
    if (!region) {
      return;
    }
    const groups = await this.getChildren(region);
    const eni = this.resources.get(regionId)?.networkInterfaces.get(networkInterfaceId);
    const instanceGroup = groups.find((node) => node instanceof GroupNode && node.kind === 'instances');
    if (eni?.instanceId && instanceGroup) {
      const instance = (await this.getChildren(instanceGroup)).find((node) => node instanceof InstanceNode && node.instanceId === eni.instanceId);
      const row = instance && (await this.getChildren(instance)).find((node) => node instanceof NetworkInterfaceNode && node.networkInterfaceId === networkInterfaceId);
      if (row) {
        await view.reveal(row, { select: true, focus: true, expand: true });
        return;
      }
    }
    const eniGroup = groups.find((node) => node instanceof GroupNode && node.kind === 'networkInterfaces');
    const row = eniGroup && (await this.getChildren(eniGroup)).find((node) => node instanceof NetworkInterfaceNode && node.networkInterfaceId === networkInterfaceId);
    if (row) {
      await view.reveal(row, { select: true, focus: true });
    }
  }

  /** Every region's resources that are loaded or loading (for the poller). */
  loadedRegions(): RegionResources[] {
    return [...this.resources.values()];
  }

  /** Re-reads some resources and redraws only their rows (and the instances whose ENIs changed); a failure leaves them. */
  async reread(resources: RegionResources, instanceIds: readonly string[], eniIds: readonly string[]): Promise<void> {
    try {
      await this.readFresh(resources.regionId, instanceIds, eniIds);
    } catch {
      // The rows stay as they were; the next refresh or poll tries again.
    }
  }

  /** Reads resources from ECS now, updates the tree's copy and redraws their rows; returns what ECS has. */
  async readFresh(regionId: string, instanceIds: readonly string[], eniIds: readonly string[]): Promise<{ instances: Instance[]; networkInterfaces: NetworkInterface[] }> {
    const resources = this.regionResources(regionId);
    const before = new Map(eniIds.map((id) => [id, resources.networkInterfaces.get(id)?.instanceId]));
    const [instances, networkInterfaces] = await Promise.all([
      instanceIds.length > 0 ? resources.rereadInstances(instanceIds) : Promise.resolve([]),
      eniIds.length > 0 ? resources.rereadNetworkInterfaces(eniIds) : Promise.resolve([]),
    ]);
    const touchedInstances = new Set(instanceIds);
    for (const id of eniIds) {
      [before.get(id), resources.networkInterfaces.get(id)?.instanceId].forEach((owner) => owner && touchedInstances.add(owner));
    }
    const ids = new Set([...touchedInstances, ...eniIds]);
    const changed: TreeNode[] = [...this.nodes.values()].filter((node) =>
      (node instanceof InstanceNode && node.regionId === regionId && ids.has(node.instanceId))
      || (node instanceof NetworkInterfaceNode && node.regionId === regionId && ids.has(node.networkInterfaceId)));
    // A resource that is gone leaves its list: redraw the list itself.
    const gone = (kind: 'instances' | 'networkInterfaces', asked: readonly string[]): boolean =>
      asked.some((id) => (kind === 'instances' ? resources.instances.get(id) : resources.networkInterfaces.get(id)) === undefined);
    for (const kind of ['instances', 'networkInterfaces'] as const) {
      const group = this.nodes.get(`region/${regionId}/${kind}`);
      if (group && gone(kind, kind === 'instances' ? instanceIds : eniIds)) {
        changed.push(group);
      }
    }
    this.redraw(changed);
    return { instances, networkInterfaces };
  }

  /**
   * Redraws these rows. A redraw covers everything under a row, and VS Code refuses a row registered twice
   * ("already registered"): so only the topmost rows are named, and a row whose children (or deeper rows) VS Code
   * is still asking for waits until they are answered.
   */
  private redraw(nodes: Iterable<TreeNode>): void {
    const named = new Set(nodes);
    const topmost = [...named].filter((node) => {
      for (let up = node.parent; up; up = up.parent) {
        if (named.has(up)) {
          return false;
        }
      }
      return true;
    });
    const busy = (node: TreeNode): boolean =>
      [...this.asking.keys()].some((id) => id === node.id || id.startsWith(`${node.id}/`));
    const now = topmost.filter((node) => !busy(node));
    topmost.filter(busy).forEach((node) => this.deferred.add(node));
    if (now.length > 0) {
      this.changed.fire(now);
    }
    if (this.deferred.size > 0 && !this.deferTimer) {
      this.deferTimer = setTimeout(() => {
        this.deferTimer = undefined;
        const waiting = [...this.deferred];
        this.deferred.clear();
        this.redraw(waiting);
      }, 20);
    }
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return node.toTreeItem();
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const key = node?.id ?? '';
    this.asking.set(key, (this.asking.get(key) ?? 0) + 1);
    try {
      const children = await this.childrenOf(node);
      children.forEach((child) => this.nodes.set(child.id, child));
      return children;
    } catch (error) {
      if (isEcsError(error) && isCredentialRejection(error.code)) {
        this.refused.fire(error);
      }
      const { code, message } = failureText(error);
      return [new MessageNode(node, 'error', vscode.l10n.t("Couldn't load: {0}", code), message)];
    } finally {
      const left = (this.asking.get(key) ?? 1) - 1;
      if (left > 0) {
        this.asking.set(key, left);
      } else {
        this.asking.delete(key);
      }
    }
  }

  /** The node with this id, if the tree has shown it (for reveal by id). */
  nodeById(id: string): TreeNode | undefined {
    return this.nodes.get(id);
  }

  dispose(): void {
    clearTimeout(this.deferTimer);
    this.changed.dispose();
    this.loaded.dispose();
    this.refused.dispose();
  }

  private async childrenOf(node: TreeNode | undefined): Promise<TreeNode[]> {
    if (!node && this.welcome) {
      return [];
    }
    if (!node) {
      this.regions ??= this.api.describeRegions();
      const regions = await this.regions.catch((error: unknown) => {
        this.regions = undefined;
        throw error;
      });
      const shown = regions.filter((region) => this.regionIds.includes(region.regionId));
      if (shown.length === 0) {
        return [new MessageNode(undefined, 'empty', vscode.l10n.t('No regions selected'),
          vscode.l10n.t('Use Select Regions… in the view title'))];
      }
      return shown.map((region) => this.reuse(new RegionNode(region)));
    }
    if (node instanceof RegionNode) {
      const resources = this.regionResources(node.region.regionId);
      return [
        this.reuse(new GroupNode(node, 'instances', resources, () => this.counts(resources, 'instances'))),
        this.reuse(new GroupNode(node, 'networkInterfaces', resources, () => this.counts(resources, 'networkInterfaces'))),
      ];
    }
    if (node instanceof GroupNode) {
      return this.groupChildren(node);
    }
    if (node instanceof InstanceNode) {
      const resources = node.parent.resources;
      await resources.networkInterfaces.complete();
      if (resources.networkInterfaces.state.kind === 'failed') {
        throw resources.networkInterfaces.state.error;
      }
      const attached = resources.attachedTo(node.instanceId);
      return attached.length > 0
        ? attached.map((eni) => this.reuse(new NetworkInterfaceNode(node, resources, eni.networkInterfaceId)))
        : [new MessageNode(node, 'empty', vscode.l10n.t('No network interfaces attached'), '')];
    }
    return [];
  }

  private async groupChildren(group: GroupNode): Promise<TreeNode[]> {
    const list = group.kind === 'instances' ? group.resources.instances : group.resources.networkInterfaces;
    if (group.kind === 'networkInterfaces') {
      // ENI rows name the instance they are attached to, so the instances load alongside.
      void group.resources.instances.ensure();
    }
    await list.ensure();
    const state = list.state;
    if (state.kind === 'failed') {
      throw state.error;
    }
    const all = group.kind === 'instances'
      ? group.resources.instances.items().filter((i) => matchesFilter(instanceFilterable(i), this.filterText))
        .map((i) => this.reuse(new InstanceNode(group, i.instanceId)))
      : group.resources.networkInterfaces.items().filter((e) => matchesFilter(eniFilterable(e), this.filterText))
        .map((e) => this.reuse(new NetworkInterfaceNode(group, group.resources, e.networkInterfaceId)));
    const children: TreeNode[] = all;
    if (state.kind === 'loading') {
      this.partiallyShown.add(group.id);
      children.push(new MessageNode(group, 'loading', vscode.l10n.t('Loading more…'),
        vscode.l10n.t('{0} of {1}', list.items().length.toLocaleString('en-US'), state.total.toLocaleString('en-US'))));
    } else if (children.length === 0) {
      const empty = this.filterText
        ? vscode.l10n.t('Nothing matches “{0}”', this.filterText)
        : group.kind === 'instances' ? vscode.l10n.t('No instances in this region') : vscode.l10n.t('No network interfaces in this region');
      children.push(new MessageNode(group, 'empty', empty, ''));
    }
    return children;
  }

  /**
   * After a list of a region loaded: its group (for the count and the rest of the rows) and the ENI rows that name
   * instances. After a failure, only a group that showed a partial list: its getChildren has shown the error already.
   */
  private rowsToRedrawAfterLoad(regionId: string, kind: 'instances' | 'networkInterfaces'): TreeNode[] {
    const resources = this.resources.get(regionId);
    const rows: TreeNode[] = [];
    for (const name of kind === 'instances' ? ['instances', 'networkInterfaces'] as const : ['networkInterfaces'] as const) {
      const id = `region/${regionId}/${name}`;
      const node = this.nodes.get(id);
      const partial = this.partiallyShown.delete(id);
      // A group whose own request is still waiting gets the whole list from it; redrawing it as well would race
      // with the user expanding one of its rows.
      const answersItself = name === kind && this.asking.has(id);
      if (node && (partial || (resources?.[name].state.kind === 'loaded' && !answersItself))) {
        rows.push(node);
      }
    }
    return rows;
  }

  private counts(resources: RegionResources, kind: 'instances' | 'networkInterfaces'): { shown: number; total: number } | undefined {
    const list = kind === 'instances' ? resources.instances : resources.networkInterfaces;
    if (list.state.kind !== 'loaded') {
      return undefined;
    }
    const shown = kind === 'instances'
      ? resources.instances.items().filter((i) => matchesFilter(instanceFilterable(i), this.filterText)).length
      : resources.networkInterfaces.items().filter((e) => matchesFilter(eniFilterable(e), this.filterText)).length;
    return { shown, total: list.state.items.size };
  }

  private regionResources(regionId: string): RegionResources {
    let resources = this.resources.get(regionId);
    if (!resources) {
      const created = new RegionResources(this.api, regionId, (kind) => {
        if (this.resources.get(regionId) !== created) {
          return;
        }
        this.redraw(this.rowsToRedrawAfterLoad(regionId, kind));
        this.loaded.fire();
      });
      resources = created;
      this.resources.set(regionId, resources);
    }
    return resources;
  }

  /** The node already shown under this id if there is one, so VS Code keeps its identity; else the new one. */
  private reuse<T extends TreeNode>(fresh: T): T {
    const known = this.nodes.get(fresh.id);
    if (known && known.constructor === fresh.constructor && this.sameStore(known, fresh)) {
      return known as T;
    }
    this.nodes.set(fresh.id, fresh);
    return fresh;
  }

  private sameStore(a: TreeNode, b: TreeNode): boolean {
    const store = (node: TreeNode): RegionResources | undefined =>
      node instanceof GroupNode ? node.resources
        : node instanceof InstanceNode ? node.parent.resources
          : node instanceof NetworkInterfaceNode ? node.resources : undefined;
    return store(a) === store(b) && (!(a instanceof RegionNode) || a.region === (b as RegionNode).region);
  }
}
