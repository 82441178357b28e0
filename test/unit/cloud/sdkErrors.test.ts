import * as assert from 'node:assert';
import { EcsError, isEcsError } from '../../../src/cloud/ecsError';
import { toEcsError } from '../../../src/cloud/sdkErrors';

describe('toEcsError', () => {
  it('keeps code, message, request id, status and Recommend of an ECS error', () => {
    const sdkError = Object.assign(new Error('InvalidEniId.NotFound: code: 404, The specified ENI does not exist. request id: E-1'), {
      name: 'ClientError',
      code: 'InvalidEniId.NotFound',
      statusCode: 404,
      requestId: 'E-1',
      description: 'undefined',
      data: {
        RequestId: 'E-1', Code: 'InvalidEniId.NotFound', Message: 'The specified ENI does not exist.',
        Recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidEniId.NotFound&product=Ecs&requestId=E-1',
      },
    });
    const error = toEcsError(sdkError, 'AttachNetworkInterface');
    assert.ok(isEcsError(error));
    assert.strictEqual(error.code, 'InvalidEniId.NotFound');
    assert.strictEqual(error.message, 'The specified ENI does not exist.');
    assert.strictEqual(error.requestId, 'E-1');
    assert.strictEqual(error.httpStatus, 404);
    assert.strictEqual(error.recommendUrl, 'https://api.aliyun.com/troubleshoot?q=InvalidEniId.NotFound&product=Ecs&requestId=E-1');
    assert.strictEqual(error.action, 'AttachNetworkInterface');
  });

  it('names a refused connection a network error', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const error = toEcsError(refused, 'DescribeRegions');
    assert.strictEqual(error.code, 'NetworkError');
    assert.match(error.message, /ECONNREFUSED/);
  });

  it('names an SDK timeout a request timeout', () => {
    const timeout = Object.assign(new Error('ReadTimeout(3000). POST http://127.0.0.1:1/ failed.'), { name: 'RequestTimeoutError' });
    assert.strictEqual(toEcsError(timeout, 'DescribeInstances').code, 'RequestTimeout');
  });

  it('names missing credentials', () => {
    const missing = new Error('unable to get credentials from any of the providers in the chain: …');
    assert.strictEqual(toEcsError(missing, 'DescribeRegions').code, 'NoCredentials');
  });

  it('names a body that is not JSON an invalid response', () => {
    let parseError: unknown;
    try {
      JSON.parse('oops');
    } catch (error) {
      parseError = error;
    }
    assert.strictEqual(toEcsError(parseError, 'DescribeRegions').code, 'InvalidResponse');
  });

  it('passes an EcsError through unchanged, and recognises one from another bundle by name', () => {
    const original = new EcsError('Throttling.User', 'slow down', 'R-1', 400, undefined, 'DescribeRegions');
    assert.strictEqual(toEcsError(original, 'Other'), original);
    const foreign = Object.assign(new Error('x'), { name: 'EcsError', code: 'X' });
    assert.ok(isEcsError(foreign));
    assert.ok(!isEcsError(new Error('plain')));
  });
});
