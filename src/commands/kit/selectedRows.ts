import { InstanceNode } from '../../explorer/nodes/instanceNode';
import { NetworkInterfaceNode } from '../../explorer/nodes/networkInterfaceNode';

/** The rows a context-menu command was run on: the selection when the clicked row is part of it, else that row. */
function selectedRows<T>(node: unknown, selection: unknown, isRow: (candidate: unknown) => candidate is T): T[] {
  const all: unknown[] = Array.isArray(selection) && selection.includes(node) ? selection : [node];
  return all.filter(isRow);
}

/** The selected ENI rows whose ENI still exists. */
export const selectedEnis = (node: unknown, selection: unknown): NetworkInterfaceNode[] =>
  selectedRows(node, selection, (n): n is NetworkInterfaceNode => n instanceof NetworkInterfaceNode && n.networkInterface !== undefined);

/** The selected instance rows whose instance still exists. */
export const selectedInstances = (node: unknown, selection: unknown): InstanceNode[] =>
  selectedRows(node, selection, (n): n is InstanceNode => n instanceof InstanceNode && n.instance !== undefined);
