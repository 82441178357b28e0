import * as assert from 'node:assert';
import { EcsError } from '../../../src/cloud/ecsError';
import { endpointParts, refuseBeforeSending } from '../../../src/cloud/requestGuard';

/** The EcsError a call throws (fails the test when it throws none, or something else). */
function refusal(call: () => unknown): EcsError {
  try {
    call();
  } catch (error) {
    assert.ok(error instanceof EcsError, String(error));
    return error;
  }
  assert.fail('nothing was refused');
}

describe('the request guard', () => {
  it('splits a usable endpoint into host and protocol', () => {
    assert.deepStrictEqual(endpointParts('127.0.0.1:8787', 'DescribeRegions'), { host: '127.0.0.1:8787', protocol: 'http' });
    assert.deepStrictEqual(endpointParts('ecs.example.com', 'DescribeRegions'), { host: 'ecs.example.com', protocol: 'https' });
  });

  it('refuses no endpoint, and an unusable one with its problem', () => {
    const none = refusal(() => endpointParts('', 'DescribeRegions'));
    assert.deepStrictEqual(
      [none.code, none.message, none.detail, none.action],
      ['InvalidEndpoint', 'No endpoint.', 'No endpoint.', 'DescribeRegions'],
    );
    const plain = refusal(() => endpointParts('http://ecs.example.com', 'StartInstance'));
    assert.strictEqual(plain.code, 'InvalidEndpoint');
    assert.match(plain.message, /plain http/);
    assert.strictEqual(plain.detail, plain.message);
  });

  it('lets a well-formed request through', () => {
    refuseBeforeSending('AttachNetworkInterface', 'cn-hangzhou', ['i-bp1h4adlltjc1d48goaq', 'eni-bp17pdijfczax1huji00']);
    refuseBeforeSending('DescribeRegions', undefined, []);
  });

  it('refuses a malformed region id, even one that would read right as text', () => {
    for (const regionId of ['cn-hangzhou.evil.com', ['cn-hangzhou'] as unknown as string]) {
      const error = refusal(() => refuseBeforeSending('StartInstance', regionId, []));
      assert.strictEqual(error.code, 'InvalidRegionId.Malformed');
      assert.strictEqual(error.message, 'The region id is not of the form ECS uses (such as cn-hangzhou); nothing was sent.');
      assert.strictEqual(error.action, 'StartInstance');
    }
  });

  it('refuses a malformed resource id, even one that would read right as text', () => {
    for (const id of ['i-../../x', ['i-bp1h4adlltjc1d48goaq'] as unknown as string]) {
      const error = refusal(() => refuseBeforeSending('StopInstance', 'cn-hangzhou', [id]));
      assert.strictEqual(error.code, 'InvalidParameter');
      assert.strictEqual(error.message, 'A resource id is not of the form ECS uses (such as i-…, eni-…, vsw-… or sg-…); nothing was sent.');
    }
  });

  it('refuses everything when the endpoint setting is unusable', () => {
    const error = refusal(() => refuseBeforeSending('DescribeRegions', 'cn-hangzhou', [], 'bad endpoint'));
    assert.deepStrictEqual([error.code, error.message, error.detail], ['InvalidEndpoint', 'bad endpoint', 'bad endpoint']);
  });
});
