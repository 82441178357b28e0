import * as assert from 'node:assert/strict';
import { freshAttachCheck } from '../../../src/commands/kit/freshCheck';
import { oneAtATime } from '../../../src/commands/kit/inFlight';
import type { OperationContext } from '../../../src/commands/kit/operationContext';
import { EcsError } from '../../../src/cloud/ecsError';
import { InstanceTypeCache } from '../../../src/cloud/instanceTypeCache';
import { waitUntilSettled } from '../../../src/cloud/settle';
import { ResourceStore } from '../../../src/store/resourceStore';
import { eni, fakeApi, instance } from '../../support/fakeEcsApi';

const G7_LARGE = { instanceTypeId: 'ecs.g7.large', eniQuantity: 3, eniPrivateIpAddressQuantity: 6, eniIpv6AddressQuantity: 1 };

describe("the attach command's own checks, in plain Node", () => {
  it("counts ENIs still attaching to the instance against its type's limit", async () => {
    const target = { ...instance('i-aaaaaa1'), networkInterfaceIds: ['eni-primary1', 'eni-second2'] };
    const enis = [
      eni('eni-primary1', 'i-aaaaaa1'),
      eni('eni-second2', 'i-aaaaaa1'),
      eni('eni-joining3', 'i-aaaaaa1', 'Attaching'),
      eni('eni-spare04'),
    ];
    const api = fakeApi([target], enis, [G7_LARGE]);
    const store = new ResourceStore(api, ['cn-hangzhou']);
    await store.regionData('cn-hangzhou');
    const context = { store, types: new InstanceTypeCache(() => api) } as unknown as OperationContext;
    const check = await freshAttachCheck(context, 'cn-hangzhou', 'eni-spare04', 'i-aaaaaa1');
    assert.ok('violations' in check);
    assert.deepEqual(
      check.violations.map((v) => v.code),
      ['EniPerInstanceLimitExceeded'],
      'two attached and one attaching fill three slots',
    );
    enis.splice(2, 1);
    await store.readFresh('cn-hangzhou', [], ['eni-joining3']);
    const after = await freshAttachCheck(context, 'cn-hangzhou', 'eni-spare04', 'i-aaaaaa1');
    assert.ok('violations' in after);
    assert.deepEqual(after.violations, [], 'a slot is free once the attaching one is gone');
  });

  it('never runs two writes for one ENI at once, and frees it afterwards, even after a failure', async () => {
    let release: () => void = () => undefined;
    const first = oneAtATime(
      'eni-aaaaaa1',
      () =>
        new Promise<string>((resolve) => {
          release = () => resolve('first');
        }),
    );
    assert.deepEqual(await oneAtATime('eni-aaaaaa1', async () => 'second'), { kind: 'busy' });
    assert.equal(await oneAtATime('eni-bbbbbb2', async () => 'other ENI'), 'other ENI');
    release();
    assert.equal(await first, 'first');
    await assert.rejects(
      oneAtATime('eni-aaaaaa1', async () => {
        throw new Error('boom');
      }),
    );
    assert.equal(await oneAtATime('eni-aaaaaa1', async () => 'again'), 'again');
  });
});

describe('the instance-type cache', () => {
  it('asks once per type, keeps a permission refusal as unknown types, and does not keep other failures', async () => {
    const api = fakeApi([], [], [G7_LARGE]);
    const cache = new InstanceTypeCache(() => api);
    assert.equal((await cache.get(['ecs.g7.large', 'ecs.g7.large'])).get('ecs.g7.large')?.eniQuantity, 3);
    await cache.get(['ecs.g7.large']);
    assert.equal(api.calls.filter((c) => c === 'DescribeInstanceTypes').length, 1);

    api.typesFail = new EcsError('Forbidden.RAM', 'denied', 'req', 403, undefined, 'DescribeInstanceTypes');
    assert.deepEqual([...(await cache.get(['ecs.c6.large']))], []);
    await cache.get(['ecs.c6.large']);
    assert.equal(api.calls.filter((c) => c === 'DescribeInstanceTypes').length, 2, 'the refusal is kept');

    api.typesFail = new EcsError('ServiceUnavailable', 'later', 'req', 503, undefined, 'DescribeInstanceTypes');
    await assert.rejects(cache.get(['ecs.r7.large']), /later/);
    api.typesFail = undefined;
    await cache.get(['ecs.r7.large']);
    assert.equal(api.calls.filter((c) => c === 'DescribeInstanceTypes').length, 4, 'a passing failure is asked again');
  });
});

describe('waiting for a change to settle', () => {
  const noSleep = async (): Promise<void> => undefined;

  it('settles, times out, or stops when the caller stops waiting', async () => {
    let reads = 0;
    const read = async (): Promise<number> => {
      reads += 1;
      return reads;
    };
    assert.deepEqual(await waitUntilSettled(read, (n) => n === 3, { timeoutMs: 60_000, sleep: noSleep }), { kind: 'settled', value: 3 });
    assert.equal((await waitUntilSettled(read, () => false, { timeoutMs: 0, sleep: noSleep })).kind, 'timedOut');
    let stop = false;
    const stopped = await waitUntilSettled(
      async () => {
        stop = true;
        return 0;
      },
      () => false,
      { timeoutMs: 60_000, sleep: noSleep, stopped: () => stop },
    );
    assert.deepEqual(stopped, { kind: 'stopped', value: 0 });
  });
});
