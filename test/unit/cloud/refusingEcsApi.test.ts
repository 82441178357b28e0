import * as assert from 'node:assert';
import type { EcsApi } from '../../../src/cloud/ecsApi';
import { EcsError } from '../../../src/cloud/ecsError';
import { refusingEcsApi } from '../../../src/cloud/refusingEcsApi';

describe('the API of an account that cannot be used', () => {
  it('refuses every call with the reason', async () => {
    const reason = new EcsError('NoCredentials', 'none', undefined, undefined, undefined, 'DescribeRegions');
    const api = refusingEcsApi(reason);
    const calls: Array<(api: EcsApi) => Promise<unknown>> = [
      (a) => a.describeRegions(),
      (a) => a.listInstances('cn-hangzhou'),
      (a) => a.listNetworkInterfaces('cn-hangzhou'),
      (a) => a.getInstances('cn-hangzhou', ['i-1']),
      (a) => a.getNetworkInterfaces('cn-hangzhou', ['eni-1']),
      (a) => a.describeInstanceTypes(['ecs.g7.large']),
      (a) => a.attachNetworkInterface('cn-hangzhou', 'eni-1', 'i-1'),
      (a) => a.detachNetworkInterface('cn-hangzhou', 'eni-1', 'i-1'),
      (a) => a.startInstance('cn-hangzhou', 'i-1'),
      (a) => a.stopInstance('cn-hangzhou', 'i-1'),
    ];
    for (const call of calls) {
      await assert.rejects(call(api), (error) => error === reason);
    }
  });
});
