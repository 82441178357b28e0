import * as assert from 'node:assert';
import * as http from 'node:http';
import RPCClient from '@alicloud/pop-core';
import { EcsEmulator } from '../emulator/server';
import { DEMO_KEYS } from './helpers';
import { WEB_1 } from '../emulator/demoIds';

type Json = Record<string, unknown>;

interface Answer {
  readonly statusCode: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Json;
}

/** pop-core with the URL and the answer's status and headers (its `verbose` mode, missing from its type declarations). */
const VerboseClient = RPCClient as unknown as new (config: RPCClient.Config, verbose: true) => RPCClient;
interface Entry {
  readonly response: { readonly statusCode: number; readonly headers: http.IncomingHttpHeaders };
}

/** A correctly signed V2 GET whose headers the test chooses (pop-core sends `opts.headers` as they are). */
async function signedCall(emulator: EcsEmulator, action: string, params: Json, headers: Record<string, string> = {}): Promise<Answer> {
  const client = new VerboseClient(
    {
      endpoint: emulator.url,
      apiVersion: '2014-05-26',
      accessKeyId: DEMO_KEYS.accessKeyId,
      accessKeySecret: DEMO_KEYS.accessKeySecret,
    },
    true,
  );
  try {
    const [body, entry] = await client.request<[Json, Entry]>(action, params, { headers });
    return { ...entry.response, body };
  } catch (error) {
    const { entry, data } = error as { entry?: Entry; data?: Json };
    if (!entry || !data) {
      throw error;
    }
    return { ...entry.response, body: data };
  }
}

async function rawRequest(emulator: EcsEmulator, method: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: emulator.port, method, path: '/', headers }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      response.on('end', () =>
        resolve({ statusCode: response.statusCode ?? 0, headers: response.headers, body: JSON.parse(text) as Json }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

describe('contract: only this machine can drive the emulator (no CORS, loopback Host only)', () => {
  let emulator: EcsEmulator;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
  });

  afterEach(async () => {
    await emulator.close();
  });

  it('refuses a signed write whose Host is not loopback with 403 Forbidden.Host, and does not carry it out', async () => {
    const refused = await signedCall(
      emulator,
      'StopInstance',
      { InstanceId: WEB_1 },
      { host: 'evil.example', origin: 'http://evil.example' },
    );
    assert.deepStrictEqual([refused.statusCode, refused.body.Code], [403, 'Forbidden.Host']);
    assert.match(String(refused.body.Message), /loopback/);
    assert.match(String(refused.body.RequestId), /^[0-9A-F-]{36}$/);
    assert.strictEqual(emulator.calls('StopInstance'), 0);
    assert.strictEqual(emulator.account().instances.get(WEB_1)?.status, 'Running');

    const accepted = await signedCall(emulator, 'StopInstance', { InstanceId: WEB_1 }, { host: `localhost:${emulator.port}` });
    assert.strictEqual(accepted.statusCode, 200, JSON.stringify(accepted.body));
    assert.strictEqual(emulator.account().instances.get(WEB_1)?.status, 'Stopping');
  });

  for (const host of ['127.0.0.1', '127.8.9.10:1', 'LOCALHOST:80', '[::1]:8787']) {
    it(`answers a request addressed to ${host}`, async () => {
      const answer = await signedCall(emulator, 'DescribeRegions', {}, { host });
      assert.strictEqual(answer.statusCode, 200, JSON.stringify(answer.body));
    });
  }

  for (const host of ['evil.example:8787', '127.0.0.1.nip.io', 'localhost.evil.example', '10.0.0.1', '[::2]']) {
    it(`refuses a request addressed to ${host}`, async () => {
      const answer = await signedCall(emulator, 'DescribeRegions', {}, { host });
      assert.deepStrictEqual([answer.statusCode, answer.body.Code], [403, 'Forbidden.Host']);
      assert.strictEqual(emulator.totalCalls(), 0);
    });
  }

  for (const [what, headers] of [
    ['an Origin', { origin: 'http://evil.example' }],
    ['an Origin of null (a sandboxed page, a file)', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
  ] as const) {
    it(`refuses a signed write that carries ${what} (a web page's), and does not carry it out`, async () => {
      const refused = await signedCall(emulator, 'StopInstance', { InstanceId: WEB_1 }, headers);
      assert.deepStrictEqual([refused.statusCode, refused.body.Code], [403, 'Forbidden.CrossSite']);
      assert.strictEqual(emulator.calls('StopInstance'), 0);
      assert.strictEqual(emulator.account().instances.get(WEB_1)?.status, 'Running');
    });
  }

  it('answers what the SDK and the CLI send: no Origin, and at most Sec-Fetch-Site none or same-origin', async () => {
    for (const headers of [{}, { 'sec-fetch-site': 'none' }, { 'sec-fetch-site': 'same-origin' }] as Array<Record<string, string>>) {
      const answer = await signedCall(emulator, 'DescribeRegions', {}, headers);
      assert.strictEqual(answer.statusCode, 200, JSON.stringify([headers, answer.body]));
    }
  });

  it('sends no CORS header with any answer: success, refusal, error, preflight', async () => {
    const answers = [
      await signedCall(emulator, 'DescribeRegions', {}),
      await signedCall(emulator, 'StopInstance', { InstanceId: 'i-doesnotexist' }),
      await signedCall(emulator, 'DescribeRegions', {}, { origin: 'http://evil.example' }),
      await signedCall(emulator, 'DescribeRegions', {}, { host: 'evil.example', origin: 'http://evil.example' }),
      await rawRequest(emulator, 'GET', { origin: 'http://evil.example' }),
      await rawRequest(emulator, 'OPTIONS', {
        origin: 'http://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-acs-action',
      }),
    ];
    assert.deepStrictEqual(
      answers.map((answer) => answer.statusCode),
      [200, 404, 403, 403, 403, 403],
    );
    for (const answer of answers) {
      const cors = Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'));
      assert.deepStrictEqual(cors, [], `CORS headers sent with a ${answer.statusCode} answer`);
    }
  });
});
