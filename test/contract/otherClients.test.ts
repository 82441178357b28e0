import * as assert from 'node:assert';
import OpenApi, * as $OpenApi from '@alicloud/openapi-client';
import RPCClient from '@alicloud/pop-core';
import { EcsEmulator } from '../emulator/server';
import { DEMO_KEYS } from './helpers';
import { WEB_1, WEB_2 } from '../emulator/demoIds';

type Json = Record<string, unknown>;
type Method = 'GET' | 'POST';

const WEB_1_PRIMARY_ENI = 'eni-bp1h4adlltjc1d48goaq';
const SPARE_ENI = 'eni-bp17pdijfczax1huji00';

/** What pop-core throws when ECS answers with an error body. */
interface PopCoreError {
  readonly code: string;
  readonly data: Json;
}

async function popCoreErrorOf(promise: Promise<unknown>): Promise<PopCoreError> {
  try {
    await promise;
  } catch (error) {
    return error as PopCoreError;
  }
  throw new Error('expected the call to fail');
}

describe('contract: official Alibaba Cloud clients other than the SDK we ship', () => {
  let emulator: EcsEmulator;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
  });

  afterEach(async () => {
    await emulator.close();
  });

  describe('@alicloud/pop-core RPCClient (V2, HMAC-SHA1)', () => {
    const popCore = (secret = DEMO_KEYS.accessKeySecret): RPCClient =>
      new RPCClient({
        endpoint: emulator.url,
        apiVersion: '2014-05-26',
        accessKeyId: DEMO_KEYS.accessKeyId,
        accessKeySecret: secret,
      });

    for (const method of ['GET', 'POST'] as const satisfies readonly Method[]) {
      it(`reads by ${method}`, async () => {
        const answer = await popCore().request<Json>('DescribeInstances', { RegionId: 'cn-hangzhou', InstanceName: 'web-*' }, { method });
        const instances = (answer.Instances as { Instance: Json[] }).Instance;
        assert.deepStrictEqual(instances.map((instance) => instance.InstanceName).sort(), ['web-1', 'web-2']);
      });

      it(`carries out a write by ${method}`, async () => {
        await popCore().request('StopInstance', { InstanceId: WEB_2 }, { method });
        assert.strictEqual(emulator.account().instances.get(WEB_2)?.status, 'Stopping');
      });

      it(`answers a write that a rule refuses by ${method} with the rule's code, and changes nothing`, async () => {
        const error = await popCoreErrorOf(
          popCore().request(
            'AttachNetworkInterface',
            { RegionId: 'cn-hangzhou', NetworkInterfaceId: WEB_1_PRIMARY_ENI, InstanceId: WEB_2 },
            { method },
          ),
        );
        assert.deepStrictEqual([error.code, error.data.Code], ['InvalidOperation.InvalidEniType', 'InvalidOperation.InvalidEniType']);
        assert.strictEqual(emulator.account().networkInterfaces.get(WEB_1_PRIMARY_ENI)?.instanceId, WEB_1);
      });

      it(`answers a wrong secret by ${method} with SignatureDoesNotMatch, naming ${method} in the string it signed`, async () => {
        const error = await popCoreErrorOf(popCore('a-wrong-secret').request('DescribeRegions', {}, { method }));
        assert.strictEqual(error.code, 'SignatureDoesNotMatch');
        assert.match(String(error.data.Message), new RegExp(`server string to sign is:${method}&%2F&`));
      });
    }

    it('sends POST parameters in the form body alone, with nothing in the query', async () => {
      // pop-core's type declarations leave out the constructor's second argument, `verbose`, which returns the URL too.
      const Verbose = RPCClient as unknown as new (config: RPCClient.Config, verbose: true) => RPCClient;
      const verbose = new Verbose(
        {
          endpoint: emulator.url,
          apiVersion: '2014-05-26',
          accessKeyId: DEMO_KEYS.accessKeyId,
          accessKeySecret: DEMO_KEYS.accessKeySecret,
        },
        true,
      );
      const [answer, entry] = await verbose.request<[Json, { url: string }]>('DescribeRegions', {}, { method: 'POST' });
      assert.strictEqual(entry.url, `${emulator.url}/`);
      assert.strictEqual((answer.Regions as { Region: Json[] }).Region.length, 5);
    });
  });

  describe('@alicloud/openapi-client (callApi, style RPC)', () => {
    type Signature = 'v2' | 'v3';
    type BodyType = 'formData' | 'json';
    type Runtime = Parameters<OpenApi['callApi']>[2];

    const client = (signature: Signature, secret = DEMO_KEYS.accessKeySecret): OpenApi =>
      new OpenApi(
        new $OpenApi.Config({
          endpoint: `127.0.0.1:${emulator.port}`,
          protocol: 'http',
          regionId: 'cn-hangzhou',
          accessKeyId: DEMO_KEYS.accessKeyId,
          accessKeySecret: secret,
          ...(signature === 'v2' ? { signatureAlgorithm: 'v2' } : {}),
        }),
      );

    /**
     * A form body carries the action's parameters; a JSON body is signed over (V3 hashes it) but ECS reads RPC
     * parameters only from the query and a form body, so the parameters then travel in the query.
     */
    const call = async (
      signature: Signature,
      reqBodyType: BodyType,
      action: string,
      values: Record<string, string>,
      secret?: string,
    ): Promise<Json> => {
      const params = new $OpenApi.Params({
        action,
        version: '2014-05-26',
        protocol: 'HTTP',
        pathname: '/',
        method: 'POST',
        authType: 'AK',
        style: 'RPC',
        reqBodyType,
        bodyType: 'json',
      });
      const request = new $OpenApi.OpenApiRequest(
        reqBodyType === 'formData' ? { body: values } : { query: values, body: { ClientToken: 'json-body-is-signed' } },
      );
      const answer = (await client(signature, secret).callApi(params, request, {} as Runtime)) as { body: Json };
      return answer.body;
    };

    for (const signature of ['v2', 'v3'] as const) {
      for (const reqBodyType of ['formData', 'json'] as const) {
        it(`reads with a ${signature.toUpperCase()} signature and a ${reqBodyType} body`, async () => {
          const body = await call(signature, reqBodyType, 'DescribeInstances', { RegionId: 'cn-hangzhou', InstanceName: 'web-*' });
          assert.strictEqual((body.Instances as { Instance: Json[] }).Instance.length, 2);
        });

        it(`carries out a write with a ${signature.toUpperCase()} signature and a ${reqBodyType} body`, async () => {
          await call(signature, reqBodyType, 'AttachNetworkInterface', {
            RegionId: 'cn-hangzhou',
            NetworkInterfaceId: SPARE_ENI,
            InstanceId: WEB_2,
          });
          const eni = emulator.account().networkInterfaces.get(SPARE_ENI);
          assert.deepStrictEqual([eni?.status, eni?.instanceId], ['Attaching', WEB_2]);
        });
      }

      it(`answers a wrong secret under the ${signature.toUpperCase()} signature with SignatureDoesNotMatch`, async () => {
        await assert.rejects(call(signature, 'formData', 'DescribeRegions', {}, 'a-wrong-secret'), {
          code: 'SignatureDoesNotMatch',
          statusCode: 400,
        });
      });
    }
  });
});
