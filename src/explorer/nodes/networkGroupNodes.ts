import * as vscode from 'vscode';
import { localCount } from '../../ui/localized';
import type { EniCount, VpcGroup, VSwitchGroup } from '../../domain/networkGrouping';
import type { RegionResources } from '../../store/regionResources';
import { visibleIds } from '../filteredLists';
import { networkTree } from '../networkTree';
import { NetworkInterfaceNode } from './networkInterfaceNode';
import { detailTable } from './statusIcons';
import type { RegionListRow, RowContext, TreeNode } from './treeNode';

const countText = (count: EniCount): string =>
  count.shown === count.total
    ? vscode.l10n.t('{0} network interfaces', localCount(count.total))
    : vscode.l10n.t('{0} of {1} network interfaces', localCount(count.shown), localCount(count.total));

/** The VPCs under Network Interfaces; under a filter, only those with an ENI it lets through. */
export async function vpcRows(group: RegionListRow, shownIds: readonly string[], filtered: boolean): Promise<VpcNode[]> {
  const tree = await networkTree(group.resources, shownIds);
  return tree.vpcs.filter((vpc) => !filtered || vpc.count.shown > 0).map((vpc) => new VpcNode(group, vpc));
}

/** The VPC as the region's ENIs, the filter and the vSwitches have it now. */
async function currentVpc(vpcNode: VpcNode, rows: RowContext): Promise<VpcGroup | undefined> {
  const resources = vpcNode.readsFrom;
  const tree = await networkTree(resources, visibleIds(resources, 'networkInterfaces', rows.filter()));
  return tree.vpcs.find((candidate) => candidate.vpcId === vpcNode.vpc.vpcId);
}

/** A VPC under Network Interfaces, when they are grouped by network; it expands to its vSwitches. */
export class VpcNode implements TreeNode {
  constructor(
    readonly parent: RegionListRow,
    public vpc: VpcGroup,
  ) {}

  adopt(fresher: TreeNode): void {
    if (fresher instanceof VpcNode) {
      this.vpc = fresher.vpc;
    }
  }

  get id(): string {
    return `${this.parent.id}/${this.vpc.vpcId}`;
  }

  get readsFrom(): RegionResources {
    return this.parent.resources;
  }

  async children(rows: RowContext): Promise<TreeNode[]> {
    const filtered = rows.filter() !== '';
    const vSwitches = (await currentVpc(this, rows))?.vSwitches ?? [];
    return vSwitches.filter((group) => !filtered || group.count.shown > 0).map((group) => rows.reuse(new VSwitchNode(this, group)));
  }

  get regionId(): string {
    return this.parent.regionId;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.vpc.name || this.vpc.vpcId, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.description = [this.vpc.name ? this.vpc.vpcId : '', countText(this.vpc.count)].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon('symbol-namespace');
    item.tooltip = detailTable(this.vpc.name || this.vpc.vpcId, [
      [vscode.l10n.t('VPC'), this.vpc.vpcId],
      [vscode.l10n.t('vSwitches'), String(this.vpc.vSwitches.filter((group) => group.vSwitch).length)],
      [vscode.l10n.t('Network interfaces'), countText(this.vpc.count)],
    ]);
    item.contextValue = 'vpc';
    item.accessibilityInformation = { label: `${String(item.label)} ${item.description}` };
    return item;
  }
}

/** A vSwitch under its VPC, with its ENIs; the VPC's ENIs of a vSwitch not listed are under an "unknown" one. */
export class VSwitchNode implements TreeNode {
  constructor(
    readonly parent: VpcNode,
    public group: VSwitchGroup,
  ) {}

  adopt(fresher: TreeNode): void {
    if (fresher instanceof VSwitchNode) {
      this.group = fresher.group;
    }
  }

  get id(): string {
    return `${this.parent.id}/${this.group.vSwitchId || 'unknown'}`;
  }

  get readsFrom(): RegionResources {
    return this.parent.readsFrom;
  }

  async children(rows: RowContext): Promise<TreeNode[]> {
    const vSwitch = (await currentVpc(this.parent, rows))?.vSwitches.find((candidate) => candidate.vSwitchId === this.group.vSwitchId);
    return (vSwitch?.networkInterfaces ?? []).map((eni) =>
      rows.reuse(new NetworkInterfaceNode(this, this.readsFrom, eni.networkInterfaceId, rows.stuckAfterMinutes)),
    );
  }

  get regionId(): string {
    return this.parent.regionId;
  }

  toTreeItem(): vscode.TreeItem {
    const { vSwitch, count, freeIpCount } = this.group;
    const label = vSwitch ? vSwitch.vSwitchName || vSwitch.vSwitchId : vscode.l10n.t('vSwitch not listed');
    const item = new vscode.TreeItem(
      label,
      count.shown > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = this.id;
    item.description = [
      vSwitch?.vSwitchName ? vSwitch.vSwitchId : '',
      vSwitch?.zoneId ?? '',
      countText(count),
      freeIpCount === undefined ? '' : vscode.l10n.t('{0} free IPs', localCount(freeIpCount)),
    ]
      .filter(Boolean)
      .join(' · ');
    item.iconPath = new vscode.ThemeIcon('symbol-structure');
    item.tooltip = detailTable(label, [
      [vscode.l10n.t('vSwitch'), vSwitch?.vSwitchId ?? ''],
      [vscode.l10n.t('Zone'), vSwitch?.zoneId ?? ''],
      [vscode.l10n.t('IPv4 CIDR block'), vSwitch?.cidrBlock ?? ''],
      [vscode.l10n.t('IPv6 CIDR block'), vSwitch?.ipv6CidrBlock ?? ''],
      [vscode.l10n.t('Free IPs'), freeIpCount === undefined ? '' : String(freeIpCount)],
    ]);
    item.contextValue = 'vswitch';
    item.accessibilityInformation = { label: `${label} ${item.description}` };
    return item;
  }
}
