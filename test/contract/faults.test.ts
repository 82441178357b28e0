import * as assert from 'node:assert';
import { DescribeRegionsRequest } from '@alicloud/ecs20140526';
import { EcsEmulator } from '../emulator/server';
import { createSdkEcsApi } from '../../src/cloud/sdkEcsApi';
import { adapterFor, DEMO_KEYS, ecsErrorOf, ONE_ATTEMPT, sdkClientFor, sdkErrorOf } from './helpers';

describe('contract: emulated latency and faults', () => {
  let emulator: EcsEmulator;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
  });

  afterEach(async () => {
    await emulator.close();
  });

  it('adds the configured latency to each answer', async () => {
    emulator.faults.settings.latencyMs = 150;
    const started = Date.now();
    await adapterFor(emulator).describeRegions();
    assert.ok(Date.now() - started >= 150, 'the answer came before the configured latency');
  });

  it('throttles each action with a token bucket, answering Throttling.User with x-acs-retry-after', async () => {
    // One token a minute: the third call is throttled however slowly this machine makes the three.
    emulator.faults.settings.throttle = { ratePerSecond: 1 / 60, burst: 2 };
    const client = sdkClientFor(emulator);
    await client.describeRegions(new DescribeRegionsRequest({}));
    await client.describeRegions(new DescribeRegionsRequest({}));
    const error = await sdkErrorOf(client.describeRegions(new DescribeRegionsRequest({})));
    assert.deepStrictEqual([error.name, error.code, error.statusCode], ['ThrottlingError', 'Throttling.User', 400]);
    assert.ok((error.retryAfter ?? 0) > 0 && (error.retryAfter ?? 0) <= 60_000, `retryAfter ${error.retryAfter}`);
  });

  it('answers the next N calls of an action with an injected error, then recovers', async () => {
    emulator.faults.inject({ kind: 'error', code: 'ServiceUnavailable' }, { times: 2, action: 'DescribeInstances' });
    const api = adapterFor(emulator, DEMO_KEYS, ONE_ATTEMPT);
    await api.describeRegions();
    for (let n = 0; n < 2; n += 1) {
      const error = await ecsErrorOf(api.listInstances('cn-hangzhou'));
      assert.deepStrictEqual([error.code, error.httpStatus], ['ServiceUnavailable', 503]);
    }
    assert.strictEqual((await api.listInstances('cn-hangzhou')).length, 10);
  });

  it('answers a share of calls with InternalError at the configured rate', async () => {
    Object.assign(emulator.faults.settings, { errorRate: 1, errorCode: 'InternalError' });
    const error = await ecsErrorOf(adapterFor(emulator, DEMO_KEYS, ONE_ATTEMPT).describeRegions());
    assert.deepStrictEqual([error.code, error.httpStatus], ['InternalError', 500]);
    emulator.faults.settings.errorRate = 0.5;
    emulator.faults.reseed(7);
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, () =>
        adapterFor(emulator, DEMO_KEYS, ONE_ATTEMPT)
          .describeRegions()
          .then(
            () => 'ok',
            () => 'failed',
          ),
      ),
    );
    const failed = outcomes.filter((o) => o === 'failed').length;
    assert.ok(failed > 5 && failed < 35, `${failed} of 40 failed at a 50% rate`);
  });

  it('resets the connection', async () => {
    emulator.faults.inject({ kind: 'reset' });
    const error = await ecsErrorOf(adapterFor(emulator, DEMO_KEYS, ONE_ATTEMPT).describeRegions());
    assert.strictEqual(error.code, 'NetworkError.Reset', error.message);
  });

  it('answers with a body that is not JSON', async () => {
    emulator.faults.inject({ kind: 'garbage' });
    const error = await ecsErrorOf(adapterFor(emulator, DEMO_KEYS, ONE_ATTEMPT).describeRegions());
    assert.strictEqual(error.code, 'InvalidResponse', error.message);
  });

  it('answers slowly, beyond the client timeout', async () => {
    emulator.faults.inject({ kind: 'slow', ms: 1500 });
    const api = createSdkEcsApi({ endpoint: emulator.url, timeoutMs: 300, credentials: DEMO_KEYS, ...ONE_ATTEMPT });
    const error = await ecsErrorOf(api.describeRegions());
    assert.strictEqual(error.code, 'RequestTimeout', error.message);
  });
});
