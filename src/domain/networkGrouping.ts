import type { VSwitch } from './network';
import type { NetworkInterface } from './networkInterface';

/** ENIs under a group: those the filter lets through, of all there are. */
export interface EniCount {
  readonly shown: number;
  readonly total: number;
}

export interface VSwitchGroup {
  readonly vSwitchId: string;
  /** Undefined for the bucket of the VPC's ENIs whose vSwitch is not among those known (`vSwitchId` is then ''). */
  readonly vSwitch: VSwitch | undefined;
  /** The shown ENIs, in the order they were given. */
  readonly networkInterfaces: readonly NetworkInterface[];
  readonly count: EniCount;
  /** Addresses still free in the vSwitch; undefined for the unknown bucket. */
  readonly freeIpCount: number | undefined;
}

export interface VpcGroup {
  readonly vpcId: string;
  /** Empty when not known. */
  readonly name: string;
  /** Sorted by name then id; the unknown bucket, when any, last. */
  readonly vSwitches: readonly VSwitchGroup[];
  readonly count: EniCount;
}

export interface NetworkTree {
  /** Sorted by name then id. */
  readonly vpcs: readonly VpcGroup[];
  readonly count: EniCount;
}

export interface NetworkGroupingInput {
  readonly networkInterfaces: readonly NetworkInterface[];
  /** The region's vSwitches; each shows, with or without ENIs. Empty when not loaded: every ENI is then unknown's. */
  readonly vSwitches: readonly VSwitch[];
  /** The ids of the ENIs the filter lets through; every ENI when left out. */
  readonly shown?: ReadonlySet<string>;
  /** The VPCs' names, when known (ECS's VPCs are not read here). */
  readonly vpcNames?: ReadonlyMap<string, string>;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** By name (the unnamed after the named), then by id. */
function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return Number(a.name === '') - Number(b.name === '') || collator.compare(a.name, b.name) || collator.compare(a.id, b.id);
}

const sum = (counts: readonly EniCount[]): EniCount => ({
  shown: counts.reduce((total, count) => total + count.shown, 0),
  total: counts.reduce((total, count) => total + count.total, 0),
});

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const found = map.get(key);
  if (found) {
    found.push(item);
  } else {
    map.set(key, [item]);
  }
}

/** The ENIs of a region as VPC → vSwitch → ENIs, with the count of each level. */
export function groupByNetwork(input: NetworkGroupingInput): NetworkTree {
  const { shown, vpcNames } = input;
  const known = new Map(input.vSwitches.map((vSwitch) => [vSwitch.vSwitchId, vSwitch]));
  const inVSwitch = new Map<string, NetworkInterface[]>();
  const unknownInVpc = new Map<string, NetworkInterface[]>();
  for (const eni of input.networkInterfaces) {
    if (known.has(eni.vSwitchId)) {
      push(inVSwitch, eni.vSwitchId, eni);
    } else {
      push(unknownInVpc, eni.vpcId, eni);
    }
  }
  const vSwitchesOfVpc = new Map<string, VSwitch[]>();
  [...known.values()].forEach((vSwitch) => push(vSwitchesOfVpc, vSwitch.vpcId, vSwitch));

  const group = (vSwitch: VSwitch | undefined, enis: readonly NetworkInterface[]): VSwitchGroup => {
    const visible = shown ? enis.filter((eni) => shown.has(eni.networkInterfaceId)) : enis;
    return {
      vSwitchId: vSwitch?.vSwitchId ?? '',
      vSwitch,
      networkInterfaces: visible,
      count: { shown: visible.length, total: enis.length },
      freeIpCount: vSwitch?.availableIpAddressCount,
    };
  };
  const vpcIds = new Set([...vSwitchesOfVpc.keys(), ...unknownInVpc.keys()]);
  const vpcs = [...vpcIds].map((vpcId): VpcGroup => {
    const vSwitches = (vSwitchesOfVpc.get(vpcId) ?? [])
      .sort((a, b) => byNameThenId({ name: a.vSwitchName, id: a.vSwitchId }, { name: b.vSwitchName, id: b.vSwitchId }))
      .map((vSwitch) => group(vSwitch, inVSwitch.get(vSwitch.vSwitchId) ?? []));
    const unknown = unknownInVpc.get(vpcId);
    const groups = unknown ? [...vSwitches, group(undefined, unknown)] : vSwitches;
    return { vpcId, name: vpcNames?.get(vpcId) ?? '', vSwitches: groups, count: sum(groups.map((g) => g.count)) };
  });
  vpcs.sort((a, b) => byNameThenId({ name: a.name, id: a.vpcId }, { name: b.name, id: b.vpcId }));
  return { vpcs, count: sum(vpcs.map((vpc) => vpc.count)) };
}
