import { waitUntilSettled } from '../../cloud/settle';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { OperationContext } from './operationContext';

/** How long a write whose answer was lost is watched for before it is taken as not carried out. */
export const LOST_ANSWER_WATCH_MS = 5000;

/**
 * After a write whose answer was lost: reads the ENI (a few times, for a few seconds, since ECS may still be carrying
 * it out) until it shows that the write went through. True when it did; the write is never sent again blindly.
 */
export async function wentThrough(
  context: OperationContext,
  regionId: string,
  eniId: string,
  happened: (eni: NetworkInterface) => boolean,
): Promise<boolean> {
  const read = async (): Promise<NetworkInterface | undefined> =>
    (await context.store.readFresh(regionId, [], [eniId]).catch(() => undefined))?.networkInterfaces[0];
  const seen = await waitUntilSettled(read, (eni) => eni !== undefined && happened(eni), {
    timeoutMs: LOST_ANSWER_WATCH_MS,
    delays: [0, 700, 1000, 1500, 2000],
  });
  return seen.kind === 'settled';
}
