import * as vscode from 'vscode';
import { isEcsError } from '../../cloud/ecsError';
import { missingPermission } from '../../domain/ramPolicies';
import { localExplain, permissionNote } from '../../ui/localized';
import type { TreeNode } from './treeNode';

export type MessageKind = 'empty' | 'error' | 'loading';

/** A leaf that says something instead of listing resources: nothing there, more on the way, or a load that failed. */
export class MessageNode implements TreeNode {
  constructor(
    readonly parent: TreeNode | undefined,
    readonly kind: MessageKind,
    readonly label: string,
    readonly detail: string,
    /** What to do about it, for an error row's tooltip. */
    readonly advice = '',
  ) {}

  /**
   * An error row: the code and what it means, with ECS's own words (redacted), and for a permission refusal the RAM
   * action that was missing; a library's text stays in the log.
   */
  static loadFailure(parent: TreeNode | undefined, error: unknown, redact: (text: string) => string): MessageNode {
    const code = isEcsError(error) ? error.code : 'UnknownError';
    const detail = isEcsError(error) ? error.detail : undefined;
    const { meaning, advice } = localExplain(code);
    const missing = isEcsError(error) ? missingPermission(error, 'view') : undefined;
    const explained = detail && detail !== meaning ? `${meaning} ${redact(detail)}` : meaning;
    const message = missing ? `${explained} ${permissionNote(missing)}` : explained;
    return new MessageNode(parent, 'error', vscode.l10n.t("Couldn't load: {0}", code), message, advice);
  }

  get id(): string {
    return `${this.parent?.id ?? ''}/${this.kind}`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = this.detail;
    item.tooltip = [this.detail || this.label, this.advice].filter(Boolean).join(' ');
    item.accessibilityInformation = { label: this.detail ? `${this.label}. ${this.detail}` : this.label };
    item.contextValue = `message;${this.kind}`;
    if (this.kind === 'error') {
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.command = { command: 'alicloudEcs.refreshNode', title: vscode.l10n.t('Retry'), arguments: [this.parent] };
    } else {
      item.iconPath = new vscode.ThemeIcon(this.kind === 'loading' ? 'loading~spin' : 'info');
    }
    return item;
  }
}
