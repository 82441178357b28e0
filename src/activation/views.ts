import * as vscode from 'vscode';
import { ActivityTreeProvider } from '../explorer/activityTreeProvider';
import { AttachDragAndDrop } from '../explorer/dragAndDrop';
import type { TreeNode } from '../explorer/nodes/treeNode';
import { ResourceTreeProvider } from '../explorer/resourceTreeProvider';
import { ReadOnlyDocuments } from '../ui/readOnlyDocuments';
import { ViewHeader } from '../ui/viewHeader';
import type { Services } from './services';

/** The Resources and Activity views and the read-only documents the commands open. */
export interface Views {
  readonly provider: ResourceTreeProvider;
  readonly treeView: vscode.TreeView<TreeNode>;
  readonly header: ViewHeader;
  readonly activityProvider: ActivityTreeProvider;
  readonly activityView: vscode.Disposable;
  readonly documents: ReadOnlyDocuments;
  readonly dragAndDrop: AttachDragAndDrop;
}

/** `drop`: ENI rows dropped on an instance row (run at the command boundary by the caller). */
export function buildViews(
  { store, log, settings, types, activity, ui }: Services,
  drop: (regionId: string, eniIds: string[], instanceId: string) => Promise<void>,
): Views {
  const provider = new ResourceTreeProvider(
    store,
    (text) => log.redact(text),
    () => settings.stuckAfterMinutes(),
    async (instanceTypeId) => (await types.get([instanceTypeId])).get(instanceTypeId),
  );
  const dragAndDrop = new AttachDragAndDrop(drop, ui);
  const treeView = vscode.window.createTreeView('alicloudEcs.resources', {
    treeDataProvider: provider,
    showCollapseAll: true,
    canSelectMany: true,
    dragAndDropController: dragAndDrop,
  });
  const activityProvider = new ActivityTreeProvider(activity, store, (text) => log.redact(text));
  return {
    provider,
    treeView,
    header: new ViewHeader(treeView),
    activityProvider,
    activityView: vscode.window.createTreeView('alicloudEcs.activity', { treeDataProvider: activityProvider, showCollapseAll: true }),
    documents: new ReadOnlyDocuments(),
    dragAndDrop,
  };
}
