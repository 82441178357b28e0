import { GroupNode } from './groupNode';
import { InstanceNode } from './instanceNode';
import { NetworkInterfaceNode } from './networkInterfaceNode';
import { VpcNode, VSwitchNode } from './networkGroupNodes';
import { RegionNode } from './regionNode';
import type { TreeNode } from './treeNode';
import type { RegionResources } from '../../store/regionResources';

const resourcesOf = (node: TreeNode): RegionResources | undefined =>
  node instanceof GroupNode
    ? node.resources
    : node instanceof InstanceNode
      ? node.parent.resources
      : node instanceof NetworkInterfaceNode
        ? node.resources
        : node instanceof VpcNode
          ? node.parent.resources
          : node instanceof VSwitchNode
            ? node.parent.parent.resources
            : undefined;

/** Two rows of one id show the same data: a row may be reused only while its region's resources were not replaced. */
export function showSameResources(a: TreeNode, b: TreeNode): boolean {
  return resourcesOf(a) === resourcesOf(b) && (!(a instanceof RegionNode) || a.region === (b as RegionNode).region);
}
