import * as vscode from 'vscode';
import { type ActivityEntry, type ActivityStatus, RETRYABLE } from '../activity/activityEntry';
import type { ActivityLog } from '../activity/activityLog';
import { durationText } from '../domain/durationText';
import type { Subscription } from '../domain/emitter';
import { localExplain } from '../ui/localized';
import { detailTable } from './nodes/statusIcons';
import type { ResourceStore } from '../store/resourceStore';

/** A row of the Activity view: an entry, under its plan when it is a plan's step. */
export class ActivityNode {
  constructor(
    readonly entry: ActivityEntry,
    readonly parent: ActivityNode | undefined,
  ) {}

  get id(): string {
    return `activity/${this.entry.id}`;
  }
}

const ICONS: Record<ActivityStatus, vscode.ThemeIcon> = {
  running: new vscode.ThemeIcon('loading~spin'),
  succeeded: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  failed: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
  cancelled: new vscode.ThemeIcon('circle-slash'),
  interrupted: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  unknown: new vscode.ThemeIcon('question', new vscode.ThemeColor('list.warningForeground')),
};

function statusWord(status: ActivityStatus): string {
  switch (status) {
    case 'running':
      return vscode.l10n.t('running');
    case 'succeeded':
      return vscode.l10n.t('done');
    case 'failed':
      return vscode.l10n.t('failed');
    case 'cancelled':
      return vscode.l10n.t('cancelled');
    case 'interrupted':
      return vscode.l10n.t('interrupted: the window closed while it ran');
    case 'unknown':
      return vscode.l10n.t('answer lost: ECS may have done it; the row shows what it has now');
  }
}

/** The verb of a write, in the user's language; the action's own name for one not listed. */
function actionWord(action: string): string {
  const words: Record<string, () => string> = {
    AttachNetworkInterface: () => vscode.l10n.t('Attach'),
    DetachNetworkInterface: () => vscode.l10n.t('Detach'),
    CreateNetworkInterface: () => vscode.l10n.t('Create'),
    DeleteNetworkInterface: () => vscode.l10n.t('Delete'),
    ModifyNetworkInterfaceAttribute: () => vscode.l10n.t('Modify'),
    TagResources: () => vscode.l10n.t('Tag'),
    UntagResources: () => vscode.l10n.t('Untag'),
    StartInstance: () => vscode.l10n.t('Start'),
    StopInstance: () => vscode.l10n.t('Stop'),
    RebootInstance: () => vscode.l10n.t('Reboot'),
    AssignPrivateIpAddresses: () => vscode.l10n.t('Assign private IPs'),
    UnassignPrivateIpAddresses: () => vscode.l10n.t('Unassign private IPs'),
    AssignIpv6Addresses: () => vscode.l10n.t('Assign IPv6 addresses'),
    UnassignIpv6Addresses: () => vscode.l10n.t('Unassign IPv6 addresses'),
  };
  return words[action]?.() ?? action;
}

/** How long an entry took, saying what: a write's is how long ECS took to answer it, not how long the change took. */
const took = (entry: ActivityEntry): string =>
  entry.durationMs === undefined
    ? ''
    : entry.kind === 'write'
      ? vscode.l10n.t('answered in {0}', durationText(entry.durationMs))
      : durationText(entry.durationMs);

/**
 * The Activity view: every write the extension made for the account in use, newest first, a fix-it as a parent of its
 * steps. Resources are named as the store knows them now, with their ids.
 */
export class ActivityTreeProvider implements vscode.TreeDataProvider<ActivityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ActivityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: Subscription[];

  constructor(
    private readonly log: ActivityLog,
    private readonly store: ResourceStore,
    private readonly redact: (text: string) => string,
  ) {
    // Rows name resources as the store knows them: drawn again when a list loads or a resource is read again.
    this.subscriptions = [
      log.onDidChange(() => this.changed.fire(undefined)),
      store.onDidChange((change) => {
        if (change.kind === 'listSettled' || change.kind === 'resources') {
          this.changed.fire(undefined);
        }
      }),
    ];
  }

  getChildren(node?: ActivityNode): ActivityNode[] {
    const entries = node ? (node.entry.kind === 'plan' ? node.entry.children : []) : this.log.entries;
    return entries.map((entry) => new ActivityNode(entry, node));
  }

  getParent(node: ActivityNode): ActivityNode | undefined {
    return node.parent;
  }

  getTreeItem(node: ActivityNode): vscode.TreeItem {
    const { entry } = node;
    const names = entry.resourceIds.map((id) => this.nameOf(entry.regionId, id));
    const title = entry.kind === 'plan' ? entry.title : `${actionWord(entry.action)} ${names.join(' → ')}`;
    const item = new vscode.TreeItem(
      title,
      entry.kind === 'plan' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    item.id = node.id;
    item.iconPath = ICONS[entry.status];
    const started = new Date(entry.startedAt);
    item.description = [started.toLocaleTimeString(), took(entry), statusWord(entry.status), entry.error?.code ?? '']
      .filter(Boolean)
      .join(' · ');
    const explained = entry.error ? localExplain(entry.error.code) : undefined;
    item.tooltip = detailTable(title, [
      [vscode.l10n.t('Status'), statusWord(entry.status)],
      [vscode.l10n.t('Action'), entry.kind === 'write' ? entry.action : ''],
      [vscode.l10n.t('Resources'), entry.resourceIds.map((id, index) => (names[index] === id ? id : `${names[index]} (${id})`)).join(', ')],
      [vscode.l10n.t('Region'), entry.regionId],
      [vscode.l10n.t('Started'), started.toLocaleString()],
      [vscode.l10n.t('Duration'), took(entry)],
      [vscode.l10n.t('Request ID'), (entry.kind === 'write' ? entry.requestId : undefined) ?? entry.error?.requestId ?? ''],
      [
        vscode.l10n.t('Error'),
        entry.error && explained
          ? `${entry.error.code}: ${explained.meaning} ${this.redact(entry.error.detail ?? '')} ${explained.advice}`
          : '',
      ],
    ]);
    item.contextValue = ['activity', entry.kind, entry.status, ...this.capabilities(entry)].join(';');
    item.accessibilityInformation = { label: `${title} ${String(item.description)}` };
    return item;
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.changed.dispose();
  }

  private capabilities(entry: ActivityEntry): string[] {
    const tokens: string[] = [];
    const requestId = entry.kind === 'write' ? entry.requestId : undefined;
    if (requestId ?? entry.error?.requestId) {
      tokens.push('hasRequestId');
    }
    if (entry.kind === 'write') {
      tokens.push('hasRequest');
    }
    if (entry.resourceIds.some((id) => id.startsWith('eni-'))) {
      tokens.push('hasEni');
    }
    if (entry.kind === 'write' && entry.status === 'failed' && RETRYABLE.has(entry.action)) {
      tokens.push('retryable');
    }
    return tokens;
  }

  private nameOf(regionId: string, id: string): string {
    const resources = this.store.loaded().find((region) => region.regionId === regionId);
    const name = resources?.networkInterfaces.get(id)?.networkInterfaceName || resources?.instances.get(id)?.instanceName;
    return name || id;
  }
}
