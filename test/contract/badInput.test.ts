import * as assert from 'node:assert';
import * as http from 'node:http';
import { EcsEmulator } from '../emulator/server';
import { callAction, sdkErrorOf } from './helpers';

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

async function raw(emulator: EcsEmulator, path: string, headers: Record<string, string> = {}, body = ''): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: emulator.port, method: 'POST', path, headers }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('contract: bad input to the emulator gets a documented error, never a crash or a hang', () => {
  let emulator: EcsEmulator;

  before(async () => {
    emulator = await EcsEmulator.start();
  });

  after(async () => {
    await emulator.close();
  });

  it('answers a garbage query without an action with InvalidAction.NotFound', async () => {
    const answer = await raw(emulator, '/?%%%&&==&%zz=%');
    assert.deepStrictEqual([answer.status, answer.body.Code], [404, 'InvalidAction.NotFound']);
    assert.match(String(answer.body.RequestId), /^[0-9A-F-]{36}$/);
  });

  it('answers a request without a signature with MissingSignature, a garbled one with IncompleteSignature, and a wrong version with InvalidVersion', async () => {
    const unsigned = await raw(emulator, '/?RegionId=cn-hangzhou', { 'x-acs-action': 'DescribeInstances', 'x-acs-version': '2014-05-26' });
    assert.deepStrictEqual([unsigned.status, unsigned.body.Code], [400, 'MissingSignature']);
    const unsignedRpc = await raw(
      emulator,
      '/',
      { 'content-type': 'application/x-www-form-urlencoded' },
      'Action=StopInstance&Version=2014-05-26&InstanceId=i-bp1h4adlltjc1d48goaq&AccessKeyId=emulator-ak',
    );
    assert.deepStrictEqual([unsignedRpc.status, unsignedRpc.body.Code], [400, 'MissingSignature']);
    assert.strictEqual(emulator.calls('StopInstance'), 0);
    const garbled = await raw(emulator, '/', {
      'x-acs-action': 'DescribeRegions',
      'x-acs-version': '2014-05-26',
      authorization: 'ACS3-HMAC-SHA256 nonsense',
    });
    assert.strictEqual(garbled.body.Code, 'IncompleteSignature');
    const version = await raw(emulator, '/', { 'x-acs-action': 'DescribeRegions', 'x-acs-version': '2099-01-01' });
    assert.deepStrictEqual([version.status, version.body.Code], [400, 'InvalidVersion']);
  });

  it('answers a body beyond 1 MB, and a query too long for the gateway, with InvalidParameter', async () => {
    const big = await raw(
      emulator,
      '/',
      { 'x-acs-action': 'DescribeRegions', 'x-acs-version': '2014-05-26' },
      'x'.repeat(1024 * 1024 + 10),
    );
    assert.deepStrictEqual([big.status, big.body.Code], [400, 'InvalidParameter']);
    const long = await sdkErrorOf(callAction(emulator, 'DescribeInstances', { RegionId: 'cn-hangzhou', InstanceName: 'x'.repeat(40_000) }));
    assert.deepStrictEqual([long.statusCode, long.code], [400, 'InvalidParameter']);
    const huge = await raw(emulator, `/?${'a'.repeat(200_000)}`, { 'x-acs-action': 'DescribeRegions', 'x-acs-version': '2014-05-26' });
    assert.deepStrictEqual([huge.status, huge.body.Code], [400, 'InvalidParameter']);
  });

  it('ignores unknown parameters and refuses numbers that are not numbers', async () => {
    const answer = await callAction(emulator, 'DescribeRegions', { SomethingNew: 'value', 'Odd.1.Key': '' });
    assert.strictEqual(answer.statusCode, 200);
    const notNumber = await sdkErrorOf(callAction(emulator, 'DescribeNetworkInterfaces', { RegionId: 'cn-hangzhou', MaxResults: 'ten' }));
    assert.deepStrictEqual([notNumber.statusCode, notNumber.code], [400, 'InvalidMaxResults']);
    const tooBig = await sdkErrorOf(
      callAction(emulator, 'DescribeNetworkInterfaces', { RegionId: 'cn-hangzhou', MaxResults: '99999999999999' }),
    );
    assert.strictEqual(tooBig.code, 'InvalidMaxResults');
    const badToken = await sdkErrorOf(callAction(emulator, 'DescribeNetworkInterfaces', { RegionId: 'cn-hangzhou', NextToken: 'forged' }));
    assert.deepStrictEqual([badToken.statusCode, badToken.code], [400, 'InvalidNextToken']);
  });

  it('still answers normally afterwards', async () => {
    const answer = await callAction(emulator, 'DescribeRegions', {});
    assert.strictEqual(answer.statusCode, 200);
  });
});
