import * as assert from 'node:assert/strict';
import { type ActivityChange, ActivityLog, type WriteStart } from '../../../src/activity/activityLog';
import { activityStorageKey } from '../../../src/activity/storedActivity';
import { deleteRequest } from '../../../src/domain/export/ecsRequest';
import { deferred, FakeClock, FakeMemento, sequentialIds, tick } from './fakes';

const deleting = (eniId: string): WriteStart => ({ request: deleteRequest('cn-hangzhou', eniId), resourceIds: [eniId] });
const answered = (requestId: string) => ({ requestId });

const write = (log: ActivityLog, eniId: string, requestId = `R-${eniId}`): Promise<string> =>
  log.record(deleting(eniId), () => Promise.resolve(requestId), answered);

const ids = (log: ActivityLog): string[] => log.entries.flatMap((entry) => entry.resourceIds);

describe('activity: the log', () => {
  it('lists newest first and keeps the last 200 top-level entries', async () => {
    const log = new ActivityLog(new FakeMemento(), { newId: sequentialIds() });
    for (let index = 0; index < 250; index += 1) {
      await write(log, `eni-${index}`);
    }
    assert.equal(log.entries.length, 200);
    assert.equal(log.entries[0]?.resourceIds[0], 'eni-249');
    assert.equal(log.entries[199]?.resourceIds[0], 'eni-50');
  });

  it('keeps what it recorded across windows: the same entries come back from storage', async () => {
    const memento = new FakeMemento();
    const clock = new FakeClock();
    const first = new ActivityLog(memento, { now: clock.now });
    first.switchAccount('account-a');
    await write(first, 'eni-1');
    await first.plan(
      'plan',
      ['eni-2'],
      () => write(first, 'eni-2'),
      () => ({ status: 'succeeded' }),
    );
    await first.flush();
    const second = new ActivityLog(memento);
    second.switchAccount('account-a');
    assert.deepEqual(second.entries, first.entries);
    assert.deepEqual([...memento.values.keys()], [activityStorageKey('account-a')]);
    assert.ok(!activityStorageKey('account-a').includes('account-a'));
  });

  it('loads what was still running when the window closed as interrupted, with no duration', async () => {
    const memento = new FakeMemento();
    const first = new ActivityLog(memento);
    first.switchAccount('account-a');
    const hanging = deferred<string>();
    void first.plan(
      'plan',
      [],
      () => first.record(deleting('eni-1'), () => hanging.promise, answered),
      () => ({ status: 'succeeded' }),
    );
    await first.flush();
    assert.equal(first.entries[0]?.status, 'running');
    const second = new ActivityLog(memento);
    second.switchAccount('account-a');
    const [plan] = second.entries;
    assert.equal(plan?.status, 'interrupted');
    assert.equal(plan?.durationMs, undefined);
    assert.equal(plan?.kind === 'plan' ? plan.children[0]?.status : undefined, 'interrupted');
    hanging.resolve('R-1');
  });

  it("shows each account's own log when switching, and nothing without an account", async () => {
    const memento = new FakeMemento();
    const log = new ActivityLog(memento);
    const changes: ActivityChange[] = [];
    log.onDidChange((change) => changes.push(change));
    log.switchAccount('a');
    await write(log, 'eni-a');
    log.switchAccount('b');
    assert.deepEqual(log.entries, []);
    await write(log, 'eni-b');
    log.switchAccount('a');
    assert.equal(log.accountKey, 'a');
    assert.deepEqual(ids(log), ['eni-a']);
    await log.flush();
    log.switchAccount(undefined);
    assert.deepEqual(log.entries, []);
    await write(log, 'eni-none');
    await log.flush();
    log.switchAccount('b');
    assert.deepEqual(ids(log), ['eni-b']);
    assert.equal(memento.values.size, 2);
    assert.equal(changes.filter((change) => change.kind === 'reset').length, 5);
  });

  it("does not let a write of the previous account that finishes late into another account's log", async () => {
    const log = new ActivityLog(new FakeMemento());
    log.switchAccount('a');
    const late = deferred<string>();
    const sent = log.record(deleting('eni-a'), () => late.promise, answered);
    log.switchAccount('b');
    await write(log, 'eni-b');
    late.resolve('R-late');
    assert.equal(await sent, 'R-late');
    assert.deepEqual(ids(log), ['eni-b']);
    assert.equal(log.entries[0]?.status, 'succeeded');
  });

  it('clears what is done, keeps what is running, and stores the cleared log', async () => {
    const memento = new FakeMemento();
    const log = new ActivityLog(memento);
    log.switchAccount('a');
    await write(log, 'eni-1');
    const running = deferred<string>();
    const sent = log.record(deleting('eni-2'), () => running.promise, answered);
    log.clear();
    assert.deepEqual(ids(log), ['eni-2']);
    running.resolve('R-2');
    await sent;
    assert.equal(log.entries[0]?.status, 'succeeded');
    log.clear();
    assert.deepEqual(log.entries, []);
    await log.flush();
    const reloaded = new ActivityLog(memento);
    reloaded.switchAccount('a');
    assert.deepEqual(reloaded.entries, []);
  });

  it('writes to storage one update at a time, coalescing what changed meanwhile, and ends with everything', async () => {
    const memento = new FakeMemento();
    const log = new ActivityLog(memento);
    log.switchAccount('a');
    await Promise.all(Array.from({ length: 30 }, (_, index) => write(log, `eni-${index}`)));
    for (let index = 30; index < 40; index += 1) {
      await write(log, `eni-${index}`);
      await tick();
    }
    await log.flush();
    assert.equal(memento.mostInFlight, 1);
    assert.ok(memento.updates < 40, `${memento.updates} updates for 80 changes`);
    const reloaded = new ActivityLog(memento);
    reloaded.switchAccount('a');
    assert.equal(reloaded.entries.length, 40);
    assert.ok(reloaded.entries.every((entry) => entry.status === 'succeeded'));
  });

  it('goes on recording when storage refuses an update', async () => {
    const memento = new FakeMemento();
    memento.failUpdates = true;
    const log = new ActivityLog(memento);
    log.switchAccount('a');
    assert.equal(await write(log, 'eni-1'), 'R-eni-1');
    await log.flush();
    assert.deepEqual(ids(log), ['eni-1']);
  });

  it('still sends and records the write when a listener throws', async () => {
    const log = new ActivityLog(new FakeMemento());
    log.onDidChange(() => {
      throw new Error('the view broke');
    });
    assert.equal(await write(log, 'eni-1'), 'R-eni-1');
    assert.equal(log.entries[0]?.status, 'succeeded');
  });

  it('gives each entry its own id, and holds plain data that survives JSON', async () => {
    const log = new ActivityLog(new FakeMemento());
    await write(log, 'eni-1');
    await write(log, 'eni-2');
    const [second, first] = log.entries;
    assert.ok(second && first && second.id !== first.id);
    assert.deepEqual(JSON.parse(JSON.stringify(log.entries)), log.entries);
  });
});
