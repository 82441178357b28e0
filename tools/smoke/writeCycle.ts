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

/** An ENI left by an earlier run is one this old at least: no cycle runs that long, so a running one is never touched. */
const LEFTOVER_AFTER_MS = 30 * 60 * 1000;

export interface CycleOptions {
  /** The instance to attach to, which the user named; without one, the cycle creates and deletes only. */
  readonly attachTo: string | undefined;
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
  const settled = (eni: Json | undefined): boolean => !['Attaching', 'Detaching', 'Creating'].includes(text(eni?.Status));
  const remove = async (found: Json): Promise<void> => {
    const eniId = text(found.NetworkInterfaceId);
    // One still on its way (a wait that gave up) is let settle first, so that it can be detached and deleted.
    const eni = settled(found) ? found : (await waitFor(eniId, settled, 'settled')) ? await eniNow(eniId) : found;
    if (!eni) {
      return;
    }
    const instanceId = text(eni.InstanceId) || text((eni.Attachment as Json | undefined)?.InstanceId);
    if (text(eni.Status) === 'InUse' && instanceId) {
      await send('DetachNetworkInterface', 'cleaning up', { NetworkInterfaceId: eniId, InstanceId: instanceId });
      await waitFor(eniId, (now) => text(now?.Status) === 'Available', 'Available');
    }
    await send('DeleteNetworkInterface', 'cleaning up', { NetworkInterfaceId: eniId });
    await waitFor(eniId, (now) => now === undefined, 'gone');
  };

  const tagged = async (note: string): Promise<Json[]> => {
    const answer = await send('DescribeNetworkInterfaces', note, { Tag: [{ Key: SMOKE_TAG_KEY }], MaxResults: 100 });
    // The kit's own: its name and its tag, whose value is when it was made.
    return (answer.ok ? list(answer.body, 'NetworkInterfaceSets', 'NetworkInterfaceSet') : []).filter(
      (eni) => eni.NetworkInterfaceName === SMOKE_TAG_KEY && createdAt(eni) !== undefined,
    );
  };
  for (const eni of await tagged('left by an earlier run')) {
    if (Date.now() - (createdAt(eni) ?? Date.now()) >= LEFTOVER_AFTER_MS) {
      options.say(`${side.name}: removing an ENI an earlier run left`);
      await remove(eni);
    }
  }

  const target = await placeFor(side, regionId, options.attachTo);
  if (!target || options.interrupted()) {
    options.say(`${side.name}: no vSwitch with a free address and a security group of its VPC in ${regionId}; nothing created`);
    return runs;
  }
  const madeAt = new Date().toISOString();
  const created = await send('CreateNetworkInterface', 'tagged, in a vSwitch with free addresses', {
    VSwitchId: target.vSwitchId,
    SecurityGroupIds: [target.securityGroupId],
    NetworkInterfaceName: SMOKE_TAG_KEY,
    Tag: [{ Key: SMOKE_TAG_KEY, Value: madeAt }],
    ClientToken: randomUUID(),
  });
  const eniId = created.ok ? text(created.body.NetworkInterfaceId) : '';
  if (!eniId) {
    // An answer lost on the way may hide a create that happened: this run's tag finds it.
    for (const eni of (await tagged('made by this run, its answer lost')).filter((e) => tagValue(e) === madeAt)) {
      await remove(eni);
    }
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
      options.say(`${side.name}: no instance to attach to (--attach-to names one): attach and detach skipped`);
    }
  } finally {
    const now = await eniNow(eniId);
    if (now) {
      await remove(now);
    }
    if (await eniNow(eniId)) {
      options.say(`${side.name}: the ENI the kit made is still there, tagged ${SMOKE_TAG_KEY}; the next run with --write removes it`);
    }
  }
  return runs;
}

const tagValue = (eni: Json): string | undefined =>
  list(eni, 'Tags', 'Tag').find((tag) => tag.TagKey === SMOKE_TAG_KEY)?.TagValue as string | undefined;

/** When the kit made the ENI, from its tag; undefined for an ENI whose tag is not the kit's. */
function createdAt(eni: Json): number | undefined {
  const value = tagValue(eni);
  const time = value === undefined ? NaN : Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}

/** A vSwitch with a free address, a security group of its VPC, and an instance of its zone and VPC when there is one. */
async function placeFor(
  side: Side,
  regionId: string,
  attachTo: string | undefined,
): Promise<{ vSwitchId: string; securityGroupId: string; instanceId?: string } | undefined> {
  const vSwitches = await side.send('DescribeVSwitches', regionId, { RegionId: regionId, PageSize: 50 });
  const groups = await side.send('DescribeSecurityGroups', regionId, { RegionId: regionId, MaxResults: 100 });
  const instances = await side.send('DescribeInstances', regionId, { RegionId: regionId, PageSize: 100 });
  if (!vSwitches.ok || !groups.ok) {
    return undefined;
  }
  // The instance the user named: the vSwitch is chosen in its zone and VPC.
  const instance = (instances.ok ? list(instances.body, 'Instances', 'Instance') : []).find(
    (i) => attachTo !== undefined && i.InstanceId === attachTo,
  );
  for (const vSwitch of list(vSwitches.body, 'VSwitches', 'VSwitch')) {
    const group = list(groups.body, 'SecurityGroups', 'SecurityGroup').find((g) => text(g.VpcId) === text(vSwitch.VpcId));
    const fitsInstance =
      !instance ||
      (text(instance.ZoneId) === text(vSwitch.ZoneId) && text((instance.VpcAttributes as Json | undefined)?.VpcId) === text(vSwitch.VpcId));
    if (text(vSwitch.Status) !== 'Available' || Number(vSwitch.AvailableIpAddressCount) < 1 || !group || !fitsInstance) {
      continue;
    }
    const instanceId = text(instance?.InstanceId);
    return { vSwitchId: text(vSwitch.VSwitchId), securityGroupId: text(group.SecurityGroupId), ...(instanceId ? { instanceId } : {}) };
  }
  return undefined;
}
