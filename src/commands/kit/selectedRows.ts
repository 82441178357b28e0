import type { InstanceNode } from '../../explorer/nodes/instanceNode';
import type { NetworkInterfaceNode } from '../../explorer/nodes/networkInterfaceNode';
import type { RowLookup } from '../../explorer/rowLookup';

/** A copy of the selection VS Code passed, when the clicked row is part of it (a made-up array may throw when read). */
function selectionWith(node: unknown, selection: unknown): unknown[] | undefined {
  try {
    return Array.isArray(selection) && selection.includes(node) ? [...(selection as unknown[])] : undefined;
  } catch {
    return undefined;
  }
}

/** The rows a context-menu command was run on: the selection when the clicked row is part of it, else that row. */
function selectedRows<T>(node: unknown, selection: unknown, row: (candidate: unknown) => T | undefined): T[] {
  const all = selectionWith(node, selection) ?? [node];
  return all.flatMap((candidate) => {
    const found = row(candidate);
    return found === undefined ? [] : [found];
  });
}

/** The selected ENI rows whose ENI still exists. */
export const selectedEnis = (rows: RowLookup, node: unknown, selection: unknown): NetworkInterfaceNode[] =>
  selectedRows(node, selection, (candidate) => {
    const row = rows.networkInterface(candidate);
    return row?.networkInterface ? row : undefined;
  });

/** The selected instance rows whose instance still exists. */
export const selectedInstances = (rows: RowLookup, node: unknown, selection: unknown): InstanceNode[] =>
  selectedRows(node, selection, (candidate) => {
    const row = rows.instance(candidate);
    return row?.instance ? row : undefined;
  });
