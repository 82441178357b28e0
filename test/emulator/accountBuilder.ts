import { addressAt } from './addresses';
import type { EmGuest } from './guest/guestTypes';
import { instanceTypeById } from './instanceTypes';
import type { EmAccount, EmInstance, EmNetworkInterface, EmRegion, EmSecurityGroup, EmSecurityGroupRule, EmTag, EmVSwitch } from './model';
import { REGION_CATALOGUE } from './regionCatalogue';

/** Where a resource lives: its vSwitch (and so zone, VPC and CIDR block) and the security group it joins. */
export interface Network {
  regionId: string;
  zoneId: string;
  vpcId: string;
  vSwitchId: string;
  securityGroupId: string;
  /** The vSwitch's block, for example `172.16.181.0/24`; a resource's `host` is its offset in it. */
  cidrBlock: string;
}

export const net = (regionId: string, zoneId: string, vpc: string, vsw: string, sg: string, cidrBlock: string): Network => ({
  regionId,
  zoneId,
  vpcId: vpc,
  vSwitchId: vsw,
  securityGroupId: sg,
  cidrBlock,
});

const CREATED = '2025-03-14T08:30:00Z';

/** Builds an account: vSwitches and security groups named up front, or made unnamed when a resource first needs them. */
export class AccountBuilder {
  private readonly instances = new Map<string, EmInstance>();
  private readonly networkInterfaces = new Map<string, EmNetworkInterface>();
  private readonly vSwitches = new Map<string, EmVSwitch>();
  private readonly securityGroups = new Map<string, EmSecurityGroup>();
  private serial = 0;

  constructor(private readonly ownerId: string) {}

  private nextSerial(): number {
    this.serial += 1;
    return this.serial;
  }

