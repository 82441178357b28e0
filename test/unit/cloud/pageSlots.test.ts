import * as assert from 'node:assert';
import { PageSlots } from '../../../src/cloud/pageSlots';

describe('PageSlots', () => {
  it('runs at most its size at once, in the order asked, and frees a slot whether the task succeeded or failed', async () => {
    const slots = new PageSlots(2);
    const started: number[] = [];
    const finish: Array<() => void> = [];
    const task = (n: number, fails = false) =>
      slots.run(async () => {
        started.push(n);
        await new Promise<void>((resolve) => finish.push(resolve));
        if (fails) {
          throw new Error(`task ${n} failed`);
        }
        return n;
      });
    const runs = [task(1, true), task(2), task(3), task(4)];
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(started, [1, 2]);
    finish[0]?.();
    await assert.rejects(runs[0] as Promise<number>, /task 1 failed/);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(started, [1, 2, 3], 'the failed task gave its slot to the next one asked');
    finish[1]?.();
    finish[2]?.();
    await new Promise((resolve) => setImmediate(resolve));
    finish[3]?.();
    assert.deepStrictEqual(await Promise.all(runs.slice(1)), [2, 3, 4]);
    assert.deepStrictEqual(started, [1, 2, 3, 4]);
  });

  it('has one slot at least, whatever size it is given', async () => {
    for (const size of [0, -3, Number.NaN]) {
      assert.strictEqual(await new PageSlots(size).run(() => Promise.resolve('ran')), 'ran');
    }
  });
});
