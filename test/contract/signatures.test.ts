import * as assert from 'node:assert';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import Ecs, { DescribeInstancesRequest, DescribeRegionsRequest } from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, DEMO_KEYS, ecsErrorOf, sdkClientFor, sdkErrorOf } from './helpers';

interface Captured {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

/** Records the first request the SDK sends, so that a test can replay it byte for byte. */
async function captureOneRequest(send: (endpoint: string) => Promise<unknown>): Promise<Captured> {
  let captured: Captured | undefined;
  const server = http.createServer((request, response) => {
    captured ??= { method: request.method ?? 'POST', url: request.url ?? '/', headers: request.headers };
    response.writeHead(200, { 'content-type': 'application/json;charset=utf-8' });
    response.end('{"RequestId":"CAPTURED"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await send(`127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
  assert.ok(captured);
  return captured;
}

async function replay(emulator: EcsEmulator, request: Captured): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { host: '127.0.0.1', port: emulator.port, method: request.method, path: request.url, headers: request.headers },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('contract: signatures and credentials', () => {
  let emulator: EcsEmulator;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
  });

  afterEach(async () => {
    await emulator.close();
  });

  const legacyClient = (secret = DEMO_KEYS.accessKeySecret, extra: Record<string, string> = {}): Ecs =>
    new Ecs(
      new $OpenApiUtil.Config({
        endpoint: `127.0.0.1:${emulator.port}`,
        protocol: 'http',
        regionId: 'cn-hangzhou',
        accessKeyId: DEMO_KEYS.accessKeyId,
        accessKeySecret: secret,
        signatureAlgorithm: 'v2',
        ...extra,
      }),
    );

  it('accepts the legacy RPC HMAC-SHA1 signature', async () => {
    const response = await legacyClient().describeRegions(new DescribeRegionsRequest({ acceptLanguage: 'en-US' }));
    assert.strictEqual(response.body?.regions?.region?.length, 5);
  });

  it('answers a wrong secret under the legacy signature with SignatureDoesNotMatch', async () => {
    const error = await sdkErrorOf(legacyClient('wrong').describeRegions(new DescribeRegionsRequest({})));
    assert.deepStrictEqual([error.code, error.statusCode], ['SignatureDoesNotMatch', 400]);
  });

  it('accepts STS credentials (V3 and legacy) and refuses expired, foreign and missing tokens', async () => {
    const token = emulator.issueStsToken('second');
    const sts = {
      kind: 'accessKey' as const,
      accessKeyId: token.accessKeyId,
      accessKeySecret: token.accessKeySecret,
      securityToken: token.securityToken,
    };
    const instances = await adapterFor(emulator, sts).listInstances('cn-beijing');
    assert.deepStrictEqual(
      instances.map((i) => i.instanceName),
      ['analytics-bj'],
    );
    const legacy = await legacyClient(sts.accessKeySecret, {
      accessKeyId: sts.accessKeyId,
      securityToken: sts.securityToken,
    }).describeRegions(new DescribeRegionsRequest({}));
    assert.strictEqual(legacy.body?.regions?.region?.length, 5);

    const other = emulator.issueStsToken('demo');
    const mismatch = await ecsErrorOf(adapterFor(emulator, { ...sts, securityToken: other.securityToken }).describeRegions());
    assert.strictEqual(mismatch.code, 'InvalidSecurityToken.MismatchWithAccessKey');
    const malformed = await ecsErrorOf(adapterFor(emulator, { ...sts, securityToken: 'not-a-token' }).describeRegions());
    assert.strictEqual(malformed.code, 'InvalidSecurityToken.Malformed');
    const missing = await ecsErrorOf(
      adapterFor(emulator, { kind: 'accessKey', accessKeyId: sts.accessKeyId, accessKeySecret: sts.accessKeySecret }).describeRegions(),
    );
    assert.strictEqual(missing.code, 'MissingSecurityToken');
    const short = emulator.issueStsToken('demo', 1000);
    emulator.world.clock.advance(2000);
    const expired = await ecsErrorOf(
      adapterFor(emulator, {
        kind: 'accessKey',
        accessKeyId: short.accessKeyId,
        accessKeySecret: short.accessKeySecret,
        securityToken: short.securityToken,
      }).describeRegions(),
    );
    assert.strictEqual(expired.code, 'InvalidSecurityToken.Expired');
  });

  it('refuses a request dated more than 15 minutes away', async () => {
    emulator.world.clock.advance(16 * 60 * 1000);
    const error = await ecsErrorOf(adapterFor(emulator).describeRegions());
    assert.deepStrictEqual([error.code, error.httpStatus], ['InvalidTimeStamp.Expired', 400]);
  });

  it('refuses a replayed request whose nonce was used already', async () => {
    const captured = await captureOneRequest((endpoint) =>
      new Ecs(
        new $OpenApiUtil.Config({
          endpoint,
          protocol: 'http',
          regionId: 'cn-hangzhou',
          ...DEMO_KEYS,
        }),
      ).describeRegions(new DescribeRegionsRequest({})),
    );
    const first = await replay(emulator, captured);
    assert.strictEqual(first.status, 200, JSON.stringify(first.body));
    const second = await replay(emulator, captured);
    assert.deepStrictEqual([second.status, second.body.Code], [400, 'SignatureNonceUsed']);
  });

  it('signs with the SDK exactly as the emulator verifies, for values the query leaves unescaped', async () => {
    const response = await sdkClientFor(emulator).describeInstances(
      new DescribeInstancesRequest({
        regionId: 'cn-hangzhou',
        instanceName: "web-(1)*!'~ é",
      }),
    );
    assert.deepStrictEqual(response.body?.instances?.instance, []);
  });
});
