import * as vscode from 'vscode';
import { InstanceNode } from './nodes/instanceNode';
import { NetworkInterfaceNode } from './nodes/networkInterfaceNode';
import type { TreeNode } from './nodes/treeNode';
import type { UserInterface } from '../ui/userInterface';

export const DRAG_MIME = 'application/vnd.code.tree.alicloudecs.resources';

/** Lets ENI rows be dragged onto an instance row: that attaches them, one after another. */
export class AttachDragAndDrop implements vscode.TreeDragAndDropController<TreeNode> {
  readonly dragMimeTypes = [DRAG_MIME];
  readonly dropMimeTypes = [DRAG_MIME];

  constructor(
    private readonly attach: (regionId: string, eniIds: string[], instanceId: string) => Promise<void>,
    private readonly ui: Pick<UserInterface, 'warn'>,
  ) {}

  handleDrag(source: readonly TreeNode[], data: vscode.DataTransfer): void {
    const enis = source.filter((node): node is NetworkInterfaceNode => node instanceof NetworkInterfaceNode);
    if (enis.length > 0) {
      data.set(DRAG_MIME, new vscode.DataTransferItem(enis));
    }
  }

  async handleDrop(target: TreeNode | undefined, data: vscode.DataTransfer): Promise<void> {
    const dragged = data.get(DRAG_MIME)?.value as NetworkInterfaceNode[] | undefined;
    if (!(target instanceof InstanceNode) || !dragged || dragged.length === 0) {
      return;
    }
    const enis = dragged.filter((node) => node.regionId === target.regionId);
    if (enis.length < dragged.length) {
      void this.ui.warn(
        vscode.l10n.t('Network interfaces attach only to instances of their own region; {0} were left out.', dragged.length - enis.length),
      );
    }
    if (enis.length > 0) {
      await this.attach(
        target.regionId,
        enis.map((node) => node.networkInterfaceId),
        target.instanceId,
      );
    }
  }
}
