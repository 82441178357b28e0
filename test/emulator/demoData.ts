import { instanceTypeById } from './instanceTypes';
import type { EmAccount, EmInstance, EmNetworkInterface, EmRegion, EmTag, EmVSwitch } from './model';

/** Regions every account sees in DescribeRegions; only some hold demo resources. */
export const REGION_CATALOGUE: readonly EmRegion[] = [
  {
    regionId: 'cn-hangzhou',
    localName: 'China (Hangzhou)',
    chineseName: '华东1（杭州）',
    zones: [
      { zoneId: 'cn-hangzhou-h', localName: 'Hangzhou Zone H', chineseName: '杭州 可用区H' },
      { zoneId: 'cn-hangzhou-i', localName: 'Hangzhou Zone I', chineseName: '杭州 可用区I' },
      { zoneId: 'cn-hangzhou-k', localName: 'Hangzhou Zone K', chineseName: '杭州 可用区K' },
    ],
  },
  {
    regionId: 'cn-shanghai',
    localName: 'China (Shanghai)',
    chineseName: '华东2（上海）',
    zones: [
      { zoneId: 'cn-shanghai-e', localName: 'Shanghai Zone E', chineseName: '上海 可用区E' },
      { zoneId: 'cn-shanghai-f', localName: 'Shanghai Zone F', chineseName: '上海 可用区F' },
    ],
  },
  {
    regionId: 'cn-beijing',
    localName: 'China (Beijing)',
    chineseName: '华北2（北京）',
    zones: [
      { zoneId: 'cn-beijing-g', localName: 'Beijing Zone G', chineseName: '北京 可用区G' },
      { zoneId: 'cn-beijing-h', localName: 'Beijing Zone H', chineseName: '北京 可用区H' },
    ],
  },
  {
    regionId: 'ap-southeast-1',
    localName: 'Singapore',
    chineseName: '新加坡',
    zones: [
      { zoneId: 'ap-southeast-1a', localName: 'Singapore Zone A', chineseName: '新加坡 可用区A' },
      { zoneId: 'ap-southeast-1b', localName: 'Singapore Zone B', chineseName: '新加坡 可用区B' },
    ],
  },
  {
    regionId: 'eu-central-1',
    localName: 'Germany (Frankfurt)',
    chineseName: '德国（法兰克福）',
    zones: [{ zoneId: 'eu-central-1a', localName: 'Frankfurt Zone A', chineseName: '法兰克福 可用区A' }],
  },
];

export interface Network {
  regionId: string;
  zoneId: string;
  vpcId: string;
  vSwitchId: string;
  securityGroupId: string;
  subnet: string;
}

export class AccountBuilder {
  private readonly instances = new Map<string, EmInstance>();
  private readonly networkInterfaces = new Map<string, EmNetworkInterface>();
  private readonly vSwitches = new Map<string, EmVSwitch>();
  private readonly securityGroups = new Set<string>();
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

