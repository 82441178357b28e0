import type { TreeNode } from './nodes/treeNode';

/**
 * A selected row whose resource left its list (deleted, or detached, elsewhere) stays, saying so, rather than vanish
 * from under the user's selection; it goes when the selection moves on. A row hidden by the filter is not kept.
 */
export class KeptSelection {
  private selected: ReadonlySet<string> = new Set();
  private readonly kept = new Map<string, TreeNode>();

  /** The new selection; returns the parents of the rows it released, to redraw without them. */
  select(nodes: readonly TreeNode[]): TreeNode[] {
    this.selected = new Set(nodes.map((node) => node.id));
    const released = [...this.kept.values()].filter((node) => !this.selected.has(node.id));
    released.forEach((node) => this.kept.delete(node.id));
    return released.flatMap((node) => (node.parent ? [node.parent] : []));
  }

  /** The selected rows under `parent`, among the rows shown before (`shown`), that its list (`listed`) lost. */
  under(parent: TreeNode, listed: readonly string[], shown: ReadonlyMap<string, TreeNode>): TreeNode[] {
    const listedRows = new Set(listed.map((id) => `${parent.id}/${id}`));
    const rows = [...this.selected]
      .filter((id) => !listedRows.has(id))
      .map((id) => shown.get(id))
      .filter((node): node is TreeNode => node?.parent === parent && node.gone === true);
    rows.forEach((node) => this.kept.set(node.id, node));
    return rows;
  }

  clear(): void {
    this.kept.clear();
  }
}
