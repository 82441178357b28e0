import * as assert from 'node:assert';
import { pollDelays, waitUntilSettled } from '../../../src/cloud/settle';

function take(source: Iterable<number>, count: number): number[] {
  const taken: number[] = [];
  for (const value of source) {
    if (taken.length === count) {
      break;
    }
    taken.push(value);
  }
  return taken;
}

/** Counts reads and answers them from a list (the last answer repeats). */
function reader<T>(answers: readonly T[]): { read: () => Promise<T>; reads: () => number } {
  let reads = 0;
  return {
    read: async () => answers[Math.min(reads++, answers.length - 1)] as T,
    reads: () => reads,
  };
}

describe('pollDelays', () => {
  it('looks soon, then grows by half each time up to the cap, and goes on at the cap', () => {
    assert.deepStrictEqual(take(pollDelays(), 10), [1000, 700, 700, 1050, 1575, 2363, 3545, 5000, 5000, 5000]);
  });

  it('takes its first delay, later delay, growth and cap from the caller', () => {
    assert.deepStrictEqual(take(pollDelays(10, 20, 2, 100), 8), [10, 20, 20, 40, 80, 100, 100, 100]);
  });
});

describe('waitUntilSettled', () => {
  it('sleeps each delay in turn and reads until the value settles', async () => {
    const slept: number[] = [];
    const { read, reads } = reader(['Attaching', 'Attaching', 'InUse']);
    const outcome = await waitUntilSettled(read, (status) => status === 'InUse', {
      timeoutMs: 10_000_000,
      delays: [50, 70, 90, 110],
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    assert.deepStrictEqual(outcome, { kind: 'settled', value: 'InUse' });
    assert.deepStrictEqual(slept, [50, 70, 90]);
    assert.strictEqual(reads(), 3);
  });

  it('never sleeps past the deadline, and gives up after the read that finds the time is up', async () => {
    const slept: number[] = [];
    const { read, reads } = reader(['Attaching']);
    const outcome = await waitUntilSettled(read, (status) => status === 'InUse', {
      timeoutMs: 0,
      delays: [500, 500],
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    assert.deepStrictEqual(outcome, { kind: 'timedOut', value: 'Attaching' });
    assert.deepStrictEqual(slept, [0]);
    assert.strictEqual(reads(), 1);
  });

  it('times out with the last value read when the delays run out first', async () => {
    const { read, reads } = reader(['Stopping', 'Stopping', 'Still stopping']);
    const outcome = await waitUntilSettled(read, () => false, { timeoutMs: 10_000_000, delays: [0, 0, 0], sleep: async () => undefined });
    assert.deepStrictEqual(outcome, { kind: 'timedOut', value: 'Still stopping' });
    assert.strictEqual(reads(), 3);
  });

  it('stops before the next read when the caller stops waiting, keeping the last value', async () => {
    let stop = false;
    const { read, reads } = reader(['Starting', 'Running']);
    const outcome = await waitUntilSettled(
      async () => {
        const value = await read();
        stop = true;
        return value;
      },
      (status) => status === 'Running',
      { timeoutMs: 10_000_000, delays: [0, 0, 0], sleep: async () => undefined, stopped: () => stop },
    );
    assert.deepStrictEqual(outcome, { kind: 'stopped', value: 'Starting' });
    assert.strictEqual(reads(), 1);
  });

  it('sleeps on a timer when the caller gives no sleep', async () => {
    const { read, reads } = reader([1, 2, 3]);
    const outcome = await waitUntilSettled(read, (n) => n === 2, { timeoutMs: 10_000_000, delays: [0, 0, 0] });
    assert.deepStrictEqual(outcome, { kind: 'settled', value: 2 });
    assert.strictEqual(reads(), 2);
  });
});
