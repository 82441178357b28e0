import type { EcsApi } from '../cloud/ecsApi';
import type { Instance } from '../domain/instance';
import type { NetworkInterface } from '../domain/networkInterface';
import { sameData } from './sameData';

export type ListKind = 'instances' | 'networkInterfaces';

/** One list of a region as the tree sees it: not asked for yet, arriving page by page, complete, or failed. */
export type ListState<T> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading'; readonly items: ReadonlyMap<string, T>; readonly total: number }
  | { readonly kind: 'loaded'; readonly items: ReadonlyMap<string, T> }
  | { readonly kind: 'failed'; readonly error: unknown };

interface ListSource<T> {
  fetch(progress: (loaded: readonly T[], total: number) => void): Promise<T[]>;
  key(item: T): string;
}

/** A list that loads once, tells of its progress, and can be replaced or patched one item at a time. */
class ResourceList<T> {
  state: ListState<T> = { kind: 'idle' };
  private pending: Promise<void> | undefined;
  private generation = 0;
  /** The keys fresh reads patched while a reload was reading the list. */
  private patchedDuringReload: Set<string> | undefined;

  constructor(
    private readonly source: ListSource<T>,
    private readonly changed: () => void,
  ) {}

  get loading(): boolean {
    return this.pending !== undefined;
  }

  /** Starts the load unless it ran or runs; resolves when the first page (or the failure) is in. */
  ensure(): Promise<void> {
    if (this.state.kind !== 'idle') {
      return Promise.resolve();
    }
    const generation = ++this.generation;
    let firstPage: () => void = () => undefined;
    const first = new Promise<void>((resolve) => {
      firstPage = resolve;
    });
    // The list the pages arrive in grows in place: index only what each page added, not the whole list again.
    const arrived = new Map<string, T>();
    let indexed = 0;
    this.pending = this.source
      .fetch((loaded, total) => {
        for (const item of loaded.slice(indexed)) {
          arrived.set(this.source.key(item), item);
        }
        indexed = loaded.length;
        // The last page completes the list below; only a list with more to come shows as partial.
        if (generation === this.generation && loaded.length < total) {
          this.state = { kind: 'loading', items: arrived, total };
          firstPage();
        }
      })
      .then(
        (items) => {
          if (generation === this.generation) {
            this.state = { kind: 'loaded', items: this.index(items) };
          }
        },
        (error: unknown) => {
          if (generation === this.generation) {
            this.state = { kind: 'failed', error };
          }
        },
      )
      .finally(() => {
        if (generation === this.generation) {
          this.pending = undefined;
          firstPage();
          this.changed();
        }
      });
    return first;
  }

  /** Resolves when the whole list is in (or failed). */
  async complete(): Promise<void> {
    await this.ensure();
    await this.pending;
  }

  reset(): void {
    this.generation += 1;
    this.pending = undefined;
    this.state = { kind: 'idle' };
  }

  items(): T[] {
    return this.state.kind === 'loading' || this.state.kind === 'loaded' ? [...this.state.items.values()] : [];
  }

  get(key: string): T | undefined {
    return this.state.kind === 'loading' || this.state.kind === 'loaded' ? this.state.items.get(key) : undefined;
  }

  /** Replaces the given items (fresh reads) and drops the keys that no longer exist. */
  patch(fresh: readonly T[], asked: readonly string[]): void {
    if (this.state.kind !== 'loaded' && this.state.kind !== 'loading') {
      return;
    }
    asked.forEach((key) => this.patchedDuringReload?.add(key));
    const items = new Map(this.state.items);
    asked.forEach((key) => items.delete(key));
    fresh.forEach((item) => items.set(this.source.key(item), item));
    this.state = this.state.kind === 'loaded' ? { kind: 'loaded', items } : { ...this.state, items };
  }

  /**
   * Reads the whole list again while it stays loaded (no "Loading" in between), keeping the very objects of the
   * resources that did not change. Resolves with the keys that changed and whether any came or went; undefined when
   * the list was not loaded, or was reset meanwhile. What a fresh read patched meanwhile is newer and stays.
   */
  async reload(): Promise<{ readonly changed: string[]; readonly reshaped: boolean } | undefined> {
    if (this.state.kind !== 'loaded' || this.pending) {
      return undefined;
    }
    const generation = this.generation;
    const patched = new Set<string>();
    this.patchedDuringReload = patched;
    let fresh: T[];
    try {
      fresh = await this.source.fetch(() => undefined);
    } finally {
      this.patchedDuringReload = undefined;
    }
    if (generation !== this.generation || this.state.kind !== 'loaded') {
      return undefined;
    }
    const before = this.state.items;
    const items = new Map<string, T>();
    const changed: string[] = [];
    for (const item of fresh) {
      const key = this.source.key(item);
      const old = before.get(key);
      if (patched.has(key)) {
        if (old) {
          items.set(key, old);
        }
      } else if (old && sameData(old, item)) {
        items.set(key, old);
      } else {
        items.set(key, item);
        changed.push(key);
      }
    }
    // A resource a fresh read found meanwhile, but the list (read a moment before) did not.
    for (const key of patched) {
      const current = before.get(key);
      if (current && !items.has(key)) {
        items.set(key, current);
      }
    }
    const reshaped = items.size !== before.size || [...before.keys()].some((key) => !items.has(key));
    this.state = { kind: 'loaded', items };
    return { changed, reshaped };
  }

  private index(items: readonly T[]): Map<string, T> {
    return new Map(items.map((item) => [this.source.key(item), item]));
  }
}

/** The instances and ENIs of one region, loaded on demand and kept until refreshed. */
export class RegionResources {
  readonly instances: ResourceList<Instance>;
  readonly networkInterfaces: ResourceList<NetworkInterface>;
  /** Resources whose last re-read for the view failed, with the error, until a read of them succeeds. */
  readonly readFailures = new Map<string, unknown>();
  /** When the view first saw each ENI in its current status (for one that looks stuck attaching or detaching). */
  private readonly statusSeen = new Map<string, { readonly status: string; readonly since: number }>();

  constructor(
    private readonly api: EcsApi,
    readonly regionId: string,
    changed: (list: ListKind) => void,
  ) {
    this.instances = new ResourceList(
      {
        fetch: (progress) => api.listInstances(regionId, progress),
        key: (instance) => instance.instanceId,
      },
      () => changed('instances'),
    );
    this.networkInterfaces = new ResourceList(
      {
        fetch: (progress) => api.listNetworkInterfaces(regionId, progress),
        key: (eni) => eni.networkInterfaceId,
      },
      () => changed('networkInterfaces'),
    );
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
