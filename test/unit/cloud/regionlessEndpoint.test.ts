import * as assert from 'node:assert';
import https from 'node:https';
import { createSdkEcsApi, type SdkEcsApiOptions } from '../../../src/cloud/sdkEcsApi';

type Request = typeof https.request;

/**
 * Which host the adapter would connect to, without connecting anywhere: the SDK's transport (httpx) calls
 * `https.request` at call time, so a stand-in that records the host and fails the request keeps everything on this machine.
 */
async function hostsCalled(
  options: Partial<SdkEcsApiOptions>,
  call: (api: ReturnType<typeof createSdkEcsApi>) => Promise<unknown>,
): Promise<string[]> {
  const hosts: string[] = [];
  const original: Request = https.request;
  https.request = ((target: https.RequestOptions) => {
    hosts.push(String(target.host ?? target.hostname));
    throw Object.assign(new Error('no network in this test'), { code: 'ECONNREFUSED' });
  }) as unknown as Request;
  try {
    const api = createSdkEcsApi({
      endpoint: undefined,
      timeoutMs: 1000,
      credentials: { kind: 'accessKey', accessKeyId: 'LTAItest', accessKeySecret: 'not-a-secret' },
      retryPolicy: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
      sleep: async () => undefined,
      ...options,
    });
    await call(api).then(
      () => assert.fail('the stand-in transport fails every request'),
      () => undefined,
    );
  } finally {
    https.request = original;
  }
  return hosts;
}

describe('the endpoint of actions that carry no region', () => {
  it('is the endpoint of the default region when one is given', async () => {
    assert.deepStrictEqual(await hostsCalled({ defaultRegionId: 'ap-southeast-1' }, (api) => api.describeRegions()), [
      'ecs.ap-southeast-1.aliyuncs.com',
    ]);
    assert.deepStrictEqual(await hostsCalled({ defaultRegionId: 'eu-central-1' }, (api) => api.describeInstanceTypes(['ecs.g7.large'])), [
      'ecs.eu-central-1.aliyuncs.com',
    ]);
  });

  it('is China (Hangzhou) without a default region', async () => {
    assert.deepStrictEqual(await hostsCalled({}, (api) => api.describeRegions()), ['ecs-cn-hangzhou.aliyuncs.com']);
  });

  it('never builds a host name from a malformed default region', async () => {
    for (const bad of ['x@127.0.0.1:1#', 'cn-hangzhou.evil', 'CN-HANGZHOU', '']) {
      assert.deepStrictEqual(
        await hostsCalled({ defaultRegionId: bad }, (api) => api.describeRegions()),
        ['ecs-cn-hangzhou.aliyuncs.com'],
        bad,
      );
    }
  });

  it("leaves regional actions on their own region's endpoint", async () => {
    assert.deepStrictEqual(await hostsCalled({ defaultRegionId: 'ap-southeast-1' }, (api) => api.listInstances('cn-shanghai')), [
      'ecs.cn-shanghai.aliyuncs.com',
    ]);
  });
});
