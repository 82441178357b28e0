import { InstanceNode } from '../../explorer/nodes/instanceNode';

/** The instance rows a context-menu command was run on: the selection when the clicked row is part of it, else that row. */
export function selectedInstances(node: unknown, selection: unknown): InstanceNode[] {
  const all: unknown[] = Array.isArray(selection) && selection.includes(node) ? selection : [node];
  return all.filter((n): n is InstanceNode => n instanceof InstanceNode && n.instance !== undefined);
}
