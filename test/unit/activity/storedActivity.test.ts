import * as assert from 'node:assert/strict';
import { ActivityLog } from '../../../src/activity/activityLog';
import { activityStorageKey, parseStoredActivity } from '../../../src/activity/storedActivity';
import { FakeMemento } from './fakes';

const request = { action: 'DeleteNetworkInterface', regionId: 'cn-hangzhou', params: [['NetworkInterfaceId', 'eni-1']] };

const write = (id: string, fields: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  kind: 'write',
  title: 'DeleteNetworkInterface',
  action: 'DeleteNetworkInterface',
  regionId: 'cn-hangzhou',
  resourceIds: ['eni-1'],
  request,
  startedAt: 1_700_000_000_000,
  durationMs: 120,
  status: 'succeeded',
  requestId: 'R-1',
  ...fields,
});

const stored = (entries: unknown): unknown => ({ version: 1, entries });
const load = (entries: unknown): ReturnType<typeof parseStoredActivity> => parseStoredActivity(stored(entries));

describe('activity: loading what storage holds', () => {
  it('reads back an entry that fits, unchanged', () => {
    assert.deepEqual(load([write('w1')]), [write('w1')]);
  });

  it('gives an empty log for anything that is not a stored log', () => {
    for (const value of [
      undefined,
      null,
      42,
      'entries',
      [],
      [write('w1')],
      {},
      { version: 2, entries: [write('w1')] },
      stored('x'),
      stored({ 0: write('w1'), length: 1 }),
    ]) {
      assert.deepEqual(parseStoredActivity(value), [], JSON.stringify(value));
    }
  });

  it('drops entries with a field of the wrong type, and strings where objects belong', () => {
    const wrong: Array<Record<string, unknown>> = [
      { id: 7 },
      { id: '' },
      { id: 'x'.repeat(10_000) },
      { kind: 'script' },
      { status: 'done' },
      { status: { toString: 'succeeded' } },
      { startedAt: '1700000000000' },
      { startedAt: Number.NaN },
      { startedAt: -1 },
      { title: ['t'] },
      { regionId: null },
      { action: 5 },
      { request: 'DeleteNetworkInterface' },
      { request: { ...request, params: 'NetworkInterfaceId=eni-1' } },
      { request: { ...request, action: {} } },
    ];
    const loaded = load([
      ...wrong.map((fields, index) => write(`bad-${index}`, fields)),
      'write',
      42,
      null,
      [write('nested')],
      write('good'),
    ]);
    assert.deepEqual(
      loaded.map((entry) => entry.id),
      ['good'],
    );
  });

  it('leaves out optional fields that do not fit, and secret parameters, and keeps the entry', () => {
    const params = [['RegionId', 'cn-hangzhou'], 'x', ['a'], ['n', 1], ['AccessKeySecret', 'hidden'], ['Signature', 's']];
    const [entry] = load([
      write('w1', { durationMs: 'long', requestId: { id: 1 }, error: 'boom', resourceIds: 'eni-1', request: { ...request, params } }),
    ]);
    assert.ok(entry?.kind === 'write');
    assert.deepEqual(entry.request.params, [['RegionId', 'cn-hangzhou']]);
    assert.equal(entry.durationMs, undefined);
    assert.equal(entry.requestId, undefined);
    assert.equal(entry.error, undefined);
    assert.deepEqual(entry.resourceIds, []);
    const [second] = load([
      write('w2', { error: { code: 'Throttling', detail: 5, requestId: ['R'] }, resourceIds: ['eni-1', 5, { id: 'eni-2' }] }),
    ]);
    assert.deepEqual(second?.error, { code: 'Throttling' });
    assert.deepEqual(second?.resourceIds, ['eni-1']);
    assert.equal(load([write('w3', { error: { detail: 'no code' } })])[0]?.error, undefined);
  });

  it('caps huge arrays: entries, children, resource ids, parameters; and skips deep nesting', () => {
    const many = Array.from({ length: 100_000 }, (_, index) => write(`w${index}`));
    assert.equal(load(many).length, 200);
    const plan = {
      ...write('plan'),
      kind: 'plan',
      children: Array.from({ length: 5_000 }, (_, index) => write(`c${index}`)),
      resourceIds: Array.from({ length: 100_000 }, (_, index) => `eni-${index}`),
    };
    const [loadedPlan] = load([plan]);
    assert.ok(loadedPlan?.kind === 'plan');
    assert.equal(loadedPlan.children.length, 200);
    assert.equal(loadedPlan.resourceIds.length, 100);
    const params = Array.from({ length: 50_000 }, (_, index) => [`Tag.${index}.Key`, 'k']);
    const [big] = load([write('big', { request: { ...request, params } })]);
    assert.equal(big?.kind === 'write' ? big.request.params.length : 0, 1000);
    let deep: Record<string, unknown> = write('leaf');
    for (let depth = 0; depth < 20_000; depth += 1) {
      deep = { ...write(`p${depth}`), kind: 'plan', children: [deep] };
    }
    const [top] = load([deep]);
    assert.equal(top?.id, 'p19999');
  });

  it('keeps each id once: the view cannot show two rows with one id', () => {
    const plan = { ...write('same'), kind: 'plan', children: [write('same'), write('child'), write('child')] };
    const loaded = load([write('w1'), write('w1'), plan, write('child')]);
    assert.deepEqual(
      loaded.map((entry) => entry.id),
      ['w1', 'same'],
    );
    assert.deepEqual(loaded[1]?.kind === 'plan' ? loaded[1].children.map((child) => child.id) : [], ['child']);
  });

  it('is not fooled by prototype-pollution keys, and pollutes nothing', () => {
    const text =
      '{"version":1,"__proto__":{"polluted":true},"entries":[' +
      '{"__proto__":{"id":"p","kind":"write","title":"t","action":"A","regionId":"r","request":{"action":"A","regionId":"r","params":[]},"startedAt":1,"status":"succeeded"}},' +
      `${JSON.stringify(write('w1'))},` +
      '{"constructor":{"prototype":{"polluted":true}},"id":"c","kind":"plan","title":"t","regionId":"","startedAt":1,"status":"failed","children":{"__proto__":[]}}]}';
    const loaded = parseStoredActivity(JSON.parse(text));
    assert.deepEqual(
      loaded.map((entry) => entry.id),
      ['w1', 'c'],
    );
    assert.deepEqual(loaded[1]?.kind === 'plan' ? loaded[1].children : undefined, []);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(loaded[0], '__proto__'), false);
    const inherited = Object.create(write('inherited')) as unknown;
    assert.deepEqual(load([inherited]), []);
  });

  it('never throws, even for a getter that throws or storage that throws; the rest still loads', () => {
    const trap = write('trap');
    Object.defineProperty(trap, 'status', {
      enumerable: true,
      get() {
        throw new Error('trap');
      },
    });
    assert.deepEqual(
      load([trap, write('w1')]).map((entry) => entry.id),
      ['w1'],
    );
    const log = new ActivityLog({
      get() {
        throw new Error('storage broke');
      },
      update: () => Promise.resolve(),
    });
    log.switchAccount('a');
    assert.deepEqual(log.entries, []);
  });

  it('loads running entries as interrupted and redacts a stored detail, through the log', () => {
    const memento = new FakeMemento();
    memento.values.set(
      activityStorageKey('a'),
      stored([write('w1', { status: 'running', durationMs: 5, error: { code: 'X', detail: 'AccessKeySecret=abcdef123456' } })]),
    );
    const log = new ActivityLog(memento);
    log.switchAccount('a');
    assert.equal(log.entries[0]?.status, 'interrupted');
    assert.equal(log.entries[0]?.durationMs, undefined);
    assert.equal(log.entries[0]?.error?.detail, 'AccessKeySecret=[redacted]');
  });
});