  private mac(n: number): string {
    const hex = n.toString(16).padStart(6, '0');
    return `00:16:3e:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
  }

  vSwitch(
    network: Network,
    fields: {
      name: string;
      status?: EmVSwitch['status'];
      description?: string;
      otherAddresses?: readonly number[];
      ipv6CidrBlock?: string;
    },
  ): this {
    this.vSwitches.set(network.vSwitchId, {
      vSwitchId: network.vSwitchId,
      vSwitchName: fields.name,
      description: fields.description ?? '',
      vpcId: network.vpcId,
      regionId: network.regionId,
      zoneId: network.zoneId,
      cidrBlock: network.cidrBlock,
      ipv6CidrBlock: fields.ipv6CidrBlock ?? '',
      status: fields.status ?? 'Available',
      creationTime: CREATED,
      otherAddresses: (fields.otherAddresses ?? []).map((host) => addressAt(network.cidrBlock, host)),
    });
    return this;
  }

  securityGroup(
    regionId: string,
    vpcId: string,
    fields: { id: string; name: string; description?: string; type?: EmSecurityGroup['securityGroupType'] },
  ): this {
    this.securityGroups.set(fields.id, {
      securityGroupId: fields.id,
      securityGroupName: fields.name,
      description: fields.description ?? '',
      regionId,
      vpcId,
      securityGroupType: fields.type ?? 'normal',
      creationTime: CREATED,
      rules: [],
    });
    return this;
  }

  /** Gives a named security group its rules, numbered in order. */
  rules(securityGroupId: string, rules: ReadonlyArray<Omit<EmSecurityGroupRule, 'securityGroupRuleId'>>): this {
    const group = this.securityGroups.get(securityGroupId);
    if (!group) {
      throw new Error(`unknown security group ${securityGroupId}`);
    }
    group.rules = rules.map((rule, index) => ({ ...rule, securityGroupRuleId: `sgr-${securityGroupId.slice(3, 12)}${index + 1}` }));
    return this;
  }

  private register(network: Network): void {
    if (!this.securityGroups.has(network.securityGroupId)) {
      this.securityGroup(network.regionId, network.vpcId, { id: network.securityGroupId, name: '' });
    }
    if (!this.vSwitches.has(network.vSwitchId)) {
      this.vSwitch(network, { name: '' });
    }
  }

  instance(
    network: Network,
    fields: {
      id: string;
      name: string;
      status: EmInstance['status'];
      type: string;
      host: number;
      startTime?: string;
      tags?: EmTag[];
      guest?: EmGuest;
    },
  ): EmInstance {
    this.register(network);
    const instanceType = instanceTypeById(fields.type);
    if (!instanceType) {
      throw new Error(`unknown instance type ${fields.type}`);
    }
    const instance: EmInstance = {
      instanceId: fields.id,
      instanceName: fields.name,
      regionId: network.regionId,
      zoneId: network.zoneId,
      status: fields.status,
      instanceType: fields.type,
      cpu: instanceType.cpu,
      memoryMiB: instanceType.memoryGiB * 1024,
      vpcId: network.vpcId,
      vSwitchId: network.vSwitchId,
      privateIpAddress: addressAt(network.cidrBlock, fields.host),
      securityGroupIds: [network.securityGroupId],
      creationTime: '2025-03-14T08:30Z',
      startTime: fields.startTime ?? '2026-10-02T09:15Z',
      tags: fields.tags ?? [],
      ...(fields.guest ? { guest: fields.guest } : {}),
    };
    this.instances.set(instance.instanceId, instance);
    const serial = this.nextSerial();
    this.eni(network, {
      id: fields.id.replace(/^i-/, 'eni-'),
      name: '',
      status: 'InUse',
      type: 'Primary',
      host: fields.host,
      instanceId: instance.instanceId,
      deviceIndex: 0,
      macSerial: serial,
    });
    return instance;
  }

  eni(
    network: Network,
    fields: {
      id: string;
      name: string;
      status: EmNetworkInterface['status'];
      type?: EmNetworkInterface['type'];
      host: number;
      instanceId?: string;
      deviceIndex?: number;
      serviceManaged?: boolean;
      tags?: EmTag[];
      description?: string;
      macSerial?: number;
      /** Offsets in the block, like `host`. */
      secondaryHosts?: readonly number[];
      ipv6Addresses?: readonly string[];
      publicIpAddress?: string;
    },
  ): EmNetworkInterface {
    this.register(network);
    const eni: EmNetworkInterface = {
      networkInterfaceId: fields.id,
      networkInterfaceName: fields.name,
      description: fields.description ?? '',
      regionId: network.regionId,
      zoneId: network.zoneId,
      status: fields.status,
      type: fields.type ?? 'Secondary',
      vpcId: network.vpcId,
      vSwitchId: network.vSwitchId,
      privateIpAddress: addressAt(network.cidrBlock, fields.host),
      secondaryIps: (fields.secondaryHosts ?? []).map((host) => addressAt(network.cidrBlock, host)),
      ipv6Addresses: [...(fields.ipv6Addresses ?? [])],
      publicIpAddress: fields.publicIpAddress ?? '',
      macAddress: this.mac(fields.macSerial ?? this.nextSerial()),
      securityGroupIds: [network.securityGroupId],
      instanceId: fields.instanceId ?? '',
      deviceIndex: fields.deviceIndex,
      serviceManaged: fields.serviceManaged ?? false,
      creationTime: '2025-06-01T10:00:00Z',
      tags: fields.tags ?? [],
    };
    this.networkInterfaces.set(eni.networkInterfaceId, eni);
    return eni;
  }

  build(options: { regions?: readonly EmRegion[]; eniQuotaPerRegion?: number; securityGroupsPerEni?: number } = {}): EmAccount {
    return {
      ownerId: this.ownerId,
      regions: (options.regions ?? REGION_CATALOGUE).map((region) => ({ ...region, zones: [...region.zones] })),
      instances: this.instances,
      networkInterfaces: this.networkInterfaces,
      vSwitches: this.vSwitches,
      securityGroups: this.securityGroups,
      eniQuotaPerRegion: options.eniQuotaPerRegion ?? 100,
      securityGroupsPerEni: options.securityGroupsPerEni ?? 5,
      clientTokens: new Map(),
      invocations: new Map(),
    };
  }
}
