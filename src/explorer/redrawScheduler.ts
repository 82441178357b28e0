import type { TreeNode } from './nodes/treeNode';

/**
 * Decides when rows may be redrawn. A redraw covers everything under a row, and VS Code refuses a row registered
 * twice ("already registered"): so only the topmost rows are named, and a row whose children (or deeper rows) VS Code
 * is still asking for waits until they are answered.
 */
export class RedrawScheduler {
  /** getChildren calls not yet answered, by the id of the row asked about ('' for the root). */
  private readonly asking = new Map<string, number>();
  /** Rows to redraw once nothing under them is being asked for. */
  private readonly deferred = new Set<TreeNode>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly fire: (rows: TreeNode[]) => void,
    private readonly retryMs = 20,
  ) {}

  /** Runs VS Code's question about the children of the row with this id, counting it as open meanwhile. */
  async answering<T>(id: string, answer: () => Promise<T>): Promise<T> {
    this.asking.set(id, (this.asking.get(id) ?? 0) + 1);
    try {
      return await answer();
    } finally {
      const left = (this.asking.get(id) ?? 1) - 1;
      if (left > 0) {
        this.asking.set(id, left);
      } else {
        this.asking.delete(id);
      }
    }
  }

  /** True while VS Code's question about this row's children is open. */
  isAsking(id: string): boolean {
    return this.asking.has(id);
  }

  redraw(nodes: Iterable<TreeNode>): void {
    const named = new Set(nodes);
    const topmost = [...named].filter((node) => {
      for (let up = node.parent; up; up = up.parent) {
        if (named.has(up)) {
          return false;
        }
      }
      return true;
    });
    const busy = (node: TreeNode): boolean => [...this.asking.keys()].some((id) => id === node.id || id.startsWith(`${node.id}/`));
    const now = topmost.filter((node) => !busy(node));
    topmost.filter(busy).forEach((node) => this.deferred.add(node));
    if (now.length > 0) {
      this.fire(now);
    }
    if (this.deferred.size > 0 && !this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        const waiting = [...this.deferred];
        this.deferred.clear();
        this.redraw(waiting);
      }, this.retryMs);
    }
  }

  /** Forgets rows waiting to be redrawn (the whole tree is being redrawn). */
  clear(): void {
    this.deferred.clear();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
