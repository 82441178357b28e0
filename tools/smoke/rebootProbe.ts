import type { Side } from './side';

type Json = Record<string, unknown>;

/** What a reboot did to the instance as DescribeInstances shows it: the states seen, and whether StartTime moved. */
export interface RebootFindings {
  readonly refused?: string;
  readonly statesSeen: readonly string[];
  readonly startTimeChanged: boolean | undefined;
  readonly secondsToRunning: number | undefined;
}

const instanceNow = async (side: Side, regionId: string, instanceId: string): Promise<Json | undefined> => {
  const answer = await side.send('DescribeInstances', regionId, {
    RegionId: regionId,
    InstanceIds: JSON.stringify([instanceId]),
    MaxResults: 100,
  });
  const list = answer.ok ? (answer.body.Instances as Json | undefined)?.Instance : undefined;
  return Array.isArray(list) ? (list[0] as Json | undefined) : undefined;
};

/**
 * Reboots one Running instance the user named and watches it: the extension takes a reboot as done when the instance
 * went through another state or came back with a new StartTime, which only the emulator has said so far.
 */
export async function probeReboot(
  side: Side,
  regionId: string,
  instanceId: string,
  pollMs: number,
  waitMs: number,
): Promise<RebootFindings> {
  const before = await instanceNow(side, regionId, instanceId);
  if (before?.Status !== 'Running') {
    return { refused: before ? 'not Running' : 'not found', statesSeen: [], startTimeChanged: undefined, secondsToRunning: undefined };
  }
  const started = Date.now();
  const reboot = await side.send('RebootInstance', regionId, { InstanceId: instanceId });
  if (!reboot.ok) {
    return { refused: reboot.code, statesSeen: [], startTimeChanged: undefined, secondsToRunning: undefined };
  }
  const states: string[] = [];
  while (Date.now() - started < waitMs) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    const now = await instanceNow(side, regionId, instanceId);
    const status = typeof now?.Status === 'string' ? now.Status : 'unknown';
    if (states.at(-1) !== status) {
      states.push(status);
    }
    const moved = now?.StartTime !== before.StartTime;
    if (status === 'Running' && (moved || states.some((state) => state !== 'Running'))) {
      return { statesSeen: states, startTimeChanged: moved, secondsToRunning: Math.round((Date.now() - started) / 1000) };
    }
  }
  return { statesSeen: states, startTimeChanged: false, secondsToRunning: undefined };
}
