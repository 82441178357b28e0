import type * as vscode from 'vscode';
import { GroupNode } from './nodes/groupNode';
import { InstanceNode } from './nodes/instanceNode';
import { NetworkInterfaceNode } from './nodes/networkInterfaceNode';
import { VpcNode, VSwitchNode } from './nodes/networkGroupNodes';
import type { NetworkInterface } from '../domain/networkInterface';
import { RegionNode } from './nodes/regionNode';
import type { TreeNode } from './nodes/treeNode';
import type { ResourceStore } from '../store/resourceStore';

/** Walks down to an ENI's row (under its instance when attached, else under Network Interfaces) and selects it. */
export async function revealNetworkInterface(
  tree: { getChildren(node?: TreeNode): Promise<TreeNode[]> },
  store: ResourceStore,
  view: vscode.TreeView<TreeNode>,
  regionId: string,
  networkInterfaceId: string,
): Promise<void> {
  const region = (await tree.getChildren()).find((node) => node instanceof RegionNode && node.region.regionId === regionId);
  if (!region) {
    return;
  }
  const groups = await tree.getChildren(region);
  const eni = store.region(regionId).networkInterfaces.get(networkInterfaceId);
  const instanceGroup = groups.find((node) => node instanceof GroupNode && node.kind === 'instances');
  if (eni?.instanceId && instanceGroup) {
    const instance = (await tree.getChildren(instanceGroup)).find(
      (node) => node instanceof InstanceNode && node.instanceId === eni.instanceId,
    );
    const row =
      instance &&
      (await tree.getChildren(instance)).find(
        (node) => node instanceof NetworkInterfaceNode && node.networkInterfaceId === networkInterfaceId,
      );
    if (row) {
      await view.reveal(row, { select: true, focus: true, expand: true });
      return;
    }
  }
  const eniGroup = groups.find((node) => node instanceof GroupNode && node.kind === 'networkInterfaces');
  const row = eniGroup && (await findRow(tree, eniGroup, networkInterfaceId, eni));
  if (row) {
    await view.reveal(row, { select: true, focus: true });
  }
}

/** The ENI's row under Network Interfaces: among its rows, or under its VPC and vSwitch when they are grouped. */
async function findRow(
  tree: { getChildren(node?: TreeNode): Promise<TreeNode[]> },
  parent: TreeNode,
  networkInterfaceId: string,
  eni: NetworkInterface | undefined,
): Promise<TreeNode | undefined> {
  for (const node of await tree.getChildren(parent)) {
    if (node instanceof NetworkInterfaceNode && node.networkInterfaceId === networkInterfaceId) {
      return node;
    }
    const onTheWay =
      (node instanceof VpcNode && node.vpc.vpcId === eni?.vpcId) ||
      (node instanceof VSwitchNode && (node.group.vSwitchId === eni?.vSwitchId || node.group.vSwitchId === ''));
    const found = onTheWay ? await findRow(tree, node, networkInterfaceId, eni) : undefined;
    if (found) {
      return found;
    }
  }
  return undefined;
}
