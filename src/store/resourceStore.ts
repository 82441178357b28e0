import type { EcsApi } from '../cloud/ecsApi';
import { EcsError, isEcsError } from '../cloud/ecsError';
import { isCredentialRejection } from '../domain/credentialSource';
import type { AgentStatus } from '../domain/cloudAssistant';
import { Emitter } from '../domain/emitter';
import type { Instance } from '../domain/instance';
import type { NetworkInterface } from '../domain/networkInterface';
import type { Region } from '../domain/region';
import type { SecurityGroup, VSwitch } from '../domain/network';
import type { ResourceList } from './resourceList';
import { type ListKind, type WholeListKind, RegionResources } from './regionResources';

/** What changed in the store, so that the view redraws only that. */
export type StoreChange =
  /** Another account, endpoint or set of regions, or a refresh of everything: nothing loaded before stays. */
  | { readonly kind: 'reset' }
  /** A list of a region finished loading, or failed. */
  | { readonly kind: 'listSettled'; readonly regionId: string; readonly list: ListKind }
  /** A network list of a region (vSwitches, security groups) finished loading, failed, or changed when read again. */
  | { readonly kind: 'wholeListSettled'; readonly regionId: string; readonly list: WholeListKind }
  /** Resources were read again; `reshaped` names the lists that lost or gained one of them. */
  | {
      readonly kind: 'resources';
      readonly regionId: string;
      readonly instanceIds: readonly string[];
      readonly networkInterfaceIds: readonly string[];
      readonly reshaped: readonly ListKind[];
    };

export interface FreshRead {
  readonly instances: Instance[];
  readonly networkInterfaces: NetworkInterface[];
}

/**
 * What the extension knows of the account: the regions, each region's instances and ENIs (loaded on demand and kept
 * until refreshed), fresh reads for commands, and events when any of it changes. The tree view renders it; commands
 * read through it. No VS Code here: it runs in plain Node.
 */
export class ResourceStore {
  private readonly changes = new Emitter<StoreChange>();
  readonly onDidChange = this.changes.event;
  private readonly refusals = new Emitter<EcsError>();
  /** ECS (or the credentials library) refused the credentials while loading: other credentials are the way forward. */
  readonly onDidRefuseCredentials = this.refusals.event;
  private regionList: Promise<Region[]> | undefined;
  private readonly resources = new Map<string, RegionResources>();

  constructor(
    private api: EcsApi,
    private shownIds: readonly string[],
  ) {}

  /** Points the store at another account, endpoint or set of regions; nothing of the previous one stays. */
  connect(api: EcsApi, regionIds: readonly string[]): void {
    this.api = api;
    this.shownIds = regionIds;
    this.clear();
  }

  /** Forgets everything loaded; it loads again when asked. */
  clear(): void {
    this.regionList = undefined;
    this.resources.forEach((resources) => resources.stop());
    this.resources.clear();
    this.changes.fire({ kind: 'reset' });
  }

  /** Forgets one region's lists (they load again when asked). */
  dropRegion(regionId: string): void {
    this.resources.get(regionId)?.stop();
    this.resources.delete(regionId);
  }

  /** The regions the view shows, with their names, in the order ECS lists them. */
  async shownRegions(): Promise<Region[]> {
    const asked = this.api;
    this.regionList ??= asked.describeRegions();
    const regions = await this.regionList.catch((error: unknown) => {
      // A refusal of the account of before (switched away meanwhile) says nothing of the account now.
      if (this.api === asked) {
        this.regionList = undefined;
        this.noticeRefusal(error);
      }
      throw error;
    });
    return regions.filter((region) => this.shownIds.includes(region.regionId));
  }

  /** A region's resources, created (not yet loaded) on first use. */
  region(regionId: string): RegionResources {
    let resources = this.resources.get(regionId);
    if (!resources) {
      const settled = (list: ListKind | WholeListKind, change: StoreChange): void => {
        if (this.resources.get(regionId) !== created) {
          return;
        }
        const state = created[list].state;
        if (state.kind === 'failed') {
          this.noticeRefusal(state.error);
        }
        this.changes.fire(change);
      };
      const created: RegionResources = new RegionResources(
        this.api,
        regionId,
        (list) => settled(list, { kind: 'listSettled', regionId, list }),
        (list) => settled(list, { kind: 'wholeListSettled', regionId, list }),
      );
      resources = created;
      this.resources.set(regionId, resources);
    }
    return resources;
  }

