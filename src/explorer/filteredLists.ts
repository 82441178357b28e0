import type { Instance } from '../domain/instance';
import { type NetworkInterface, networkInterfaceAddresses } from '../domain/networkInterface';
import { compileFilter, describeFilter, type Filterable, type FilterableSecurityGroup } from '../domain/resourceFilter';
import type { ListKind, ListState, RegionResources } from '../store/regionResources';

const securityGroups = (resources: RegionResources, ids: readonly string[]): FilterableSecurityGroup[] =>
  ids.map((id) => ({ id, name: resources.securityGroupName(id) ?? '' }));

function instanceFilterable(resources: RegionResources, i: Instance, enis: ReadonlyMap<string, NetworkInterface[]>): Filterable {
  return {
    id: i.instanceId,
    name: i.instanceName,
    ips: [...new Set([i.privateIpAddress, ...(enis.get(i.instanceId) ?? []).flatMap(networkInterfaceAddresses)])],
    tags: i.tags,
    status: i.status,
    vpcId: i.vpcId,
    vSwitchId: i.vSwitchId,
    zoneId: i.zoneId,
    securityGroups: securityGroups(resources, i.securityGroupIds),
  };
}
const eniFilterable = (resources: RegionResources, e: NetworkInterface): Filterable => ({
  id: e.networkInterfaceId,
  name: e.networkInterfaceName,
  ips: networkInterfaceAddresses(e),
  tags: e.tags,
  status: e.status,
  vpcId: e.vpcId,
  vSwitchId: e.vSwitchId,
  zoneId: e.zoneId,
  securityGroups: securityGroups(resources, e.securityGroupIds),
});

/** The ENIs of each instance: an instance's addresses are its own and those of the ENIs attached to it. */
function enisByInstance(enis: readonly NetworkInterface[]): Map<string, NetworkInterface[]> {
  const byInstance = new Map<string, NetworkInterface[]>();
  for (const eni of enis) {
    const found = eni.instanceId === '' ? undefined : byInstance.get(eni.instanceId);
    if (found) {
      found.push(eni);
    } else if (eni.instanceId !== '') {
      byInstance.set(eni.instanceId, [eni]);
    }
  }
  return byInstance;
}

interface Filtered {
  readonly filter: string;
  /** The states of the other lists the result was read from; another state of any of them, another result. */
  readonly inputs: readonly unknown[];
  readonly ids: readonly string[];
}

/** The last filtering of each list state: a group's rows and its count ask for the same, once per change of either. */
const lastFiltered = new WeakMap<object, Filtered>();

function filtered(state: ListState<unknown>, filter: string, inputs: readonly unknown[], ids: () => readonly string[]): readonly string[] {
  const known = lastFiltered.get(state);
  if (known?.filter === filter && known.inputs.length === inputs.length && known.inputs.every((input, i) => input === inputs[i])) {
    return known.ids;
  }
  const result = ids();
  lastFiltered.set(state, { filter, inputs, ids: result });
  return result;
}

/** The ids of a list's resources that match the filter, in the list's order. */
export function visibleIds(resources: RegionResources, kind: ListKind, filter: string): readonly string[] {
  const terms = describeFilter(filter);
  // Security-group names arrive with their own list; an `sg:` term reads them, and is read again when they arrive.
  const groups = terms.some((term) => term.kind === 'sg') ? resources.securityGroups.state : undefined;
  if (kind === 'networkInterfaces') {
    const list = resources.networkInterfaces;
    return filtered(list.state, filter, [groups], () => {
      const matches = compileFilter(filter);
      return list
        .items()
        .filter((eni) => matches(eniFilterable(resources, eni)))
        .map((eni) => eni.networkInterfaceId);
    });
  }
  const list = resources.instances;
  // Only free text looks at addresses, and with them at the ENIs.
  const enis = terms.some((term) => term.kind === 'text') ? resources.networkInterfaces : undefined;
  return filtered(list.state, filter, [groups, enis?.state], () => {
    const matches = compileFilter(filter);
    const attached = enisByInstance(enis?.items() ?? []);
    return list
      .items()
      .filter((instance) => matches(instanceFilterable(resources, instance, attached)))
      .map((instance) => instance.instanceId);
  });
}

/** A loaded list's count as its group shows it: how many the filter lets through, of all; undefined while loading. */
export function visibleCounts(resources: RegionResources, kind: ListKind, filter: string): { shown: number; total: number } | undefined {
  const list = kind === 'instances' ? resources.instances : resources.networkInterfaces;
  return list.state.kind === 'loaded' ? { shown: visibleIds(resources, kind, filter).length, total: list.state.items.size } : undefined;
}
