import { InstanceNode } from './nodes/instanceNode';
import { NetworkInterfaceNode } from './nodes/networkInterfaceNode';
import type { TreeNode } from './nodes/treeNode';
import type { ListKind, RegionResources } from '../store/regionResources';
import type { StoreChange } from '../store/resourceStore';

/**
 * The rows shown that a re-read changed: the rows of the resources it named, and the groups of the lists that gained or
 * lost a resource (their children change).
 */
export function rowsShowing(change: Extract<StoreChange, { kind: 'resources' }>, shown: ReadonlyMap<string, TreeNode>): TreeNode[] {
  const instances = new Set(change.instanceIds);
  const enis = new Set(change.networkInterfaceIds);
  const rows = [...shown.values()].filter(
    (node) =>
      (node instanceof InstanceNode && node.regionId === change.regionId && instances.has(node.instanceId)) ||
      (node instanceof NetworkInterfaceNode && node.regionId === change.regionId && enis.has(node.networkInterfaceId)),
  );
  const groups = change.reshaped.flatMap((list) => shown.get(`region/${change.regionId}/${list}`) ?? []);
  return [...rows, ...groups];
}

/**
 * After a list of a region loaded: its group (for the count and the rest of the rows) and the ENI rows that name
 * instances. After a failure, only a group that showed a partial list: its getChildren has shown the error already.
 * A group whose own request is still waiting (`isAsking`) gets the whole list from it; redrawing it as well would race
 * with the user expanding one of its rows.
 */
export function rowsToRedrawAfterLoad(
  resources: RegionResources,
  kind: ListKind,
  shown: ReadonlyMap<string, TreeNode>,
  partiallyShown: Set<string>,
  isAsking: (id: string) => boolean,
): TreeNode[] {
  const rows: TreeNode[] = [];
  for (const name of kind === 'instances' ? (['instances', 'networkInterfaces'] as const) : (['networkInterfaces'] as const)) {
    const id = `region/${resources.regionId}/${name}`;
    const node = shown.get(id);
    const partial = partiallyShown.delete(id);
    const answersItself = name === kind && isAsking(id);
    if (node && (partial || (resources[name].state.kind === 'loaded' && !answersItself))) {
      rows.push(node);
    }
  }
  return rows;
}
