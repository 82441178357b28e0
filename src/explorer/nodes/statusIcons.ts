import * as vscode from 'vscode';
import { isEcsError } from '../../cloud/ecsError';
import type { StatusLook } from '../../domain/resourceStatus';

const COLOURS: Record<StatusLook, string | undefined> = {
  running: 'charts.green',
  inUse: 'charts.green',
  available: 'charts.blue',
  stopped: 'disabledForeground',
  transitional: 'charts.yellow',
  unknown: undefined,
};

export function statusIcon(base: string, look: StatusLook): vscode.ThemeIcon {
  const colour = COLOURS[look];
  const id = look === 'transitional' ? 'sync~spin' : base;
  return colour ? new vscode.ThemeIcon(id, new vscode.ThemeColor(colour)) : new vscode.ThemeIcon(id);
}

/** A status as a row shows it: transitional ones end with "…". */
export const statusText = (status: string, look: StatusLook): string => (look === 'transitional' ? `${status}…` : status);

/** A Markdown table of label/value rows, for tooltips. */
export function detailTable(title: string, rows: ReadonlyArray<readonly [string, string]>): vscode.MarkdownString {
  // One line per cell, nothing Markdown acts on, and no address turned into a link (ECS's words may be anyone's).
  const escape = (text: string): string =>
    text
      .replace(/\s+/g, ' ')
      .replace(/[|\\`*_{}[\]<>]/g, (c) => `\\${c}`)
      .replace(/:\/\//g, ':\\/\\/');
  const markdown = new vscode.MarkdownString(`**${escape(title)}**\n\n| | |\n|---|---|\n`);
  markdown.appendMarkdown(
    rows
      .filter(([, value]) => value !== '')
      .map(([label, value]) => `| ${escape(label)} | ${escape(value)} |`)
      .join('\n'),
  );
  return markdown;
}

/**
 * The first words of a row whose last refresh failed ("couldn't refresh: Throttling"), as a group's error row says it;
 * empty while the row is up to date. The code's meaning is in the row's tooltip.
 */
export function refreshFailureNote(failure: unknown): string {
  return failure === undefined ? '' : vscode.l10n.t("couldn't refresh: {0}", isEcsError(failure) ? failure.code : 'UnknownError');
}

/**
 * The row of a resource that left its place (deleted, or detached, elsewhere) while the user had it selected: it says
 * so, offers no commands, and goes when the selection moves on.
 */
export function goneRow(id: string, label: string, why: string, kind: 'eni' | 'instance'): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.description = why;
  item.iconPath = new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
  item.tooltip = vscode.l10n.t('{0}: {1}. The row goes when you select another one.', label, why);
  item.contextValue = `${kind};gone`;
  return item;
}
