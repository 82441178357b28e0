import * as vscode from 'vscode';
import { contextValue, networkInterfaceCapabilities } from '../../domain/capabilities';
import { addressesOf, type NetworkInterface, secondaryPrivateIps } from '../../domain/networkInterface';
import { looksStuck, networkInterfaceLook, STUCK_AFTER_MINUTES } from '../../domain/resourceStatus';
import type { RegionResources } from '../../store/regionResources';
import type { ResourceStore } from '../../store/resourceStore';
import { detailTable, goneRow, refreshFailureNote, statusIcon, statusText } from './statusIcons';
import type { TreeNode } from './treeNode';

/** An ENI, under "Network Interfaces" or under the instance it is attached to. */
export class NetworkInterfaceNode implements TreeNode {
  constructor(
    /** Its group or vSwitch row, or the instance row it is shown under (which has an `instanceId`). */
    readonly parent: TreeNode & { readonly regionId: string; readonly instanceId?: string },
    readonly resources: RegionResources,
    readonly networkInterfaceId: string,
    private readonly stuckAfterMinutes: () => number = () => STUCK_AFTER_MINUTES.default,
  ) {}

  get id(): string {
    return `${this.parent.id}/${this.networkInterfaceId}`;
  }

  get regionId(): string {
    return this.parent.regionId;
  }

  get readsFrom(): RegionResources {
    return this.resources;
  }

  get networkInterface(): NetworkInterface | undefined {
    return this.resources.networkInterfaces.get(this.networkInterfaceId);
  }

  /** Shown under an instance it is no longer attached to (detached, or moved, elsewhere). */
  get detachedHere(): boolean {
    const eni = this.networkInterface;
    return eni !== undefined && this.parent.instanceId !== undefined && eni.instanceId !== this.parent.instanceId;
  }

  get gone(): boolean {
    return this.networkInterface === undefined || this.detachedHere;
  }

  reload(store: ResourceStore): 'told' {
    void store.reread(this.regionId, [], [this.networkInterfaceId]);
    return 'told';
  }

  toTreeItem(): vscode.TreeItem {
    const eni = this.networkInterface;
    if (!eni) {
      return goneRow(this.id, this.networkInterfaceId, vscode.l10n.t('no longer exists'), 'eni');
    }
    if (this.detachedHere) {
      return goneRow(this.id, eni.networkInterfaceName || this.networkInterfaceId, vscode.l10n.t('no longer attached here'), 'eni');
    }
    const look = networkInterfaceLook(eni);
    const secondary = secondaryPrivateIps(eni);
    const now = Date.now();
    const since = this.resources.statusSince(eni, now);
    const stuck = looksStuck(eni, since, now, this.stuckAfterMinutes());
    const attachedTo = eni.instanceId ? this.resources.instances.get(eni.instanceId) : undefined;
    const instanceLabel = eni.instanceId ? attachedTo?.instanceName || eni.instanceId : '';
    const item = new vscode.TreeItem(eni.networkInterfaceName || eni.networkInterfaceId, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = [
      refreshFailureNote(this.resources.readFailures.get(this.networkInterfaceId)),
      stuck ? vscode.l10n.t('{0} for {1} min: stuck?', eni.status, String(Math.floor((now - since) / 60_000))) : '',
      eni.networkInterfaceName ? eni.networkInterfaceId : '',
      statusText(eni.status, look),
      eni.type,
      secondary.length > 0 ? `${eni.privateIpAddress} +${secondary.length}` : eni.privateIpAddress,
      instanceLabel ? `→ ${instanceLabel}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    item.iconPath = stuck
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
      : statusIcon(eni.type === 'Primary' ? 'pinned' : 'plug', look);
    item.contextValue = contextValue('eni', [...networkInterfaceCapabilities(eni), ...(stuck ? [`stuck${eni.status}`] : [])]);
    item.tooltip = detailTable(eni.networkInterfaceName || eni.networkInterfaceId, [
      [vscode.l10n.t('Network interface'), eni.networkInterfaceId],
      [vscode.l10n.t('Status'), eni.status],
      [vscode.l10n.t('Type'), eni.serviceManaged ? vscode.l10n.t('{0}, managed by a cloud service', eni.type) : eni.type],
      [vscode.l10n.t('Attached to'), eni.instanceId ? `${instanceLabel} (${eni.instanceId})` : ''],
      [vscode.l10n.t('Private IP'), eni.privateIpAddress],
      [vscode.l10n.t('Secondary private IPs'), secondary.join(', ')],
      [vscode.l10n.t('IPv6'), eni.ipv6Addresses.join(', ')],
      [
        vscode.l10n.t('Public IP'),
        addressesOf(eni)
          .filter(({ kind }) => kind === 'public')
          .map(({ address }) => address)
          .join(', '),
      ],
      [vscode.l10n.t('MAC'), eni.macAddress],
      [vscode.l10n.t('Zone'), eni.zoneId],
      [vscode.l10n.t('VPC'), eni.vpcId],
      [vscode.l10n.t('vSwitch'), eni.vSwitchId],
      [vscode.l10n.t('Security groups'), eni.securityGroupIds.map((id) => this.securityGroupLabel(id)).join(', ')],
      [vscode.l10n.t('Tags'), eni.tags.map((tag) => `${tag.key}=${tag.value}`).join(', ')],
      ...(stuck
        ? [
            [
              vscode.l10n.t('Looks stuck'),
              eni.status === 'Detaching'
                ? vscode.l10n.t('Detach it again (Detach from Instance), or reboot its instance.')
                : vscode.l10n.t('Reboot its instance, then check the network interface again.'),
            ] as const,
          ]
        : []),
    ]);
    item.accessibilityInformation = { label: `${eni.networkInterfaceName} ${eni.networkInterfaceId} ${eni.status}` };
    return item;
  }

  private securityGroupLabel(id: string): string {
    const name = this.resources.securityGroupName(id);
    return name ? `${name} (${id})` : id;
  }
}