  private register(network: Network): void {
    this.securityGroups.add(network.securityGroupId);
    if (!this.vSwitches.has(network.vSwitchId)) {
      this.vSwitches.set(network.vSwitchId, {
        vSwitchId: network.vSwitchId,
        vpcId: network.vpcId,
        regionId: network.regionId,
        zoneId: network.zoneId,
        subnet: network.subnet,
      });
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
    },
  ): EmInstance {
    this.register(network);
    const ip = `${network.subnet}.${fields.host}`;
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
      privateIpAddress: ip,
      securityGroupIds: [network.securityGroupId],
      creationTime: '2025-03-14T08:30Z',
      startTime: fields.startTime ?? '2026-10-02T09:15Z',
      tags: fields.tags ?? [],
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
      privateIpAddress: `${network.subnet}.${fields.host}`,
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

  build(options: { regions?: readonly EmRegion[]; eniQuotaPerRegion?: number } = {}): EmAccount {
    return {
      ownerId: this.ownerId,
      regions: (options.regions ?? REGION_CATALOGUE).map((region) => ({ ...region, zones: [...region.zones] })),
      instances: this.instances,
      networkInterfaces: this.networkInterfaces,
      vSwitches: this.vSwitches,
      securityGroups: this.securityGroups,
      eniQuotaPerRegion: options.eniQuotaPerRegion ?? 100,
    };
  }
}

export const net = (regionId: string, zoneId: string, vpc: string, vsw: string, sg: string, subnet: string): Network => ({
  regionId,
  zoneId,
  vpcId: vpc,
  vSwitchId: vsw,
  securityGroupId: sg,
  subnet,
});

/**
 * The demo account: three regions with resources, instances in every state, ENIs of every status and type.
 * In Hangzhou zone K: web-1 is at its ENI limit, web-2 has room, batch-worker and shop-api are of types that must be
 * Stopped to attach, legacy-erp was last started before April 2018, old-gen is not I/O optimized, and other-vpc is
 * in another VPC.
 */
export function demoAccount(): EmAccount {
  const b = new AccountBuilder('1406926474060000');
  const hzK = net(
    'cn-hangzhou',
    'cn-hangzhou-k',
    'vpc-bp171csbkbnjhg1bj3npw',
    'vsw-bp1xgvok3myac6ctry030',
    'sg-bp16q7p8yafqaure63n4',
    '172.16.181',
  );
  const hzI = net(
    'cn-hangzhou',
    'cn-hangzhou-i',
    'vpc-bp171csbkbnjhg1bj3npw',
    'vsw-bp1i2mz0e0kbj5l7rm2xq',
    'sg-bp16q7p8yafqaure63n4',
    '172.16.20',
  );
  const hzK2 = net(
    'cn-hangzhou',
    'cn-hangzhou-k',
    'vpc-bp1opxu1zkhn00gzv26cd',
    'vsw-bp1dp4ykfdt9i0v8oqd4h',
    'sg-bp1fg655nh68xyz9i4eh',
    '10.0.1',
  );
  const env = (value: string): EmTag[] => [{ key: 'env', value }];

  b.instance(hzK, { id: 'i-bp1h4adlltjc1d48goaq', name: 'web-1', status: 'Running', type: 'ecs.g7.large', host: 225, tags: env('prod') });
  b.instance(hzK, { id: 'i-bp1b8kf3yu0o4q1jh2xa', name: 'web-2', status: 'Running', type: 'ecs.g7.large', host: 226, tags: env('prod') });
  b.instance(hzK, {
    id: 'i-bp1c9m2wq7e5r3t1y0ub',
    name: 'batch-worker',
    status: 'Stopped',
    type: 'ecs.t6-c1m1.large',
    host: 230,
    tags: env('dev'),
  });
  b.instance(hzK, {
    id: 'i-bp1legacy0startz7k2c',
    name: 'legacy-erp',
    status: 'Running',
    type: 'ecs.g6.large',
    host: 231,
    startTime: '2017-11-20T03:00Z',
    tags: env('prod'),
  });
  b.instance(hzI, { id: 'i-bp1d0n8va6s4d2f0g8id', name: 'db-replica', status: 'Starting', type: 'ecs.g7.xlarge', host: 12 });
  b.instance(hzI, { id: 'i-bp1e1o9wb7t5e3g1h9je', name: 'cache-1', status: 'Stopping', type: 'ecs.g6.large', host: 13 });
  b.instance(hzK2, { id: 'i-bp1f2p0xc8u6f4h2i0kf', name: 'build-agent', status: 'Pending', type: 'ecs.c6.large', host: 8 });
  b.instance(hzK, {
    id: 'i-bp1shop8t6c1m2burst',
    name: 'shop-api',
    status: 'Running',
    type: 'ecs.t6-c1m2.large',
    host: 232,
    tags: env('staging'),
  });
  b.instance(hzK, {
    id: 'i-bp1gw4x7c2v9b3n5m1kq',
    name: 'gateway',
    status: 'Running',
    type: 'ecs.g7.xlarge',
    host: 233,
    tags: env('prod'),
  });
  b.instance(hzK, { id: 'i-bp1oldgen2t1small9zz', name: 'old-gen', status: 'Running', type: 'ecs.t1.small', host: 234, tags: env('dev') });

  b.eni(hzK, { id: 'eni-bp17pdijfczax1huji00', name: 'spare-k', status: 'Available', host: 240, tags: [{ key: 'owner', value: 'lisi' }] });
  b.eni(hzK, { id: 'eni-bp18qejkgdaby2ivkj11', name: 'spare-k-2', status: 'Available', host: 241 });
  b.eni(hzI, { id: 'eni-bp19rflhhebcz3jwlk22', name: 'spare-i', status: 'Available', host: 40 });
  b.eni(hzK2, { id: 'eni-bp1asgmiifcd04kxml33', name: 'other-vpc', status: 'Available', host: 50 });
  b.eni(hzK, {
    id: 'eni-bp1bthnjjgde15lynm44',
    name: 'web-1-data',
    status: 'InUse',
    host: 242,
    instanceId: 'i-bp1h4adlltjc1d48goaq',
    deviceIndex: 1,
  });
  b.eni(hzK, {
    id: 'eni-bp1cuiokkhef26mzon55',
    name: 'joining',
    status: 'Attaching',
    host: 243,
    instanceId: 'i-bp1b8kf3yu0o4q1jh2xa',
    deviceIndex: 1,
  });
  b.eni(hzK, {
    id: 'eni-bp1dvjpllifg37n0po66',
    name: 'leaving',
    status: 'Detaching',
    host: 244,
    instanceId: 'i-bp1h4adlltjc1d48goaq',
    deviceIndex: 2,
  });
  b.eni(hzK, { id: 'eni-bp1ewkqmmjgh48o1qp77', name: 'retired', status: 'Deleting', host: 245 });
  b.eni(hzK, {
    id: 'eni-bp1fxlrnnkhi59p2rq88',
    name: 'nlb-managed',
    status: 'InUse',
    host: 246,
    instanceId: 'i-bp1gw4x7c2v9b3n5m1kq',
    deviceIndex: 1,
    serviceManaged: true,
    description: 'Managed by a cloud service',
  });
  b.eni(hzK, {
    id: 'eni-bp1gymsoolij60q3sr99',
    name: 'trunk-k',
    status: 'InUse',
    type: 'Trunk',
    host: 247,
    instanceId: 'i-bp1gw4x7c2v9b3n5m1kq',
    deviceIndex: 2,
  });
  b.eni(hzK, {
    id: 'eni-bp1hzntppmjk71r4tsaa',
    name: 'member-k',
    status: 'InUse',
    type: 'Member',
    host: 248,
    instanceId: 'i-bp1gw4x7c2v9b3n5m1kq',
  });

  const shF = net(
    'cn-shanghai',
    'cn-shanghai-f',
    'vpc-uf6f7l4fg90oxdrkm1jit',
    'vsw-uf6kfbrxhc3ikxvbxkpuz',
    'sg-uf6bpwh0vb4x9m2yg2rf',
    '192.168.3',
  );
  const shE = net(
    'cn-shanghai',
    'cn-shanghai-e',
    'vpc-uf6f7l4fg90oxdrkm1jit',
    'vsw-uf6k1e3vi4a0r5o1g7clm',
    'sg-uf6bpwh0vb4x9m2yg2rf',
    '192.168.4',
  );
  b.instance(shF, { id: 'i-uf6a1b2c3d4e5f6g7h8i', name: 'api-sh-1', status: 'Running', type: 'ecs.g7.large', host: 10, tags: env('prod') });
  b.instance(shE, { id: 'i-uf6b2c3d4e5f6g7h8i9j', name: 'api-sh-2', status: 'Stopped', type: 'ecs.g7.large', host: 11, tags: env('prod') });
  b.eni(shF, { id: 'eni-uf6c3d4e5f6g7h8i9j0k', name: 'sh-spare', status: 'Available', host: 20 });
  b.eni(shE, { id: 'eni-uf6d4e5f6g7h8i9j0k1l', name: 'sh-spare-e', status: 'Available', host: 21 });

  const sgA = net(
    'ap-southeast-1',
    'ap-southeast-1a',
    'vpc-t4n8wq3zl0cvmsn2w5e6r',
    'vsw-t4nabcx0ge3v0uh0lftyq',
    'sg-t4n0tnxq5b7wkvo3ej5s',
    '10.8.0',
  );
  b.instance(sgA, { id: 'i-t4n1a2b3c4d5e6f7g8h9', name: 'edge-sg', status: 'Running', type: 'ecs.c6.large', host: 5 });
  b.eni(sgA, { id: 'eni-t4n2b3c4d5e6f7g8h9i0', name: '', status: 'Available', host: 30 });

  return b.build();
}

/** A second account, so that switching credentials visibly switches data. */
export function secondAccount(): EmAccount {
  const b = new AccountBuilder('5810392746150000');
  const bjG = net(
    'cn-beijing',
    'cn-beijing-g',
    'vpc-2zeq0ksyd3w8c1z7n5b4m',
    'vsw-2ze1i7n6ax5o0zu8gt7p9',
    'sg-2zef4m8jk1xqz0w5y9t3',
    '10.20.0',
  );
  b.instance(bjG, { id: 'i-2ze7kmq3v1x9c5b0n8aa', name: 'analytics-bj', status: 'Running', type: 'ecs.g7.large', host: 7 });
  b.eni(bjG, { id: 'eni-2ze8lnr4w2y0d6c1o9bb', name: 'bj-spare', status: 'Available', host: 31 });
  return b.build();
}
