import { waitUntilSettled } from '../../cloud/settle';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { OperationContext } from './operationContext';

/** How long a write whose answer was lost is watched for, by default, before it is taken as not carried out. */
export const LOST_ANSWER_WATCH_MS = 5000;

/** Soon at first (ECS may be carrying the write out as we look), then every two seconds. */
function* lostAnswerDelays(): Generator<number> {
  yield* [0, 700, 1000, 1500];
  for (;;) {
    yield 2000;
  }
}

/** What the watch saw: the write happened, the resource read as it was before, or it could not be read at all. */
export type LostAnswerVerdict = 'happened' | 'notSeen' | 'unreadable';

/**
 * After a write whose answer was lost: reads the resource (a few times, for a while, since ECS may still be carrying
 * the write out) until it shows that the write went through. The write is never sent again blindly; each caller
 * decides what an unreadable resource means for its write.
 */
export async function watchAfterLostAnswer<T>(
  read: () => Promise<T | undefined>,
  happened: (value: T) => boolean,
  timeoutMs = LOST_ANSWER_WATCH_MS,
): Promise<LostAnswerVerdict> {
  const seen = await waitUntilSettled(
    () => read().catch(() => undefined),
    (value) => value !== undefined && happened(value),
    { timeoutMs, delays: lostAnswerDelays() },
  );
  return seen.kind === 'settled' ? 'happened' : seen.value === undefined ? 'unreadable' : 'notSeen';
}

/** The watch for a write to one ENI: true only when the ENI was seen changed. */
export async function wentThrough(
  context: OperationContext,
  regionId: string,
  eniId: string,
  happened: (eni: NetworkInterface) => boolean,
): Promise<boolean> {
  const read = async (): Promise<NetworkInterface | undefined> => await context.store.freshNetworkInterface(regionId, eniId);
  return (await watchAfterLostAnswer(read, happened)) === 'happened';
}
