import * as assert from 'node:assert';
import type { EcsApi } from '../../../src/cloud/ecsApi';
import { EcsError } from '../../../src/cloud/ecsError';
import { InstanceTypeCache } from '../../../src/cloud/instanceTypeCache';
import type { InstanceTypeInfo } from '../../../src/domain/instanceType';
import { fakeApi } from '../../support/fakeEcsApi';

const TYPES: InstanceTypeInfo[] = [
  { instanceTypeId: 'ecs.g7.large', eniQuantity: 3, eniPrivateIpAddressQuantity: 6, eniIpv6AddressQuantity: 1 },
  { instanceTypeId: 'ecs.c7.xlarge', eniQuantity: 4, eniPrivateIpAddressQuantity: 6, eniIpv6AddressQuantity: 1 },
];

describe('the instance type cache', () => {
  it('gives each type asked for its own information, and leaves out types ECS does not know', async () => {
    const api = fakeApi([], [], TYPES);
    const cache = new InstanceTypeCache(() => api);
    const found = await cache.get(['ecs.c7.xlarge', 'ecs.g7.large', 'ecs.unknown']);
    assert.deepStrictEqual([...found.entries()].sort(), [
      ['ecs.c7.xlarge', TYPES[1]],
      ['ecs.g7.large', TYPES[0]],
    ]);
  });

  it('asks once per type, until cleared', async () => {
    const api = fakeApi([], [], TYPES);
    const cache = new InstanceTypeCache(() => api);
    await cache.get(['ecs.g7.large']);
    await cache.get(['ecs.g7.large']);
    assert.deepStrictEqual(api.calls, ['DescribeInstanceTypes']);
    cache.clear();
    await cache.get(['ecs.g7.large']);
    assert.deepStrictEqual(api.calls, ['DescribeInstanceTypes', 'DescribeInstanceTypes']);
  });

  it('takes a missing permission for unknown types, and keeps that', async () => {
    for (const code of ['Forbidden.RAM', 'NoPermission']) {
      const api = fakeApi([], [], TYPES);
      api.typesFail = new EcsError(code, 'no', 'R', 403, undefined, 'DescribeInstanceTypes');
      const cache = new InstanceTypeCache(() => api);
      assert.deepStrictEqual(await cache.get(['ecs.g7.large']), new Map(), code);
      api.typesFail = undefined;
      assert.deepStrictEqual(await cache.get(['ecs.g7.large']), new Map(), code);
      assert.strictEqual(api.calls.length, 1, code);
    }
  });

  it('fails with any other error, and asks again next time', async () => {
    const api = fakeApi([], [], TYPES);
    api.typesFail = new EcsError('Throttling', 'slow', 'R', 400, undefined, 'DescribeInstanceTypes');
    const cache = new InstanceTypeCache((): EcsApi => api);
    await assert.rejects(cache.get(['ecs.g7.large']), /slow/);
    api.typesFail = undefined;
    assert.strictEqual((await cache.get(['ecs.g7.large'])).get('ecs.g7.large'), TYPES[0]);
  });
});
