import * as assert from 'node:assert';
import type { EcsApi } from '../../../src/cloud/ecsApi';
import { LazyEcsApi } from '../../../src/cloud/lazyEcsApi';
import type { SdkEcsApiOptions } from '../../../src/cloud/sdkEcsApi';

// The very module object LazyEcsApi requires, so that its factory can be replaced for the test (nothing is sent).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdkModule = require('../../../src/cloud/sdkEcsApi') as { createSdkEcsApi: (options: SdkEcsApiOptions) => EcsApi };

type Call = { method: string; args: unknown[] };

/** An EcsApi that records every call and answers with the method's name (whatever the port's methods are). */
function recordingApi(calls: Call[]): EcsApi {
  return new Proxy({} as EcsApi, {
    get: (_target, method) =>
      // Not a thenable: the lazy API resolves a promise with this object.
      method === 'then'
        ? undefined
        : async (...args: unknown[]): Promise<string> => {
            calls.push({ method: String(method), args });
            return `answer of ${String(method)}`;
          },
  });
}

describe('LazyEcsApi', () => {
  const original = sdkModule.createSdkEcsApi;
  let created: SdkEcsApiOptions[];
  let calls: Call[];

  beforeEach(() => {
    created = [];
    calls = [];
    sdkModule.createSdkEcsApi = (options) => {
      created.push(options);
      return recordingApi(calls);
    };
  });

  afterEach(() => {
    sdkModule.createSdkEcsApi = original;
  });

  it('forwards every method of the port, with its arguments and answer', async () => {
    const api = new LazyEcsApi({ endpoint: undefined, timeoutMs: 1000 });
    const methods = Object.getOwnPropertyNames(LazyEcsApi.prototype).filter((name) => name !== 'constructor' && name !== 'load');
    assert.ok(methods.length >= 18, methods.join(', '));
    for (const method of methods) {
      const answer = await (api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[method]?.('cn-hangzhou', method);
      assert.strictEqual(answer, `answer of ${method}`);
    }
    assert.deepStrictEqual(
      calls.map((c) => [c.method, ...c.args]),
      // DescribeRegions takes nothing.
      methods.map((m) => (m === 'describeRegions' ? [m] : [m, 'cn-hangzhou', m])),
    );
  });

  it('builds nothing and asks for no options until the first call', async () => {
    let asked = 0;
    const api = new LazyEcsApi(async () => {
      asked++;
      return { endpoint: undefined, timeoutMs: 1000 };
    });
    assert.strictEqual(asked, 0);
    assert.strictEqual(created.length, 0);
    await api.describeRegions();
    assert.strictEqual(asked, 1);
    assert.strictEqual(created.length, 1);
  });

  it('hands every call, with its arguments, to the SDK adapter and returns its answer', async () => {
    const api = new LazyEcsApi({ endpoint: undefined, timeoutMs: 1000, acceptLanguage: 'zh-CN' });
    const progress = (): void => undefined;
    const answers = [
      await api.describeRegions(),
      await api.listInstances('cn-hangzhou', progress),
      await api.listNetworkInterfaces('cn-beijing', progress),
      await api.getInstances('cn-hangzhou', ['i-1', 'i-2']),
      await api.getNetworkInterfaces('cn-hangzhou', ['eni-1']),
      await api.describeInstanceTypes(['ecs.g7.large']),
      await api.attachNetworkInterface('cn-hangzhou', 'eni-1', 'i-1'),
      await api.detachNetworkInterface('cn-hangzhou', 'eni-2', 'i-2'),
      await api.startInstance('cn-shanghai', 'i-3'),
      await api.stopInstance('cn-shanghai', 'i-4'),
    ];
    assert.deepStrictEqual(calls, [
      { method: 'describeRegions', args: [] },
      { method: 'listInstances', args: ['cn-hangzhou', progress] },
      { method: 'listNetworkInterfaces', args: ['cn-beijing', progress] },
      { method: 'getInstances', args: ['cn-hangzhou', ['i-1', 'i-2']] },
      { method: 'getNetworkInterfaces', args: ['cn-hangzhou', ['eni-1']] },
      { method: 'describeInstanceTypes', args: [['ecs.g7.large']] },
      { method: 'attachNetworkInterface', args: ['cn-hangzhou', 'eni-1', 'i-1'] },
      { method: 'detachNetworkInterface', args: ['cn-hangzhou', 'eni-2', 'i-2'] },
      { method: 'startInstance', args: ['cn-shanghai', 'i-3'] },
      { method: 'stopInstance', args: ['cn-shanghai', 'i-4'] },
    ]);
    assert.deepStrictEqual(
      answers,
      calls.map((call) => `answer of ${call.method}`),
    );
    assert.deepStrictEqual(
      created,
      [{ endpoint: undefined, timeoutMs: 1000, acceptLanguage: 'zh-CN' }],
      'one adapter, built from the options as given',
    );
  });

  it('builds the adapter once, from the options the function gives', async () => {
    const options: SdkEcsApiOptions = { endpoint: undefined, timeoutMs: 1000, acceptLanguage: 'en-US' };
    let asked = 0;
    const api = new LazyEcsApi(async () => {
      asked++;
      return options;
    });
    await Promise.all([api.describeRegions(), api.startInstance('cn-hangzhou', 'i-1')]);
    await api.stopInstance('cn-hangzhou', 'i-1');
    assert.strictEqual(asked, 1);
    assert.strictEqual(created.length, 1);
    assert.strictEqual(created[0], options);
  });

  it('asks for the options again after they could not be had (no stored key yet)', async () => {
    let asked = 0;
    const api = new LazyEcsApi(async () => {
      asked++;
      if (asked === 1) {
        throw new Error('no AccessKey stored');
      }
      return { endpoint: undefined, timeoutMs: 1000 };
    });
    await assert.rejects(api.describeRegions(), /no AccessKey stored/);
    assert.strictEqual(created.length, 0);
    assert.strictEqual(await api.describeRegions(), 'answer of describeRegions');
    assert.strictEqual(asked, 2);
    assert.strictEqual(created.length, 1);
  });
});
