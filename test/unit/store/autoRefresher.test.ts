import * as assert from 'node:assert';
import { EcsError } from '../../../src/cloud/ecsError';
import { autoRefreshSeconds } from '../../../src/domain/settingValues';
import { AutoRefresher } from '../../../src/store/autoRefresher';
import { ManualTimers, settle } from '../../support/manualTimers';

/** A visible refresher at 60 s whose first round has started and waits until the test ends it (`rounds[0]()`). */
function roundUnderWay(): { timers: ManualTimers; rounds: Array<() => void>; refresher: AutoRefresher } {
  const timers = new ManualTimers();
  const rounds: Array<() => void> = [];
  const refresher = new AutoRefresher(
    { reloadLoaded: () => new Promise<void>((resolve) => rounds.push(resolve)) },
    () => 60,
    undefined,
    timers,
  );
  refresher.setVisible(true);
  timers.fire();
  return { timers, rounds, refresher };
}

describe('the automatic refresh', () => {
  it('reads again every interval while visible, and rests while hidden or set to 0', async () => {
    const timers = new ManualTimers();
    let rounds = 0;
    let seconds = 60;
    const refresher = new AutoRefresher({ reloadLoaded: async () => void rounds++ }, () => seconds, undefined, timers);
    assert.strictEqual(timers.pending.size, 0, 'nothing before the view is visible');
    refresher.setVisible(true);
    assert.strictEqual(timers.fire(), 60_000);
    await settle();
    assert.strictEqual(rounds, 1);
    assert.strictEqual(timers.pending.size, 1, 'the next round is set');
    refresher.setVisible(false);
    assert.strictEqual(timers.pending.size, 0, 'hidden: nothing pending');
    seconds = 0;
    refresher.setVisible(true);
    assert.strictEqual(timers.pending.size, 0, 'off');
    seconds = 30;
    refresher.restart();
    assert.strictEqual(timers.fire(), 30_000);
    refresher.dispose();
    await settle();
    assert.strictEqual(timers.pending.size, 0, 'disposed: nothing pending');
  });

  it('stretches the interval while ECS throttles, and comes back once a round works', async () => {
    const timers = new ManualTimers();
    const answers: Array<Error | undefined> = [
      new EcsError('Throttling.User', 'slow down', undefined, 400, undefined, 'DescribeInstances'),
      new EcsError('Throttling', 'slow down', undefined, 400, undefined, 'DescribeInstances'),
      undefined,
    ];
    const refresher = new AutoRefresher(
      {
        reloadLoaded: async () => {
          const answer = answers.shift();
          if (answer) {
            throw answer;
          }
        },
      },
      () => 60,
      () => assert.fail('throttling is not a failure to report'),
      timers,
    );
    refresher.setVisible(true);
    const delays = [];
    for (let round = 0; round < 4; round += 1) {
      delays.push(timers.fire());
      await settle();
    }
    assert.deepStrictEqual(delays, [60_000, 120_000, 240_000, 60_000]);
  });

  it('stretches the interval at most eightfold, however long ECS throttles', async () => {
    const timers = new ManualTimers();
    const throttled = new EcsError('Throttling.User', 'slow down', undefined, 400, undefined, 'DescribeInstances');
    const refresher = new AutoRefresher({ reloadLoaded: () => Promise.reject(throttled) }, () => 60, undefined, timers);
    refresher.setVisible(true);
    const delays = [];
    for (let round = 0; round < 10; round += 1) {
      delays.push(timers.fire());
      await settle();
    }
    assert.deepStrictEqual(delays, [60_000, 120_000, 240_000, 480_000, 480_000, 480_000, 480_000, 480_000, 480_000, 480_000]);
  });

  it('never runs two rounds at once: a restart during a round waits for it', async () => {
    const { timers, rounds, refresher } = roundUnderWay();
    refresher.restart();
    refresher.setVisible(true);
    assert.strictEqual(timers.pending.size, 0, 'nothing is set while a round is under way');
    assert.strictEqual(rounds.length, 1);
    rounds[0]?.();
    await settle();
    assert.strictEqual(timers.pending.size, 1, 'the next round is set once the first ended');
  });

  it('sets no further round once disposed, even when a round was under way', async () => {
    const { timers, rounds, refresher } = roundUnderWay();
    refresher.dispose();
    rounds[0]?.();
    await settle();
    refresher.setVisible(true);
    refresher.restart();
    assert.strictEqual(timers.pending.size, 0);
    assert.strictEqual(rounds.length, 1);
  });

  it('reports other failures and goes on', async () => {
    const timers = new ManualTimers();
    const failures: unknown[] = [];
    const refresher = new AutoRefresher(
      { reloadLoaded: () => Promise.reject(new EcsError('ServiceUnavailable', 'down', undefined, 503, undefined, 'DescribeInstances')) },
      () => 60,
      (e) => failures.push(e),
      timers,
    );
    refresher.setVisible(true);
    timers.fire();
    await settle();
    assert.strictEqual((failures[0] as EcsError).code, 'ServiceUnavailable');
    assert.strictEqual(timers.pending.size, 1);
  });

  it('takes 0 as off and holds other values to 15–3600 seconds, the default for nonsense', () => {
    assert.deepStrictEqual(
      [0, 5, 15, 60.4, 3600, 99_999, -1, Number.NaN, '60', undefined, null].map(autoRefreshSeconds),
      [0, 15, 15, 60, 3600, 3600, 60, 60, 60, 60, 60],
    );
  });
});