  /** The resources of a region, loaded whole (for commands and pickers); rejects with the load's error. */
  regionData(regionId: string): Promise<RegionResources> {
    return this.readRegion(regionId, async (resources) => {
      await Promise.all([resources.instances.complete(), resources.networkInterfaces.complete()]);
      return () => {
        for (const list of [resources.instances, resources.networkInterfaces]) {
          if (list.state.kind === 'failed') {
            throw list.state.error;
          }
        }
        return resources;
      };
    });
  }

  /**
   * Runs `read` on a region's resources, then `read`'s answer when the region is still the one read. Dropped meanwhile
   * (a refresh), the region is read again (what the drop cut short failed for that alone); when the account changed
   * too, it rejects as cancelled: another account's resources are not what was asked for.
   */
  private async readRegion<T>(regionId: string, read: (resources: RegionResources) => Promise<() => T>): Promise<T> {
    const api = this.api;
    const resources = this.region(regionId);
    const conclude = await read(resources).then(
      (answer) => answer,
      (error: unknown) => (): never => {
        throw error;
      },
    );
    if (this.resources.get(regionId) !== resources) {
      if (this.api !== api) {
        throw new EcsError('Cancelled', 'The account changed while the region was read.', undefined, undefined, undefined, 'List');
      }
      return this.readRegion(regionId, read);
    }
    return conclude();
  }

  /** Every region's resources that are loaded or loading. */
  loaded(): RegionResources[] {
    return [...this.resources.values()];
  }

  /** Reads resources from ECS now and keeps what ECS says; tells the view which rows changed; rejects on failure. */
  async readFresh(regionId: string, instanceIds: readonly string[], eniIds: readonly string[]): Promise<FreshRead> {
    const resources = this.region(regionId);
    const ownersBefore = eniIds.map((id) => resources.networkInterfaces.get(id)?.instanceId);
    const present = (): boolean[] => [
      ...instanceIds.map((id) => resources.instances.get(id) !== undefined),
      ...eniIds.map((id) => resources.networkInterfaces.get(id) !== undefined),
    ];
    const before = present();
    const [instances, networkInterfaces] = await Promise.all([
      instanceIds.length > 0 ? resources.rereadInstances(instanceIds) : Promise.resolve([]),
      eniIds.length > 0 ? resources.rereadNetworkInterfaces(eniIds) : Promise.resolve([]),
    ]);
    [...instanceIds, ...eniIds].forEach((id) => resources.readFailures.delete(id));
    const owners = [...ownersBefore, ...eniIds.map((id) => resources.networkInterfaces.get(id)?.instanceId)];
    const touched = new Set([...instanceIds, ...owners.filter((id): id is string => id !== undefined)]);
    const after = present();
    const changed = (from: number, to: number): boolean => after.slice(from, to).some((now, i) => now !== before[from + i]);
    const reshaped: ListKind[] = [];
    if (changed(0, instanceIds.length)) {
      reshaped.push('instances');
    }
    if (changed(instanceIds.length, after.length)) {
      reshaped.push('networkInterfaces');
    }
    this.changes.fire({ kind: 'resources', regionId, instanceIds: [...touched], networkInterfaceIds: eniIds, reshaped });
    return { instances, networkInterfaces };
  }

  /** One network interface as ECS has it now (undefined when it is gone), kept in the store; rejects on failure. */
  async freshNetworkInterface(regionId: string, networkInterfaceId: string): Promise<NetworkInterface | undefined> {
    return (await this.readFresh(regionId, [], [networkInterfaceId])).networkInterfaces[0];
  }

  /** One instance as ECS has it now (undefined when it is gone), kept in the store; rejects on failure. */
  async freshInstance(regionId: string, instanceId: string): Promise<Instance | undefined> {
    return (await this.readFresh(regionId, [instanceId], [])).instances[0];
  }

