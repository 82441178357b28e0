import { formatAddress, parseBlock } from './addresses';
import { eniTime, instanceTime } from './clock';
import type { EmAccount, EmInstance, EmNetworkInterface, EmSecurityGroup, EmVSwitch } from './model';
import { REGION_CATALOGUE } from './regionCatalogue';
import { seededRandom } from './random';

export interface GeneratedDataOptions {
  readonly seed?: number;
  readonly regionId?: string;
  readonly instances: number;
  /** All ENIs, the instances' primary ENIs included; at least `instances`. */
  readonly networkInterfaces: number;
}

const STATUSES: Array<EmInstance['status']> = ['Running', 'Running', 'Running', 'Running', 'Stopped', 'Stopped', 'Starting', 'Stopping'];
const TYPES = ['ecs.g7.large', 'ecs.g7.xlarge', 'ecs.g6.large', 'ecs.c6.large', 'ecs.t6-c1m2.large'];

const hex = (random: () => number, length: number): string =>
  Array.from({ length }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('');

const mac = (n: number): string => {
  const text = n.toString(16).padStart(6, '0').slice(-6);
  return `00:16:3e:${text.slice(0, 2)}:${text.slice(2, 4)}:${text.slice(4, 6)}`;
};

/** A large account in one region, the same for the same seed: for the scale tests and the benchmarks. */
export function generatedAccount(options: GeneratedDataOptions): EmAccount {
  const random = seededRandom(options.seed ?? 42);
  const regionId = options.regionId ?? 'cn-hangzhou';
  const region = REGION_CATALOGUE.find((r) => r.regionId === regionId) ?? REGION_CATALOGUE[0];
  if (!region || options.networkInterfaces < options.instances) {
    throw new Error('a generated account needs a known region and at least one ENI per instance');
  }
  const prefix = regionId === 'cn-hangzhou' ? 'bp1' : 'gen';
  const vSwitches = new Map<string, EmVSwitch>();
  const vSwitchList: EmVSwitch[] = [];
  for (let v = 0; v < 40; v += 1) {
    const zone = region.zones[v % region.zones.length] ?? region.zones[0];
    const vSwitch: EmVSwitch = {
      vSwitchId: `vsw-${prefix}${hex(random, 20)}`,
      vSwitchName: `gen-${v}`,
      description: '',
      vpcId: `vpc-${prefix}gen${v % 4}`,
      regionId,
      zoneId: zone?.zoneId ?? `${regionId}-a`,
      cidrBlock: `10.${v}.0.0/16`,
      ipv6CidrBlock: '',
      status: 'Available',
      creationTime: '2025-01-01T00:00:00Z',
      otherAddresses: [],
    };
    vSwitches.set(vSwitch.vSwitchId, vSwitch);
    vSwitchList.push(vSwitch);
  }
  const instances = new Map<string, EmInstance>();
  const networkInterfaces = new Map<string, EmNetworkInterface>();
  const created = Date.parse('2025-01-01T00:00:00Z');
  let serial = 0;
  /** Each vSwitch hands out its addresses in order, from the first one after its reserved network address. */
  const allocated = new Map<string, number>();
  const nextAddress = (vSwitch: EmVSwitch): string => {
    const offset = (allocated.get(vSwitch.vSwitchId) ?? 0) + 1;
    allocated.set(vSwitch.vSwitchId, offset);
    return formatAddress(parseBlock(vSwitch.cidrBlock).network + offset);
  };
  const eni = (vSwitch: EmVSwitch, fields: Partial<EmNetworkInterface>): EmNetworkInterface => {
    serial += 1;
    const item: EmNetworkInterface = {
      networkInterfaceId: `eni-${prefix}${hex(random, 20)}`,
      networkInterfaceName: '',
      description: '',
      regionId,
      zoneId: vSwitch.zoneId,
      status: 'Available',
      type: 'Secondary',
      vpcId: vSwitch.vpcId,
      vSwitchId: vSwitch.vSwitchId,
      privateIpAddress: nextAddress(vSwitch),
      secondaryIps: [],
      ipv6Addresses: [],
      publicIpAddress: '',
      macAddress: mac(serial),
      securityGroupIds: [`sg-${prefix}gen${vSwitch.vpcId.slice(-1)}`],
      instanceId: '',
      deviceIndex: undefined,
      serviceManaged: false,
      creationTime: eniTime(created + serial * 60_000),
      tags: [],
      ...fields,
    };
    networkInterfaces.set(item.networkInterfaceId, item);
    return item;
  };
  const instanceList: EmInstance[] = [];
  for (let i = 0; i < options.instances; i += 1) {
    const vSwitch = vSwitchList[i % vSwitchList.length] as EmVSwitch;
    const status = STATUSES[Math.floor(random() * STATUSES.length)] ?? 'Running';
    const type = TYPES[Math.floor(random() * TYPES.length)] ?? 'ecs.g7.large';
    const instance: EmInstance = {
      instanceId: `i-${prefix}${hex(random, 20)}`,
      instanceName: `node-${String(i).padStart(5, '0')}`,
      regionId,
      zoneId: vSwitch.zoneId,
      status,
      instanceType: type,
      cpu: 2,
      memoryMiB: 8192,
      vpcId: vSwitch.vpcId,
      vSwitchId: vSwitch.vSwitchId,
      privateIpAddress: '',
      securityGroupIds: [`sg-${prefix}gen${vSwitch.vpcId.slice(-1)}`],
      creationTime: instanceTime(created),
      startTime: instanceTime(created + i * 1000),
      tags: [{ key: 'team', value: ['web', 'data', 'ops', 'ml'][i % 4] ?? 'web' }],
    };
    const primary = eni(vSwitch, { status: 'InUse', type: 'Primary', instanceId: instance.instanceId, deviceIndex: 0 });
    instance.privateIpAddress = primary.privateIpAddress;
    instances.set(instance.instanceId, instance);
    instanceList.push(instance);
  }
  // Every seventh secondary ENI is attached to an instance of its own vSwitch (one per instance at most).
  for (let n = options.instances; n < options.networkInterfaces; n += 1) {
    const k = n - options.instances;
    const attachTo = k % 7 === 0 ? instanceList[k % instanceList.length] : undefined;
    const vSwitch = attachTo ? (vSwitches.get(attachTo.vSwitchId) as EmVSwitch) : (vSwitchList[n % vSwitchList.length] as EmVSwitch);
    eni(
      vSwitch,
      attachTo && k < instanceList.length
        ? { status: 'InUse', instanceId: attachTo.instanceId, deviceIndex: 1, networkInterfaceName: `data-${n}` }
        : { networkInterfaceName: n % 3 === 0 ? `spare-${n}` : '' },
    );
  }
  return {
    ownerId: '1999000000000000',
    regions: REGION_CATALOGUE.map((r) => ({ ...r, zones: [...r.zones] })),
    instances,
    networkInterfaces,
    vSwitches,
    securityGroups: new Map(
      [0, 1, 2, 3].map((k): [string, EmSecurityGroup] => [
        `sg-${prefix}gen${k}`,
        {
          securityGroupId: `sg-${prefix}gen${k}`,
          securityGroupName: `gen-${k}`,
          description: '',
          regionId,
          vpcId: `vpc-${prefix}gen${k}`,
          securityGroupType: 'normal',
          creationTime: '2025-01-01T00:00:00Z',
          rules: [],
        },
      ]),
    ),
    eniQuotaPerRegion: options.networkInterfaces + 1000,
    securityGroupsPerEni: 5,
    clientTokens: new Map(),
    invocations: new Map(),
  };
}
