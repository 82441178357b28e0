import * as assert from 'node:assert';
import type { CallRecord } from '../../../src/cloud/callObserver';
import type { EcsApi } from '../../../src/cloud/ecsApi';
import { EcsError } from '../../../src/cloud/ecsError';
import { createSdkEcsApi, type SdkEcsApiOptions } from '../../../src/cloud/sdkEcsApi';
import { EcsClient } from '../../../src/cloud/sdkEcsClient';

type Sent = { action: string; query: Record<string, unknown> };
type Answer = Record<string, unknown> | undefined | Error;

/**
 * The adapter over the real SDK client, with openapi-core's callApi (signing and transport) replaced: each call is
 * recorded and answered from `answer`, and nothing leaves the process.
 */
describe('the SDK adapter, over a stand-in transport', () => {
  const own = Object.getOwnPropertyDescriptor(EcsClient.prototype, 'callApi');
  let sent: Sent[];
  let answer: (action: string, query: Record<string, unknown>) => Answer;

  beforeEach(() => {
    sent = [];
    answer = () => ({ RequestId: 'R-1' });
    EcsClient.prototype.callApi = async function (params, request) {
      const query = { ...request.query } as Record<string, unknown>;
      sent.push({ action: params.action, query });
      const body = answer(params.action, query);
      if (body instanceof Error) {
        throw body;
      }
      return { statusCode: 200, headers: {}, body };
    };
  });

  afterEach(() => {
    if (own) {
      Object.defineProperty(EcsClient.prototype, 'callApi', own);
    } else {
      delete (EcsClient.prototype as Partial<EcsClient>).callApi;
    }
  });

  const adapter = (options: Partial<SdkEcsApiOptions> = {}): EcsApi =>
    createSdkEcsApi({
      endpoint: undefined,
      timeoutMs: 1000,
      credentials: { kind: 'accessKey', accessKeyId: 'LTAItest', accessKeySecret: 'not-a-secret' },
      sleep: async () => undefined,
      ...options,
    });

  it("returns ECS's request id of each change", async () => {
    const api = adapter();
    answer = (action) => ({ RequestId: `R-${action}` });
    assert.strictEqual(await api.attachNetworkInterface('cn-hangzhou', 'eni-bp1aaaaaaaa', 'i-bp1bbbbbbbb'), 'R-AttachNetworkInterface');
    assert.strictEqual(await api.detachNetworkInterface('cn-hangzhou', 'eni-bp1aaaaaaaa', 'i-bp1bbbbbbbb'), 'R-DetachNetworkInterface');
    assert.strictEqual(await api.startInstance('cn-hangzhou', 'i-bp1bbbbbbbb'), 'R-StartInstance');
    assert.strictEqual(await api.stopInstance('cn-hangzhou', 'i-bp1bbbbbbbb'), 'R-StopInstance');
  });

  it('returns an empty request id when the answer has none, or no body at all', async () => {
    const api = adapter();
    for (const body of [{}, undefined]) {
      answer = () => body;
      assert.strictEqual(await api.attachNetworkInterface('cn-hangzhou', 'eni-bp1aaaaaaaa', 'i-bp1bbbbbbbb'), '');
      assert.strictEqual(await api.detachNetworkInterface('cn-hangzhou', 'eni-bp1aaaaaaaa', 'i-bp1bbbbbbbb'), '');
      assert.strictEqual(await api.startInstance('cn-hangzhou', 'i-bp1bbbbbbbb'), '');
      assert.strictEqual(await api.stopInstance('cn-hangzhou', 'i-bp1bbbbbbbb'), '');
    }
  });

  it('stops in KeepCharging mode, and starts with the instance id alone', async () => {
    const api = adapter();
    await api.stopInstance('cn-hangzhou', 'i-bp1bbbbbbbb');
    await api.startInstance('cn-hangzhou', 'i-bp1bbbbbbbb');
    assert.deepStrictEqual(sent, [
      { action: 'StopInstance', query: { InstanceId: 'i-bp1bbbbbbbb', StoppedMode: 'KeepCharging' } },
      { action: 'StartInstance', query: { InstanceId: 'i-bp1bbbbbbbb' } },
    ]);
  });

  it('sends no start or stop for a malformed instance id', async () => {
    const api = adapter();
    for (const call of [() => api.startInstance('cn-hangzhou', 'i-../../x'), () => api.stopInstance('cn-hangzhou', 'web-1')]) {
      await assert.rejects(call(), (error) => error instanceof EcsError && error.code === 'InvalidParameter');
    }
    assert.deepStrictEqual(sent, []);
  });

  it('reads an answer without regions or instance types as none', async () => {
    const api = adapter();
    answer = () => ({ RequestId: 'R-1' });
    assert.deepStrictEqual(await api.describeRegions(), []);
    assert.deepStrictEqual(await api.describeInstanceTypes(['ecs.g7.large']), []);
    answer = () => undefined;
    assert.deepStrictEqual(await api.describeRegions(), []);
    assert.deepStrictEqual(await api.describeInstanceTypes(['ecs.g7.large']), []);
  });

  it('reads an instance type without its fields as empty', async () => {
    answer = () => ({
      RequestId: 'R-1',
      InstanceTypes: {
        InstanceType: [{ InstanceTypeId: 'ecs.g7.large', EniQuantity: 3, EniPrivateIpAddressQuantity: 6, EniIpv6AddressQuantity: 1 }, {}],
      },
    });
    assert.deepStrictEqual(await adapter().describeInstanceTypes(['ecs.g7.large']), [
      { instanceTypeId: 'ecs.g7.large', eniQuantity: 3, eniPrivateIpAddressQuantity: 6, eniIpv6AddressQuantity: 1 },
      { instanceTypeId: '', eniQuantity: 0, eniPrivateIpAddressQuantity: 0, eniIpv6AddressQuantity: 0 },
    ]);
  });

  it('loads every page even when told to load none side by side', async () => {
    answer = (_action, query) => ({
      RequestId: 'R-1',
      TotalCount: 150,
      Instances: { Instance: [{ InstanceId: `i-page${String(query.PageNumber)}` }] },
    });
    const instances = await adapter({ pageConcurrency: 0 }).listInstances('cn-hangzhou');
    assert.deepStrictEqual(
      instances.map((i) => i.instanceId),
      ['i-page1', 'i-page2'],
    );
  });

  it('shares its page slots among every list it reads, and holds none while waiting to retry', async () => {
    let inFlight = 0;
    let most = 0;
    let mostWhileWaiting = 0;
    let waiting = false;
    let failedOnce = false;
    EcsClient.prototype.callApi = async function (params, request) {
      const query = request.query as Record<string, unknown>;
      const page = Number(query.PageNumber);
      if (params.action === 'DescribeInstances' && page === 2 && !failedOnce) {
        failedOnce = true;
        throw Object.assign(new Error('busy'), { code: 'ServiceUnavailable', statusCode: 503, data: { Message: 'busy' } });
      }
      inFlight += page > 1 ? 1 : 0;
      most = Math.max(most, inFlight);
      mostWhileWaiting = waiting ? Math.max(mostWhileWaiting, inFlight) : mostWhileWaiting;
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= page > 1 ? 1 : 0;
      const items = [{ InstanceId: `i-${params.action}${page}`, NetworkInterfaceId: `eni-${params.action}${page}` }];
      return {
        statusCode: 200,
        headers: {},
        body: { RequestId: 'R', TotalCount: 1000, Instances: { Instance: items }, NetworkInterfaceSets: { NetworkInterfaceSet: items } },
      };
    };
    const api = adapter({
      pageConcurrency: 2,
      sleep: async () => {
        waiting = true;
        await new Promise((resolve) => setTimeout(resolve, 30));
        waiting = false;
      },
    });
    const [instances, enis] = await Promise.all([api.listInstances('cn-hangzhou'), api.listNetworkInterfaces('cn-hangzhou')]);
    assert.strictEqual(instances.length, 10);
    assert.strictEqual(enis.length, 10);
    assert.strictEqual(most, 2, 'two pages in flight at most, both lists together (page 1 aside)');
    assert.strictEqual(mostWhileWaiting, 2, 'the page waiting to be asked again left its slot to the others');
  });

  it('tells the observer of each attempt: the request id, or the error and when it will try again', async () => {
    const records: CallRecord[] = [];
    const slept: number[] = [];
    let attempts = 0;
    answer = () => {
      attempts += 1;
      return attempts < 3
        ? Object.assign(new Error('busy'), { code: 'ServiceUnavailable', statusCode: 503, data: { Message: 'busy' } })
        : { TotalCount: 0 };
    };
    const api = adapter({
      observer: { onCall: (record) => records.push(record) },
      retryPolicy: { maxAttempts: 3, baseDelayMs: 3_600_000, maxDelayMs: 3_600_000 },
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    await api.listInstances('cn-hangzhou');
    assert.deepStrictEqual(
      records.map((r) => [r.action, r.attempt, r.outcome, r.requestId, 'retryInMs' in r]),
      [
        ['DescribeInstances', 1, 'ServiceUnavailable', undefined, true],
        ['DescribeInstances', 2, 'ServiceUnavailable', undefined, true],
        ['DescribeInstances', 3, 'ok', '', false],
      ],
    );
    assert.deepStrictEqual(
      slept,
      records.slice(0, 2).map((r) => r.retryInMs),
      'waits as long as it said, with the sleep it was given',
    );
    for (const record of records) {
      assert.ok(record.durationMs >= 0 && record.durationMs < 600_000, String(record.durationMs));
    }
  });

  it('tells the observer of a last failed attempt without a retry', async () => {
    const records: CallRecord[] = [];
    answer = () => Object.assign(new Error('no'), { code: 'Forbidden.RAM', statusCode: 403, requestId: 'R-9', data: { Message: 'no' } });
    const api = adapter({ observer: { onCall: (record) => records.push(record) } });
    await assert.rejects(api.startInstance('cn-hangzhou', 'i-bp1bbbbbbbb'), /no/);
    assert.strictEqual(records.length, 1);
    const [record] = records;
    assert.ok(record);
    assert.deepStrictEqual(
      { ...record, durationMs: 0 },
      {
        action: 'StartInstance',
        regionId: 'cn-hangzhou',
        resourceIds: ['i-bp1bbbbbbbb'],
        attempt: 1,
        durationMs: 0,
        requestId: 'R-9',
        outcome: 'Forbidden.RAM',
        message: 'no',
      },
    );
    assert.ok(record.durationMs >= 0 && record.durationMs < 600_000, String(record.durationMs));
  });

  it('tells the observer of a change whose answer had no body', async () => {
    const records: CallRecord[] = [];
    answer = () => undefined;
    await adapter({ observer: { onCall: (record) => records.push(record) } }).stopInstance('cn-hangzhou', 'i-bp1bbbbbbbb');
    assert.deepStrictEqual(
      records.map((r) => [r.action, r.outcome, r.requestId]),
      [['StopInstance', 'ok', undefined]],
    );
  });

  it('waits on a timer between attempts when given no sleep', async () => {
    let attempts = 0;
    answer = () => {
      attempts += 1;
      return attempts < 2 ? Object.assign(new Error('busy'), { code: 'Throttling', statusCode: 400 }) : { RequestId: 'R-2' };
    };
    const api = adapter({ sleep: undefined, retryPolicy: { maxAttempts: 2, baseDelayMs: 0, maxDelayMs: 0 } });
    assert.strictEqual(await api.startInstance('cn-hangzhou', 'i-bp1bbbbbbbb'), 'R-2');
    assert.strictEqual(attempts, 2);
  });

  /** Runs `body` with these environment variables set (or unset, for undefined), then puts them back. */
  async function withEnvironment(values: Record<string, string | undefined>, body: () => Promise<void>): Promise<void> {
    const before = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
    const apply = (next: Record<string, string | undefined>): void => {
      for (const [name, value] of Object.entries(next)) {
        if (value === undefined) {
          Reflect.deleteProperty(process.env, name);
        } else {
          process.env[name] = value;
        }
      }
    };
    apply(values);
    try {
      await body();
    } finally {
      apply(before);
    }
  }

  it('takes the standard chain when no credentials are chosen', async () => {
    await withEnvironment(
      { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIfromenvironment', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'secret-from-env' },
      async () => {
        const api = adapter({ credentials: undefined });
        assert.strictEqual(await api.startInstance('cn-hangzhou', 'i-bp1bbbbbbbb'), 'R-1');
      },
    );
  });

  it('explains a CLI profile the credentials library will not use, and sends nothing', async () => {
    await withEnvironment({ ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true' }, async () => {
      const api = adapter({ credentials: { kind: 'cliProfile', name: 'work' } });
      await assert.rejects(
        api.startInstance('cn-hangzhou', 'i-bp1bbbbbbbb'),
        (error) => error instanceof EcsError && error.code === 'InvalidCredentialProfile',
      );
    });
    assert.deepStrictEqual(sent, []);
  });
});
