import type * as vscode from 'vscode';

/** A row of the resources view. `id` is hierarchical and stable, so expansion and `reveal` survive refreshes. */
export interface TreeNode {
  readonly id: string;
  readonly parent: TreeNode | undefined;
  toTreeItem(): vscode.TreeItem;
  /** Takes the data of a newer node of the same id, when the view keeps this one (rows that hold a snapshot). */
  adopt?(fresher: TreeNode): void;
}
