import * as assert from 'node:assert/strict';
import type { ActivityEntry, PlanEntry } from '../../../src/activity/activityEntry';
import { type ActivityChange, ActivityLog } from '../../../src/activity/activityLog';
import { recordingEcsApi } from '../../../src/activity/recordingEcsApi';
import type { EcsApi } from '../../../src/cloud/ecsApi';
import { EcsError } from '../../../src/cloud/ecsError';
import { eni, fakeApi, instance } from '../../support/fakeEcsApi';
import { FakeClock, FakeMemento, OPEN_GATE, tick } from './fakes';

const REGION = 'cn-beijing';
const setup = () => {
  const clock = new FakeClock();
  const log = new ActivityLog(new FakeMemento(), { now: clock.now });
  const inner = fakeApi([instance('i-1'), instance('i-2')], [eni('eni-1'), eni('eni-2'), eni('eni-3')]);
  return { clock, log, inner, api: recordingEcsApi(inner, log, OPEN_GATE) };
};

const asPlan = (entry: ActivityEntry | undefined): PlanEntry => {
  assert.equal(entry?.kind, 'plan');
  return entry;
};

const actions = (plan: PlanEntry): string[] => plan.children.map((child) => (child.kind === 'write' ? child.action : child.title));

/** Several turns of the event loop, so that plans run side by side really interleave. */
const interleave = async (api: EcsApi, eniId: string, key: string): Promise<void> => {
  await tick();
  await api.tagNetworkInterfaces(REGION, [eniId], [{ key, value: '1' }]);
  await tick();
  await api.untagNetworkInterfaces(REGION, [eniId], [key]);
  await tick();
  await api.deleteNetworkInterface(REGION, eniId);
};

describe('activity: plans', () => {
  it('makes the writes of a plan its children, in order, and takes the status the caller maps from its result', async () => {
    const { clock, log, api } = setup();
    const started = clock.time;
    const result = await log.plan(
      'Reboot web-1, wait for Running, attach spare',
      ['i-1', 'eni-1'],
      async () => {
        await api.rebootInstance(REGION, 'i-1');
        clock.time += 30_000;
        await api.attachNetworkInterface(REGION, 'eni-1', 'i-1');
        return { kind: 'done' as const };
      },
      (done) => ({ status: done.kind === 'done' ? 'succeeded' : 'failed' }),
    );
    assert.deepEqual(result, { kind: 'done' });
    assert.equal(log.entries.length, 1);
    const plan = asPlan(log.entries[0]);
    assert.deepEqual(
      { title: plan.title, status: plan.status, resourceIds: plan.resourceIds, regionId: plan.regionId },
      { title: 'Reboot web-1, wait for Running, attach spare', status: 'succeeded', resourceIds: ['i-1', 'eni-1'], regionId: REGION },
    );
    assert.equal(plan.startedAt, started);
    assert.equal(plan.durationMs, 30_000);
    assert.deepEqual(actions(plan), ['RebootInstance', 'AttachNetworkInterface']);
    assert.ok(plan.children.every((child) => child.status === 'succeeded'));
    assert.equal('request' in plan, false);
  });

  it('keeps the children of plans run side by side apart, and a write outside both at the top', async () => {
    const { log, api } = setup();
    const succeeded = () => ({ status: 'succeeded' as const });
    await Promise.all([
      log.plan('first', ['eni-1'], () => interleave(api, 'eni-1', 'a'), succeeded),
      log.plan('second', ['eni-2'], () => interleave(api, 'eni-2', 'b'), succeeded),
      (async () => {
        await tick();
        await api.deleteNetworkInterface(REGION, 'eni-3');
      })(),
    ]);
    assert.equal(log.entries.length, 3);
    const byTitle = new Map(log.entries.map((entry) => [entry.title, entry]));
    for (const [title, eniId] of [
      ['first', 'eni-1'],
      ['second', 'eni-2'],
    ] as const) {
      const plan = asPlan(byTitle.get(title));
      assert.deepEqual(actions(plan), ['TagResources', 'UntagResources', 'DeleteNetworkInterface']);
      assert.ok(plan.children.every((child) => child.resourceIds.join() === eniId));
    }
    assert.deepEqual(byTitle.get('DeleteNetworkInterface')?.resourceIds, ['eni-3']);
  });

  it('marks a plan cancelled or failed as the caller says, with the error it names', async () => {
    const { log, api, inner } = setup();
    await log.plan(
      'cancelled',
      [],
      () => Promise.resolve('cancelled'),
      () => ({ status: 'cancelled' }),
    );
    inner.writeFail = new EcsError('IncorrectInstanceStatus', 'raw', 'R-9', 403, undefined, 'DeleteNetworkInterface', undefined, 'Busy.');
    await log.plan(
      'failed',
      [],
      async () =>
        api.deleteNetworkInterface(REGION, 'eni-1').then(
          () => undefined,
          (error: unknown) => error,
        ),
      (error) => ({ status: 'failed', error }),
    );
    const [failed, cancelled] = log.entries;
    assert.equal(cancelled?.status, 'cancelled');
    assert.equal(cancelled?.error, undefined);
    assert.equal(failed?.status, 'failed');
    assert.deepEqual(failed?.error, { code: 'IncorrectInstanceStatus', detail: 'Busy.', requestId: 'R-9' });
    assert.equal(asPlan(failed).children[0]?.status, 'failed');
  });

  it('marks a plan whose run throws failed, and rethrows', async () => {
    const { log } = setup();
    const boom = new EcsError('Throttling', 'raw', undefined, 400, undefined, 'X');
    await assert.rejects(
      log.plan(
        'throws',
        ['i-1'],
        () => Promise.reject(boom),
        () => ({ status: 'succeeded' }),
      ),
      (error) => error === boom,
    );
    assert.equal(log.entries[0]?.status, 'failed');
    assert.deepEqual(log.entries[0]?.error, { code: 'Throttling' });
  });

  it('nests a plan started inside a plan, and tells the view which plan each entry joined', async () => {
    const { log, api } = setup();
    const changes: ActivityChange[] = [];
    log.onDidChange((change) => changes.push(change));
    await log.plan(
      'outer',
      [],
      () =>
        log.plan(
          'inner',
          [],
          () => api.startInstance(REGION, 'i-2'),
          () => ({ status: 'succeeded' }),
        ),
      () => ({ status: 'succeeded' }),
    );
    const outer = asPlan(log.entries[0]);
    const inner = asPlan(outer.children[0]);
    assert.deepEqual(actions(inner), ['StartInstance']);
    assert.equal(outer.regionId, '', 'the region comes from a write made directly in the plan');
    assert.deepEqual(
      changes.map((change) => (change.kind === 'reset' ? 'reset' : `${change.kind} ${change.entry.title} in ${change.parentId ?? 'top'}`)),
      [
        'added outer in top',
        `added inner in ${outer.id}`,
        `added StartInstance in ${inner.id}`,
        `updated StartInstance in ${inner.id}`,
        `updated inner in ${outer.id}`,
        'updated outer in top',
      ],
    );
  });
});
