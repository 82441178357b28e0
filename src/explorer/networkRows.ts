import { groupByNetwork, type NetworkTree } from '../domain/networkGrouping';
import type { GroupNode } from './nodes/groupNode';
import { VpcNode, VSwitchNode } from './nodes/networkGroupNodes';
import type { TreeNode } from './nodes/treeNode';
import type { RegionResources } from '../store/regionResources';

/** The last grouping of each list state and set of shown ENIs: every row of the grouped tree asks for the same. */
const lastTree = new WeakMap<object, { readonly vSwitches: object; readonly shown: readonly string[]; readonly tree: NetworkTree }>();

/** The region's ENIs by VPC and vSwitch, the vSwitches read first (their names and free addresses; none if that fails). */
async function networkTree(resources: RegionResources, shownIds: readonly string[]): Promise<NetworkTree> {
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

/** The VPCs under Network Interfaces; under a filter, only those with an ENI it lets through. */
export async function vpcRows(group: GroupNode, shownIds: readonly string[], filtered: boolean): Promise<TreeNode[]> {
  const tree = await networkTree(group.resources, shownIds);
  return tree.vpcs.filter((vpc) => !filtered || vpc.count.shown > 0).map((vpc) => new VpcNode(group, vpc));
}

/** A VPC's vSwitches, or a vSwitch's ENIs, as the region has them now. */
export async function networkChildren(
  node: VpcNode | VSwitchNode,
  shownIds: readonly string[],
  filtered: boolean,
  eniRow: (parent: VSwitchNode, networkInterfaceId: string) => TreeNode,
): Promise<TreeNode[]> {
  const vpcNode = node instanceof VpcNode ? node : node.parent;
  const tree = await networkTree(vpcNode.parent.resources, shownIds);
  const vpc = tree.vpcs.find((candidate) => candidate.vpcId === vpcNode.vpc.vpcId);
  if (node instanceof VpcNode) {
    return (vpc?.vSwitches ?? []).filter((group) => !filtered || group.count.shown > 0).map((group) => new VSwitchNode(node, group));
  }
  const group = vpc?.vSwitches.find((candidate) => candidate.vSwitchId === node.group.vSwitchId);
  return (group?.networkInterfaces ?? []).map((eni) => eniRow(node, eni.networkInterfaceId));
}
