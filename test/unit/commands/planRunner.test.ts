import * as assert from 'node:assert';
import {
  type CleanupPatience,
  cleanupDelays,
  type Plan,
  type PlanStep,
  runPlan,
  StepCancelled,
} from '../../../src/commands/kit/planRunner';

/** A patience on a clock the test moves: each sleep moves it on at once, and is kept. */
function patience(slept: number[] = [], patienceMs = 600_000): CleanupPatience {
  let now = 0;
  return {
    patienceMs,
    delays: () => cleanupDelays(),
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

/** A plan over a log of what ran, with steps that can fail or cancel. */
function planOf(
  log: string[],
  titles: string[],
  options: { failAt?: string; cancelAfter?: string; cleanup?: string[]; cleanupFails?: boolean } = {},
) {
  const token = { isCancellationRequested: false };
  const step = (title: string): PlanStep => ({
    title,
    run: async () => {
      log.push(title);
      if (title === options.failAt) {
        throw { code: 'InvalidOperation.InvalidEcsState', message: `${title} failed` };
      }
      if (title === options.cancelAfter) {
        token.isCancellationRequested = true;
      }
    },
  });
  const cleanup = (options.cleanup ?? []).map((title) => ({
    title,
    run: async () => {
      log.push(title);
      if (options.cleanupFails) {
        throw new Error('start refused');
      }
    },
  }));
  const plan: Plan = { title: 'test', steps: titles.map(step), cleanup, describeState: async () => `state after ${log.join(', ')}` };
  const reports: string[] = [];
  return { plan, progress: { report: (m: string) => reports.push(m), token }, reports };
}

const unknown = (): string => 'unknown';

describe('the plan runner', () => {
  it('runs the steps in order, numbering each in the progress, and reads the state last', async () => {
    const log: string[] = [];
    const { plan, progress, reports } = planOf(log, ['Reboot a', 'Attach b']);
    const result = await runPlan(plan, progress, unknown);
    assert.deepStrictEqual(log, ['Reboot a', 'Attach b']);
    assert.deepStrictEqual(reports, ['1/2 · Reboot a', '2/2 · Attach b']);
    assert.deepStrictEqual(result, {
      kind: 'done',
      done: ['Reboot a', 'Attach b'],
      notDone: [],
      underWay: [],
      cleanupFailed: [],
      state: 'state after Reboot a, Attach b',
    });
  });

  it('stops at a failed step: the rest is not done, the cleanup still runs, numbered last, and the state is read after it', async () => {
    const log: string[] = [];
    const { plan, progress, reports } = planOf(log, ['Stop a', 'Attach b', 'Check c'], { failAt: 'Attach b', cleanup: ['Start a'] });
    const result = await runPlan(plan, progress, unknown);
    assert.deepStrictEqual(log, ['Stop a', 'Attach b', 'Start a']);
    assert.strictEqual(result.kind, 'failed');
    assert.deepStrictEqual(result.done, ['Stop a', 'Start a']);
    assert.deepStrictEqual(result.notDone, ['Check c']);
    assert.strictEqual(result.failed?.title, 'Attach b');
    assert.strictEqual((result.failed.error as { code: string }).code, 'InvalidOperation.InvalidEcsState');
    assert.strictEqual(result.state, 'state after Stop a, Attach b, Start a');
    assert.deepStrictEqual(reports, ['1/4 · Stop a', '2/4 · Attach b', '4/4 · Start a']);
  });

  it('stops between steps once cancelled, never interrupting a step, and still cleans up', async () => {
    const log: string[] = [];
    const { plan, progress } = planOf(log, ['Stop a', 'Attach b', 'Check c'], { cancelAfter: 'Stop a', cleanup: ['Start a'] });
    const result = await runPlan(plan, progress, unknown);
    assert.deepStrictEqual(log, ['Stop a', 'Start a']);
    assert.strictEqual(result.kind, 'cancelled');
    assert.deepStrictEqual(result.notDone, ['Attach b', 'Check c']);
    assert.strictEqual(result.failed, undefined);
  });

  it('runs nothing when cancelled before the first step, but still cleans up and reads the state', async () => {
    const log: string[] = [];
    const { plan, progress } = planOf(log, ['Reboot a'], { cleanup: ['Start a'] });
    progress.token.isCancellationRequested = true;
    const result = await runPlan(plan, progress, unknown);
    assert.deepStrictEqual(log, ['Start a']);
    assert.deepStrictEqual([result.kind, result.notDone], ['cancelled', ['Reboot a']]);
  });

  it('fails the plan when a cleanup step fails for good, and keeps it for the final message', async () => {
    const log: string[] = [];
    const { plan, progress } = planOf(log, ['Stop a'], { cleanup: ['Start a'], cleanupFails: true });
    const result = await runPlan(plan, progress, unknown, patience());
    assert.strictEqual(result.kind, 'failed');
    assert.strictEqual(result.failed, undefined, 'no step of the plan itself failed');
    assert.deepStrictEqual(result.done, ['Stop a']);
    assert.deepStrictEqual(
      result.cleanupFailed.map((c) => c.title),
      ['Start a'],
    );
  });

  it('runs every cleanup step when the first fails for good', async () => {
    const log: string[] = [];
    const first: PlanStep = { title: 'Start a', run: () => (log.push('Start a'), Promise.reject(new Error('refused'))) };
    const second: PlanStep = { title: 'Start b', run: async () => void log.push('Start b') };
    const result = await runPlan(
      { title: 't', steps: [], cleanup: [first, second], describeState: async () => '' },
      planOf([], []).progress,
      unknown,
      patience(),
    );
    assert.deepStrictEqual(log, ['Start a', 'Start b']);
    assert.deepStrictEqual([result.kind, result.done, result.cleanupFailed.map((c) => c.title)], ['failed', ['Start b'], ['Start a']]);
  });

  it('runs a cleanup step again, after a growing wait, while it fails with what it may run again after', async () => {
    const slept: number[] = [];
    let tries = 0;
    const start: PlanStep = {
      title: 'Start a',
      run: async () => {
        tries += 1;
        if (tries < 4) {
          throw { code: 'ServiceUnavailable' };
        }
      },
      mayRunAgainAfter: (error) => (error as { code: string }).code === 'ServiceUnavailable',
    };
    const result = await runPlan(
      { title: 't', steps: [], cleanup: [start], describeState: async () => '' },
      planOf([], []).progress,
      unknown,
      patience(slept),
    );
    assert.strictEqual(tries, 4);
    assert.deepStrictEqual(slept, [2000, 4000, 8000]);
    assert.deepStrictEqual([result.kind, result.done], ['done', ['Start a']]);
  });

  it('tries a cleanup step once when the error is not one it may run again after, or when it has no say', async () => {
    for (const mayRunAgainAfter of [() => false, undefined]) {
      let tries = 0;
      const start: PlanStep = {
        title: 'Start a',
        run: () => ((tries += 1), Promise.reject(new Error('refused'))),
        ...(mayRunAgainAfter ? { mayRunAgainAfter } : {}),
      };
      const result = await runPlan(
        { title: 't', steps: [], cleanup: [start], describeState: async () => '' },
        planOf([], []).progress,
        unknown,
        patience(),
      );
      assert.deepStrictEqual([tries, result.kind], [1, 'failed']);
    }
  });

  it('gives a cleanup step up once its patience is spent, without sleeping past it', async () => {
    const slept: number[] = [];
    let tries = 0;
    const start: PlanStep = {
      title: 'Start a',
      run: () => ((tries += 1), Promise.reject(new Error('unavailable'))),
      mayRunAgainAfter: () => true,
    };
    const result = await runPlan(
      { title: 't', steps: [], cleanup: [start], describeState: async () => '' },
      planOf([], []).progress,
      unknown,
      patience(slept, 60_000),
    );
    // 2 + 4 + 8 + 16 + 30 = 60 s slept, the whole minute; the next wait would end past it.
    assert.deepStrictEqual(slept, [2000, 4000, 8000, 16_000, 30_000]);
    assert.strictEqual(tries, 6);
    assert.strictEqual(result.kind, 'failed');
  });

  it('tells a step the user cancelled after its write was accepted as under way, neither done nor failed', async () => {
    const log: string[] = [];
    const detach: PlanStep = { title: 'Detach a', run: async () => void log.push('Detach a') };
    const attach: PlanStep = { title: 'Attach b', run: () => Promise.reject(new StepCancelled(true)) };
    const check: PlanStep = { title: 'Check c', run: async () => void log.push('Check c') };
    const { progress } = planOf([], []);
    const result = await runPlan({ title: 't', steps: [detach, attach, check], describeState: async () => 's' }, progress, unknown);
    assert.deepStrictEqual(
      [result.kind, result.done, result.underWay, result.notDone, result.failed],
      ['cancelled', ['Detach a'], ['Attach b'], ['Check c'], undefined],
    );
  });

  it('tells a step cancelled before its write as not done, and still cleans up', async () => {
    const log: string[] = [];
    const wait: PlanStep = { title: 'Wait a', run: () => Promise.reject(new StepCancelled(false)) };
    const { plan, progress } = planOf(log, [], { cleanup: ['Start a'] });
    const result = await runPlan({ ...plan, steps: [wait, ...plan.steps] }, progress, unknown, patience());
    assert.deepStrictEqual([result.kind, result.underWay, result.notDone, log], ['cancelled', [], ['Wait a'], ['Start a']]);
  });

  it('says the state is unknown when it cannot be read', async () => {
    const { plan, progress } = planOf([], ['Attach b']);
    const result = await runPlan(
      { ...plan, describeState: () => Promise.reject(new Error('network down')) },
      progress,
      (error) => `unknown (${(error as Error).message})`,
    );
    assert.strictEqual(result.state, 'unknown (network down)');
  });
});
