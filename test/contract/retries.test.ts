import * as assert from 'node:assert';
import type { CallRecord } from '../../src/cloud/callObserver';
import { createSdkEcsApi } from '../../src/cloud/sdkEcsApi';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, DEMO_KEYS, ecsErrorOf } from './helpers';

describe("contract: retries against the emulator's faults, and a log without secrets", () => {
  let emulator: EcsEmulator;
  let records: CallRecord[];
  const observer = {
    onCall: (record: CallRecord): void => {
      records.push(record);
    },
  };

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    records = [];
  });

  afterEach(async () => {
    await emulator.close();
  });

  const cases: Array<[string, Parameters<EcsEmulator['faults']['inject']>[0]]> = [
    ['ServiceUnavailable', { kind: 'error', code: 'ServiceUnavailable' }],
    ['InternalError', { kind: 'error', code: 'InternalError' }],
    ['Throttling.User', { kind: 'error', code: 'Throttling.User' }],
    ['a reset connection', { kind: 'reset' }],
    ['a body that is not JSON', { kind: 'garbage' }],
  ];
  for (const [what, fault] of cases) {
    it(`retries a read after ${what} and recovers`, async () => {
      emulator.faults.inject(fault, { times: 2, action: 'DescribeInstances' });
      const instances = await adapterFor(emulator, DEMO_KEYS, { observer }).listInstances('cn-hangzhou');
      assert.strictEqual(instances.length, 10);
      assert.strictEqual(emulator.callCounts.get('DescribeInstances'), 3);
      assert.deepStrictEqual(
        records.map((r) => [r.attempt, r.retryInMs !== undefined]),
        [
          [1, true],
          [2, true],
          [3, false],
        ],
      );
    });
  }

  it('retries a read that timed out', async () => {
    emulator.faults.inject({ kind: 'slow', ms: 800 }, { action: 'DescribeRegions' });
    const api = createSdkEcsApi({ endpoint: emulator.url, timeoutMs: 300, credentials: DEMO_KEYS, observer, sleep: async () => undefined });
    assert.strictEqual((await api.describeRegions()).length, 5);
    assert.deepStrictEqual(
      records.map((r) => r.outcome),
      ['RequestTimeout', 'ok'],
    );
  });

  it('waits as long as x-acs-retry-after asks before retrying throttling', async () => {
    emulator.faults.settings.throttle = { ratePerSecond: 2, burst: 1 };
    // What the emulator asked for, as it sent it: the comparison below does not depend on how fast this machine is.
    const asked: number[] = [];
    const retryAfterMs = emulator.faults.retryAfterMs.bind(emulator.faults);
    emulator.faults.retryAfterMs = (action, now) => {
      const ms = retryAfterMs(action, now);
      asked.push(ms);
      return ms;
    };
    const api = adapterFor(emulator, DEMO_KEYS, { observer, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) });
    await api.describeRegions();
    await api.describeRegions();
    const throttled = records.filter((r) => r.outcome === 'Throttling.User');
    assert.ok(throttled.length > 0 && throttled.length === asked.length, `${throttled.length} throttled, ${asked.length} asked`);
    throttled.forEach((record, n) => {
      assert.ok(
        record.retryInMs !== undefined && record.retryInMs >= (asked[n] ?? Infinity),
        `asked ${asked[n]} ms, waited ${record.retryInMs} ms`,
      );
    });
  });

  it('gives up after the last attempt and surfaces the error once', async () => {
    emulator.faults.inject({ kind: 'error', code: 'ServiceUnavailable' }, { times: 10, action: 'DescribeRegions' });
    const error = await ecsErrorOf(adapterFor(emulator, DEMO_KEYS, { observer }).describeRegions());
    assert.strictEqual(error.code, 'ServiceUnavailable');
    assert.strictEqual(emulator.callCounts.get('DescribeRegions'), 4);
  });

  it('never retries a state, permission or input error', async () => {
    const unknownRegion = await ecsErrorOf(adapterFor(emulator, DEMO_KEYS, { observer }).listInstances('xx-nowhere-1'));
    assert.strictEqual(unknownRegion.code, 'InvalidRegionId.NotFound');
    assert.strictEqual(emulator.callCounts.get('DescribeInstances'), 1);
    emulator.accessKeys.set('no-describe', {
      accessKeyId: 'no-describe',
      accessKeySecret: 'no-describe-secret',
      account: 'demo',
      deniedRamActions: ['ecs:DescribeNetworkInterfaces'],
    });
    const denied = await ecsErrorOf(
      adapterFor(
        emulator,
        { kind: 'accessKey', accessKeyId: 'no-describe', accessKeySecret: 'no-describe-secret' },
        { observer },
      ).listNetworkInterfaces('cn-hangzhou'),
    );
    assert.strictEqual(denied.code, 'Forbidden.RAM');
    assert.deepStrictEqual(
      records.filter((r) => r.action === 'DescribeNetworkInterfaces').map((r) => r.outcome),
      ['Forbidden.RAM'],
    );
  });

  it('records action, region, ids, duration, request id and outcome, and never a secret or token', async () => {
    const token = emulator.issueStsToken('demo');
    const api = adapterFor(
      emulator,
      { kind: 'accessKey', accessKeyId: token.accessKeyId, accessKeySecret: token.accessKeySecret, securityToken: token.securityToken },
      { observer },
    );
    await api.getNetworkInterfaces('cn-hangzhou', ['eni-bp17pdijfczax1huji00']);
    emulator.faults.inject({ kind: 'error', code: 'ServiceUnavailable' }, { action: 'DescribeRegions' });
    await api.describeRegions();
    const wrong = adapterFor(emulator, { ...DEMO_KEYS, accessKeySecret: 'a-wrong-secret' }, { observer });
    await ecsErrorOf(wrong.describeRegions());
    const record = records[0];
    assert.ok(record);
    assert.deepStrictEqual(
      [record.action, record.regionId, record.resourceIds, record.outcome],
      ['DescribeNetworkInterfaces', 'cn-hangzhou', ['eni-bp17pdijfczax1huji00'], 'ok'],
    );
    assert.match(record.requestId ?? '', /^[0-9A-F-]{36}$/);
    assert.ok(record.durationMs >= 0);
    const logged = JSON.stringify(records);
    for (const secret of [token.accessKeySecret, token.securityToken, 'a-wrong-secret', DEMO_KEYS.accessKeySecret]) {
      assert.ok(!logged.includes(secret), 'a secret reached the log records');
    }
  });
});