  /** The Cloud Assistant agents of these instances as ECS reports them now, kept in the store; rejects on failure. */
  async freshAgents(regionId: string, instanceIds: readonly string[]): Promise<AgentStatus[]> {
    const resources = this.region(regionId);
    const fresh = await this.api.describeCloudAssistantStatus(regionId, instanceIds);
    if (this.resources.get(regionId) === resources) {
      resources.agents.patch(fresh, instanceIds);
      this.changes.fire({ kind: 'wholeListSettled', regionId, list: 'agents' });
    }
    return fresh;
  }

  /** These instances and their agents as ECS has them now, read side by side, kept in the store; rejects on failure. */
  async freshInstancesWithAgents(
    regionId: string,
    instanceIds: readonly string[],
  ): Promise<{ instances: Instance[]; agents: AgentStatus[] }> {
    const [{ instances }, agents] = await Promise.all([this.readFresh(regionId, instanceIds, []), this.freshAgents(regionId, instanceIds)]);
    return { instances, agents };
  }

  /** A region's vSwitches as ECS has them now (their free addresses change), kept in the store; rejects on failure. */
  freshVSwitches(regionId: string): Promise<VSwitch[]> {
    return this.freshNetworkList(regionId, 'vSwitches', (resources) => resources.vSwitches);
  }

  /** A region's security groups as ECS has them now, kept in the store; rejects on failure. */
  freshSecurityGroups(regionId: string): Promise<SecurityGroup[]> {
    return this.freshNetworkList(regionId, 'securityGroups', (resources) => resources.securityGroups);
  }

  private freshNetworkList<T>(
    regionId: string,
    kind: WholeListKind,
    listOf: (resources: RegionResources) => ResourceList<T>,
  ): Promise<T[]> {
    return this.readRegion(regionId, async (resources) => {
      const list = listOf(resources);
      if (list.state.kind === 'failed') {
        list.reset();
      }
      // A loaded list is read again in place; one never loaded, loading, or reset meanwhile is loaded (its load says
      // when it settles).
      const reloaded = list.state.kind === 'loaded' ? await list.reload() : undefined;
      if (!reloaded) {
        await list.complete();
      }
      return () => {
        if (list.state.kind === 'failed') {
          throw list.state.error;
        }
        if (reloaded && (reloaded.changed.length > 0 || reloaded.reshaped)) {
          this.changes.fire({ kind: 'wholeListSettled', regionId, list: kind });
        }
        return list.items();
      };
    });
  }

  /**
   * Reads every loaded region's lists again in place (changes made elsewhere), telling the view only of the rows that
   * changed and the lists that gained or lost one, and of the network lists that changed. Rejects with the first failure, after every region was tried.
   */
  async reloadLoaded(): Promise<void> {
    const results = await Promise.allSettled(
      this.loaded()
        .filter((region) => !region.busy)
        .map(async (region) => {
          const [change, network] = await Promise.all([region.reload(), region.reloadWholeLists()]);
          if (change.instanceIds.length > 0 || change.networkInterfaceIds.length > 0 || change.reshaped.length > 0) {
            this.changes.fire({ kind: 'resources', regionId: region.regionId, ...change });
          }
          network.forEach((list) => this.changes.fire({ kind: 'wholeListSettled', regionId: region.regionId, list }));
        }),
    );
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) {
      this.noticeRefusal(failed.reason);
      throw failed.reason;
    }
  }

  /** Re-reads resources for the view (a row's refresh, the poller); a failure is kept per resource for its row to show. */
  async reread(regionId: string, instanceIds: readonly string[], eniIds: readonly string[]): Promise<void> {
    try {
      await this.readFresh(regionId, instanceIds, eniIds);
    } catch (error) {
      const { readFailures } = this.region(regionId);
      [...instanceIds, ...eniIds].forEach((id) => readFailures.set(id, error));
      this.changes.fire({ kind: 'resources', regionId, instanceIds, networkInterfaceIds: eniIds, reshaped: [] });
    }
  }

  /** The listeners of the store's events (the view, the poller, the API): a number that must not grow over time. */
  get listenerCount(): number {
    return this.changes.listenerCount + this.refusals.listenerCount;
  }

  dispose(): void {
    this.changes.dispose();
    this.refusals.dispose();
  }

  private noticeRefusal(error: unknown): void {
    if (isEcsError(error) && isCredentialRejection(error.code)) {
      this.refusals.fire(error);
    }
  }
}
