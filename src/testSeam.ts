import type * as vscode from 'vscode';
import type { OperationContext } from './commands/kit/operationContext';
import type { Connection } from './account/connection';
import type { TreeNode } from './explorer/nodes/treeNode';
import type { ActivityTreeProvider } from './explorer/activityTreeProvider';
import type { ResourceStore } from './store/resourceStore';
import type { ResourceTreeProvider } from './explorer/resourceTreeProvider';
import type { TransitionPoller } from './explorer/transitionPoller';
import type { ExtensionLog } from './ui/log';
import type { UserInterface } from './ui/userInterface';

/**
 * What the extension-host tests reach through `globalThis[TEST_SEAM]` when VS Code runs the extension for tests (and
 * never otherwise): the parts they observe, and the user interface they answer prompts through.
 */
export interface TestSeam {
  readonly store: ResourceStore;
  readonly treeDataProvider: ResourceTreeProvider;
  readonly treeView: vscode.TreeView<TreeNode>;
  /** The Resources view's drag and drop, for a drop made as the view makes it. */
  readonly dragAndDrop: vscode.TreeDragAndDropController<TreeNode>;
  readonly activityProvider: ActivityTreeProvider;
  readonly poller: TransitionPoller;
  readonly log: ExtensionLog;
  readonly connection: Connection;
  readonly operations: OperationContext;
  /**
   * The language-model tools as registered. VS Code's own confirmation is never shown while tests run (its dialog
   * service confirms by itself then), so the tests read what `prepareInvocation` would show from here.
   */
  readonly tools: ReadonlyMap<string, vscode.LanguageModelTool<unknown>>;
  /** Answers prompts and records messages with another user interface; undefined goes back to VS Code's. */
  useUserInterface(ui: UserInterface | undefined): void;
}

export const TEST_SEAM = Symbol.for('alicloudEcs.testSeam');
