import { groupByNetwork, type NetworkTree } from '../domain/networkGrouping';
import type { RegionResources } from '../store/regionResources';

/** The last grouping of each list state and set of shown ENIs: every row of the grouped tree asks for the same. */
const lastTree = new WeakMap<object, { readonly vSwitches: object; readonly shown: readonly string[]; readonly tree: NetworkTree }>();

/** The region's ENIs by VPC and vSwitch, the vSwitches read first (their names and free addresses; none if that fails). */
export async function networkTree(resources: RegionResources, shownIds: readonly string[]): Promise<NetworkTree> {
  await resources.vSwitches.complete();
  const state = resources.networkInterfaces.state;
  const known = lastTree.get(state);
  if (known?.vSwitches === resources.vSwitches.state && known.shown === shownIds) {
    return known.tree;
  }
  const tree = groupByNetwork({
    networkInterfaces: resources.networkInterfaces.items(),
    vSwitches: resources.vSwitches.items(),
    shown: new Set(shownIds),
  });
  lastTree.set(state, { vSwitches: resources.vSwitches.state, shown: shownIds, tree });
  return tree;
}
