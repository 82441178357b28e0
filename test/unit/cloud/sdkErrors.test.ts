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
        RequestId: 'E-1',
        Code: 'InvalidEniId.NotFound',
        Message: 'The specified ENI does not exist.',
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

  it('tells network failures apart: refused, DNS, no route, reset, TLS, proxy', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1' }, 'NetworkError.ConnectionRefused'],
      [{ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND ecs.example' }, 'NetworkError.DnsFailure'],
      [{ code: 'EHOSTUNREACH', message: 'connect EHOSTUNREACH' }, 'NetworkError.NoRoute'],
      [{ code: 'ECONNRESET', message: 'read ECONNRESET' }, 'NetworkError.Reset'],
      [{ message: 'socket hang up' }, 'NetworkError.Reset'],
      [{ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', message: 'unable to verify the first certificate' }, 'NetworkError.Tls'],
      [{ code: 'EPROTO', message: 'wrong version number' }, 'NetworkError.Tls'],
      [{ statusCode: 407, message: 'Proxy Authentication Required' }, 'NetworkError.Proxy'],
    ];
    for (const [fields, code] of cases) {
      const error = toEcsError(Object.assign(new Error(String(fields.message)), fields), 'DescribeRegions');
      assert.strictEqual(error.code, code, JSON.stringify(fields));
    }
  });

  it('keeps the retry-after of a throttling error', () => {
    const throttled = Object.assign(new Error('Throttling.User: code: 400'), {
      name: 'ThrottlingError',
      code: 'Throttling.User',
      statusCode: 400,
      requestId: 'R',
      retryAfter: 1500,
      data: { Message: 'slow down' },
    });
    assert.strictEqual(toEcsError(throttled, 'DescribeRegions').retryAfterMs, 1500);
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
