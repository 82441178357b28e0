import * as assert from 'node:assert';
import type { RegionResources } from '../../../src/store/regionResources';
import { TransitionPoller } from '../../../src/explorer/transitionPoller';
import { anInstance } from '../../support/domainFixtures';
import { ManualTimers, settle } from '../../support/manualTimers';

/** A region whose one instance is Starting, and a target that holds every reread until the test lets it end. */
function startingRegion(): { target: ConstructorParameters<typeof TransitionPoller>[0]; rereads: Array<() => void> } {
  const region = {
    regionId: 'cn-hangzhou',
    busy: false,
    instances: { items: () => [anInstance({ instanceId: 'i-bp1starting', status: 'Starting' })] },
    networkInterfaces: { items: () => [] },
  } as unknown as RegionResources;
  const rereads: Array<() => void> = [];
  return { target: { loaded: () => [region], reread: () => new Promise<void>((resolve) => rereads.push(resolve)) }, rereads };
}

describe('the transition poller', () => {
  it('reads a transitional resource again on a growing delay, one round at a time', async () => {
    const timers = new ManualTimers();
    const { target, rereads } = startingRegion();
    const poller = new TransitionPoller(target, 1000, timers);
    poller.setVisible(true);
    assert.strictEqual(timers.fire(), 1000);
    poller.kick();
    assert.strictEqual(timers.pending.size, 0, 'no second round while one is under way');
    rereads[0]?.();
    await settle();
    assert.strictEqual(timers.fire(), 1500);
    poller.dispose();
  });

  it('sends no further read once disposed, even when a round was under way', async () => {
    const timers = new ManualTimers();
    const { target, rereads } = startingRegion();
    const poller = new TransitionPoller(target, 1000, timers);
    poller.setVisible(true);
    timers.fire();
    assert.strictEqual(rereads.length, 1, 'a round is under way');
    poller.dispose();
    rereads[0]?.();
    await settle();
    poller.kick();
    poller.setVisible(true);
    assert.strictEqual(timers.pending.size, 0);
    assert.strictEqual(rereads.length, 1);
  });
});
