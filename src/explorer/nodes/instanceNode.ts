import * as vscode from 'vscode';
import { contextValue, instanceCapabilities } from '../../domain/capabilities';
import { type AgentLook, agentLook } from '../../domain/cloudAssistant';
import type { Instance } from '../../domain/instance';
import { addressesOf } from '../../domain/networkInterface';
import { addressKindText } from '../../ui/addressWords';
import { instanceLook } from '../../domain/resourceStatus';
import type { InstanceTypeInfo } from '../../domain/instanceType';
import type { RegionResources } from '../../store/regionResources';
import type { ResourceStore } from '../../store/resourceStore';
import { MessageNode } from './messageNode';
import { NetworkInterfaceNode } from './networkInterfaceNode';
import { detailTable, goneRow, refreshFailureNote, statusIcon, statusText } from './statusIcons';
import type { RegionListRow, RowContext, TreeNode } from './treeNode';

/** An instance; it expands to the ENIs attached to it. Its data is read from the region's resources on every render. */
export class InstanceNode implements TreeNode {
  constructor(
    readonly parent: RegionListRow,
    readonly instanceId: string,
  ) {}

  get id(): string {
    return `${this.parent.id}/${this.instanceId}`;
  }

  get regionId(): string {
    return this.parent.regionId;
  }

  get readsFrom(): RegionResources {
    return this.parent.resources;
  }

  get instance(): Instance | undefined {
    return this.parent.resources.instances.get(this.instanceId);
  }

  get gone(): boolean {
    return this.instance === undefined;
  }

  /** The ENIs attached to the instance (the region's ENI list is read whole first). */
  async children(rows: RowContext): Promise<TreeNode[]> {
    const resources = this.parent.resources;
    await resources.networkInterfaces.complete();
    if (resources.networkInterfaces.state.kind === 'failed') {
      throw resources.networkInterfaces.state.error;
    }
    const attached = resources.attachedTo(this.instanceId).map((eni) => eni.networkInterfaceId);
    const children = [
      ...attached.map((id) => rows.reuse(new NetworkInterfaceNode(this, resources, id, rows.stuckAfterMinutes))),
      ...rows.keptUnder(this, attached),
    ];
    return children.length > 0 ? children : [new MessageNode(this, 'empty', vscode.l10n.t('No network interfaces attached'), '')];
  }

  reload(store: ResourceStore): 'told' {
    void store.reread(this.regionId, [this.instanceId], []);
    return 'told';
  }

  /** The tooltip with the instance's ENI slots, once its type's limit is read (a failed read leaves the slots out). */
  async hoverTooltip(
    instanceType: (instanceTypeId: string) => Promise<InstanceTypeInfo | undefined>,
  ): Promise<vscode.MarkdownString | undefined> {
    const instance = this.instance;
    if (!instance) {
      return undefined;
    }
    const info = await instanceType(instance.instanceType).catch(() => undefined);
    return this.tooltip(info && { used: this.parent.resources.attachedTo(this.instanceId).length, allowed: info.eniQuantity });
  }

  /** The row; its tooltip is left to `tooltip()`, built when the row is hovered (it reads the region's ENIs). */
  toTreeItem(): vscode.TreeItem {
    const instance = this.instance;
    if (!instance) {
      return goneRow(this.id, this.instanceId, vscode.l10n.t('no longer exists'), 'instance');
    }
    const look = instanceLook(instance);
    const item = new vscode.TreeItem(instance.instanceName || instance.instanceId, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.description = [
      refreshFailureNote(this.parent.resources.readFailures.get(this.instanceId)),
      instance.instanceName ? instance.instanceId : '',
      statusText(instance.status, look),
      instance.instanceType,
      instance.zoneId,
      instance.privateIpAddress,
    ]
      .filter(Boolean)
      .join(' · ');
    item.iconPath = statusIcon(look === 'running' ? 'vm-running' : 'vm', look);
    item.contextValue = contextValue('instance', instanceCapabilities(instance, this.agentLook()));
    item.accessibilityInformation = { label: `${instance.instanceName} ${instance.instanceId} ${instance.status}` };
    return item;
  }

  /**
   * The tooltip: the instance, the addresses of its ENIs and, when its type's limit is known (`eniSlots`), how many
   * ENIs it has of how many it may have.
   */
  tooltip(eniSlots?: { readonly used: number; readonly allowed: number }): vscode.MarkdownString | undefined {
    const instance = this.instance;
    if (!instance) {
      return undefined;
    }
    return detailTable(instance.instanceName || instance.instanceId, [
      [vscode.l10n.t('Instance'), instance.instanceId],
      [vscode.l10n.t('Status'), instance.status],
      [vscode.l10n.t('Type'), instance.instanceType],
      [vscode.l10n.t('Zone'), instance.zoneId],
      [vscode.l10n.t('Private IP'), instance.privateIpAddress],
      [vscode.l10n.t('Network interfaces'), eniSlots ? vscode.l10n.t('{0} of {1}', eniSlots.used, eniSlots.allowed) : ''],
      [vscode.l10n.t('Addresses'), this.addresses()],
      [vscode.l10n.t('VPC'), instance.vpcId],
      [vscode.l10n.t('vSwitch'), instance.vSwitchId],
      [vscode.l10n.t('Security groups'), instance.securityGroupIds.join(', ')],
      [vscode.l10n.t('Last started'), instance.startTime],
      [vscode.l10n.t('Cloud Assistant'), this.agentText()],
      [vscode.l10n.t('Tags'), instance.tags.map((tag) => `${tag.key}=${tag.value}`).join(', ')],
    ]);
  }

  private agentLook(): AgentLook {
    const agents = this.parent.resources.agents;
    return agentLook(agents.get(this.instanceId), agents.state.kind === 'loaded');
  }

  /** Whether Cloud Assistant answers, and its version; empty while the agents are not read. */
  private agentText(): string {
    const agent = this.parent.resources.agents.get(this.instanceId);
    switch (this.agentLook()) {
      case 'unknown':
        return '';
      case 'online':
        return vscode.l10n.t('online, version {0}', agent?.version ?? '');
      case 'tooOld':
        return vscode.l10n.t('online, version {0} (too old for a terminal; install again to update)', agent?.version ?? '');
      case 'silent':
        return agent?.version ? vscode.l10n.t('not answering') : vscode.l10n.t('not installed, or not answering');
    }
  }

  /** The addresses of the ENIs attached to the instance, with their kind. */
  private addresses(): string {
    return this.parent.resources
      .attachedTo(this.instanceId)
      .flatMap((eni) => addressesOf(eni))
      .map(({ address, kind }) => `${address} (${addressKindText(kind)})`)
      .join(', ');
  }
}
