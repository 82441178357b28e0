import type { Instance } from '../domain/instance';
import type { NetworkInterface } from '../domain/networkInterface';
import { type Filterable, matchesFilter } from '../domain/resourceFilter';
import type { ListKind, ListState, RegionResources } from './regionResources';

const instanceFilterable = (i: Instance): Filterable => ({
  id: i.instanceId,
  name: i.instanceName,
  ips: [i.privateIpAddress],
  tags: i.tags,
  status: i.status,
});
const eniFilterable = (e: NetworkInterface): Filterable => ({
  id: e.networkInterfaceId,
  name: e.networkInterfaceName,
  ips: [e.privateIpAddress],
  tags: e.tags,
  status: e.status,
});

/** The last filtering of each list state: a group's rows and its count ask for the same, once per change of either. */
const lastFiltered = new WeakMap<object, { readonly filter: string; readonly ids: readonly string[] }>();

function filtered<T>(
  state: ListState<T>,
  items: () => T[],
  filter: string,
  filterable: (item: T) => Filterable,
  id: (item: T) => string,
): readonly string[] {
  const known = lastFiltered.get(state);
  if (known?.filter === filter) {
    return known.ids;
  }
  const ids = items()
    .filter((item) => matchesFilter(filterable(item), filter))
    .map(id);
  lastFiltered.set(state, { filter, ids });
  return ids;
}

/** The ids of a list's resources that match the filter, in the list's order. */
export function visibleIds(resources: RegionResources, kind: ListKind, filter: string): readonly string[] {
  return kind === 'instances'
    ? filtered(
        resources.instances.state,
        () => resources.instances.items(),
        filter,
        instanceFilterable,
        (i) => i.instanceId,
      )
    : filtered(
        resources.networkInterfaces.state,
        () => resources.networkInterfaces.items(),
        filter,
        eniFilterable,
        (e) => e.networkInterfaceId,
      );
}
