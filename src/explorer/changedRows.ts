import { InstanceNode } from './nodes/instanceNode';
import { NetworkInterfaceNode } from './nodes/networkInterfaceNode';
import type { TreeNode } from './nodes/treeNode';
import type { StoreChange } from './resourceStore';

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
