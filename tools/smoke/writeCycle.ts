import { randomUUID } from 'node:crypto';
import type { Answer, Side } from './side';

type Json = Record<string, unknown>;

/** The tag every ENI the kit creates carries; a later run removes what an interrupted one left. */
export const SMOKE_TAG_KEY = 'alicloud-ecs-explorer-smoke';

/** One write of the cycle and what the side answered (its shape is compared like a read's). */
export interface WriteRun {
  readonly action: string;
  readonly note: string;
  readonly params: readonly string[];
  readonly answer: Answer;
}

export interface CycleOptions {
  /** Looks again this often while following a change. */
  readonly pollMs: number;
  /** Gives up following after this long. */
  readonly waitMs: number;
  /** Set when the user interrupts (Ctrl-C): the cycle stops creating and only cleans up. */
  readonly interrupted: () => boolean;
  readonly say: (line: string) => void;
}

const list = (body: Json, outer: string, inner: string): Json[] => {
  const items = (body[outer] as Json | undefined)?.[inner];
  return Array.isArray(items) ? (items.filter((item) => typeof item === 'object' && item !== null) as Json[]) : [];
};
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Create → attach → detach → delete on an ENI the kit makes and tags, on one side. Whatever happens (a refusal, a
 * failure, an interruption), the ENI it created is detached and deleted before it returns, and the ENIs an earlier run
 * left (found by the tag) are removed first.
 */
export async function runWriteCycle(side: Side, regionId: string, options: CycleOptions): Promise<WriteRun[]> {
  const runs: WriteRun[] = [];
  const send = async (action: string, note: string, query: Json): Promise<Answer> => {
    const answer = await side.send(action, regionId, { RegionId: regionId, ...query });
    runs.push({ action, note, params: Object.keys(query), answer });
    return answer;
  };
  const eniNow = async (eniId: string): Promise<Json | undefined> => {
    const answer = await side.send('DescribeNetworkInterfaces', regionId, {
      RegionId: regionId,
      NetworkInterfaceId: [eniId],
      MaxResults: 100,
    });
    return answer.ok ? list(answer.body, 'NetworkInterfaceSets', 'NetworkInterfaceSet')[0] : undefined;
  };
  const waitFor = async (eniId: string, settled: (eni: Json | undefined) => boolean, what: string): Promise<boolean> => {
    const until = Date.now() + options.waitMs;
    while (Date.now() < until) {
      if (settled(await eniNow(eniId))) {
        return true;
      }
      await sleep(options.pollMs);
    }
    options.say(`${side.name}: ${eniId} did not become ${what} within ${Math.round(options.waitMs / 1000)} s`);
    return false;
  };
  const remove = async (eni: Json): Promise<void> => {
    const eniId = text(eni.NetworkInterfaceId);
    const instanceId = text(eni.InstanceId) || text((eni.Attachment as Json | undefined)?.InstanceId);
    if (text(eni.Status) === 'InUse' && instanceId) {
      await send('DetachNetworkInterface', 'cleaning up', { NetworkInterfaceId: eniId, InstanceId: instanceId });
      await waitFor(eniId, (now) => text(now?.Status) === 'Available', 'Available');
    }
    await send('DeleteNetworkInterface', 'cleaning up', { NetworkInterfaceId: eniId });
    await waitFor(eniId, (now) => now === undefined, 'gone');
  };

  const leftovers = await send('DescribeNetworkInterfaces', 'left by an earlier run', {
    Tag: [{ Key: SMOKE_TAG_KEY }],
    MaxResults: 100,
  });
  for (const eni of leftovers.ok ? list(leftovers.body, 'NetworkInterfaceSets', 'NetworkInterfaceSet') : []) {
    options.say(`${side.name}: removing ${text(eni.NetworkInterfaceId)}, left by an earlier run`);
    await remove(eni);
  }

  const target = await placeFor(side, regionId);
  if (!target || options.interrupted()) {
    options.say(`${side.name}: no vSwitch with a free address and a security group of its VPC in ${regionId}; nothing created`);
    return runs;
  }
  const created = await send('CreateNetworkInterface', 'tagged, in a vSwitch with free addresses', {
    VSwitchId: target.vSwitchId,
    SecurityGroupIds: [target.securityGroupId],
    NetworkInterfaceName: SMOKE_TAG_KEY,
    Tag: [{ Key: SMOKE_TAG_KEY, Value: new Date().toISOString() }],
    ClientToken: randomUUID(),
  });
  const eniId = created.ok ? text(created.body.NetworkInterfaceId) : '';
  if (!eniId) {
    return runs;
  }
  try {
    await waitFor(eniId, (now) => text(now?.Status) === 'Available', 'Available');
    if (target.instanceId && !options.interrupted()) {
      const attached = await send('AttachNetworkInterface', 'to an instance of the same zone and VPC', {
        NetworkInterfaceId: eniId,
        InstanceId: target.instanceId,
      });
      if (attached.ok && (await waitFor(eniId, (now) => text(now?.Status) === 'InUse', 'InUse')) && !options.interrupted()) {
        await send('DetachNetworkInterface', 'back', { NetworkInterfaceId: eniId, InstanceId: target.instanceId });
        await waitFor(eniId, (now) => text(now?.Status) === 'Available', 'Available');
      }
    } else {
      options.say(`${side.name}: no Running or Stopped instance in ${target.vSwitchId}'s zone and VPC: attach and detach skipped`);
    }
  } finally {
    const now = await eniNow(eniId);
    if (now) {
      await remove(now);
    }
  }
  return runs;
}

/** A vSwitch with a free address, a security group of its VPC, and an instance of its zone and VPC when there is one. */
async function placeFor(
  side: Side,
  regionId: string,
): Promise<{ vSwitchId: string; securityGroupId: string; instanceId?: string } | undefined> {
  const vSwitches = await side.send('DescribeVSwitches', regionId, { RegionId: regionId, PageSize: 50 });
  const groups = await side.send('DescribeSecurityGroups', regionId, { RegionId: regionId, MaxResults: 100 });
  const instances = await side.send('DescribeInstances', regionId, { RegionId: regionId, PageSize: 100 });
  if (!vSwitches.ok || !groups.ok) {
    return undefined;
  }
  for (const vSwitch of list(vSwitches.body, 'VSwitches', 'VSwitch')) {
    const group = list(groups.body, 'SecurityGroups', 'SecurityGroup').find((g) => text(g.VpcId) === text(vSwitch.VpcId));
    if (text(vSwitch.Status) !== 'Available' || Number(vSwitch.AvailableIpAddressCount) < 1 || !group) {
      continue;
    }
    // The instance with the fewest ENIs of the zone and VPC: the likeliest to have a free slot.
    const enisOf = (i: Json): number => list(i, 'NetworkInterfaces', 'NetworkInterface').length;
    const instance = (instances.ok ? list(instances.body, 'Instances', 'Instance') : [])
      .filter(
        (i) =>
          ['Running', 'Stopped'].includes(text(i.Status)) &&
          text(i.ZoneId) === text(vSwitch.ZoneId) &&
          text((i.VpcAttributes as Json | undefined)?.VpcId) === text(vSwitch.VpcId),
      )
      .sort((a, b) => enisOf(a) - enisOf(b))[0];
    const instanceId = text(instance?.InstanceId);
    return { vSwitchId: text(vSwitch.VSwitchId), securityGroupId: text(group.SecurityGroupId), ...(instanceId ? { instanceId } : {}) };
  }
  return undefined;
}
