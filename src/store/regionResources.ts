import type { EcsApi } from '../cloud/ecsApi';
import type { AgentStatus } from '../domain/cloudAssistant';
import type { Instance } from '../domain/instance';
import type { SecurityGroup, VSwitch } from '../domain/network';
import type { NetworkInterface } from '../domain/networkInterface';
import { ResourceList } from './resourceList';

export type { ListState } from './resourceList';

export type ListKind = 'instances' | 'networkInterfaces';
/** The lists of a region read whole (no pages to show) and only when something needs them. */
export type WholeListKind = 'vSwitches' | 'securityGroups' | 'agents';

/** The instances and ENIs of one region, and its vSwitches and security groups, loaded on demand and kept until refreshed. */
export class RegionResources {
  readonly instances: ResourceList<Instance>;
  readonly networkInterfaces: ResourceList<NetworkInterface>;
  readonly vSwitches: ResourceList<VSwitch>;
  readonly securityGroups: ResourceList<SecurityGroup>;
  /** Each instance's Cloud Assistant agent: online or not, its version. */
  readonly agents: ResourceList<AgentStatus>;
  /** Resources whose last re-read for the view failed, with the error, until a read of them succeeds. */
  readonly readFailures = new Map<string, unknown>();
  /** When the view first saw each ENI in its current status (for one that looks stuck attaching or detaching). */
  private readonly statusSeen = new Map<string, { readonly status: string; readonly since: number }>();

  constructor(
    private readonly api: EcsApi,
    readonly regionId: string,
    changed: (list: ListKind) => void,
    wholeListChanged: (list: WholeListKind) => void = () => undefined,
  ) {
    this.instances = new ResourceList(
      {
        fetch: (progress, signal) => api.listInstances(regionId, progress, signal),
        key: (instance) => instance.instanceId,
      },
      () => changed('instances'),
    );
    this.networkInterfaces = new ResourceList(
      {
        fetch: (progress, signal) => api.listNetworkInterfaces(regionId, progress, signal),
        key: (eni) => eni.networkInterfaceId,
      },
      () => changed('networkInterfaces'),
    );
    this.vSwitches = new ResourceList(
      { fetch: (_progress, signal) => api.listVSwitches(regionId, signal), key: (vSwitch) => vSwitch.vSwitchId },
      () => wholeListChanged('vSwitches'),
    );
    this.securityGroups = new ResourceList({ fetch: () => api.listSecurityGroups(regionId), key: (group) => group.securityGroupId }, () =>
      wholeListChanged('securityGroups'),
    );
    this.agents = new ResourceList({ fetch: () => api.describeCloudAssistantStatus(regionId), key: (agent) => agent.instanceId }, () =>
      wholeListChanged('agents'),
    );
  }

  /** The security group's name; undefined while the groups are not loaded, or for a group they do not hold. */
  securityGroupName(securityGroupId: string): string | undefined {
    return this.securityGroups.get(securityGroupId)?.securityGroupName;
  }

  /** The region is forgotten: reads still under way stop asking for pages. */
  stop(): void {
    [this.instances, this.networkInterfaces, this.vSwitches, this.securityGroups, this.agents].forEach((list) => list.stop());
  }

  get busy(): boolean {
    return this.instances.loading || this.networkInterfaces.loading;
  }

  /** When the ENI was first seen in the status it has now (`now` the first time it is asked). */
  statusSince(eni: NetworkInterface, now: number): number {
    const seen = this.statusSeen.get(eni.networkInterfaceId);
    if (seen?.status === eni.status) {
      return seen.since;
    }
    this.statusSeen.set(eni.networkInterfaceId, { status: eni.status, since: now });
    return now;
  }

  /** The ENIs attached to an instance, primary first, then by device index. */
  attachedTo(instanceId: string): NetworkInterface[] {
    return this.networkInterfaces
      .items()
      .filter((eni) => eni.instanceId === instanceId)
      .sort(
        (a, b) =>
          Number(b.type === 'Primary') - Number(a.type === 'Primary') ||
          (a.deviceIndex ?? 99) - (b.deviceIndex ?? 99) ||
          a.networkInterfaceId.localeCompare(b.networkInterfaceId),
      );
  }

  /** Both lists read again in place; what changed in each. */
  async reload(): Promise<{ instanceIds: string[]; networkInterfaceIds: string[]; reshaped: ListKind[] }> {
    const ownerBefore = new Map(this.networkInterfaces.items().map((eni) => [eni.networkInterfaceId, eni.instanceId]));
    const [instances, enis] = await Promise.all([this.instances.reload(), this.networkInterfaces.reload()]);
    // An ENI that moved redraws the instances it left and joined (their children).
    const owners = (enis?.changed ?? []).flatMap((id) => [ownerBefore.get(id) ?? '', this.networkInterfaces.get(id)?.instanceId ?? '']);
    return {
      instanceIds: [...new Set([...(instances?.changed ?? []), ...owners.filter(Boolean)])],
      networkInterfaceIds: enis?.changed ?? [],
      reshaped: [...(instances?.reshaped ? ['instances' as const] : []), ...(enis?.reshaped ? ['networkInterfaces' as const] : [])],
    };
  }

  /** The loaded network lists read again in place (a vSwitch's free addresses change); the lists that changed. */
  async reloadWholeLists(): Promise<WholeListKind[]> {
    const kinds = ['vSwitches', 'securityGroups', 'agents'] as const;
    const results = await Promise.all(kinds.map((kind) => this[kind].reload()));
    return kinds.filter((_kind, index) => {
      const result = results[index];
      return result !== undefined && (result.changed.length > 0 || result.reshaped);
    });
  }

  async rereadInstances(ids: readonly string[]): Promise<Instance[]> {
    const fresh = await this.api.getInstances(this.regionId, ids);
    this.instances.patch(fresh, ids);
    return fresh;
  }

  async rereadNetworkInterfaces(ids: readonly string[]): Promise<NetworkInterface[]> {
    const fresh = await this.api.getNetworkInterfaces(this.regionId, ids);
    this.networkInterfaces.patch(fresh, ids);
    return fresh;
  }
}
