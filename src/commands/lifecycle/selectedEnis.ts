import { NetworkInterfaceNode } from '../../explorer/nodes/networkInterfaceNode';

/** The ENI rows a context-menu command was run on: the selection when the clicked row is part of it, else that row. */
export function selectedEnis(node: unknown, selection: unknown): NetworkInterfaceNode[] {
  const all: unknown[] = Array.isArray(selection) && selection.includes(node) ? selection : [node];
  return all.filter((n): n is NetworkInterfaceNode => n instanceof NetworkInterfaceNode && n.networkInterface !== undefined);
}
