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

describe('toEcsError, field by field', () => {
  const from = (fields: Record<string, unknown>): EcsError => toEcsError(Object.assign(new Error(String(fields.message)), fields), 'Act');

  it('maps every socket and TLS code to its network failure, keeping the code in the message', () => {
    const codes: Record<string, string> = {
      ECONNREFUSED: 'NetworkError.ConnectionRefused',
      ENOTFOUND: 'NetworkError.DnsFailure',
      EAI_AGAIN: 'NetworkError.DnsFailure',
      ETIMEDOUT: 'NetworkError.NoRoute',
      EHOSTUNREACH: 'NetworkError.NoRoute',
      ENETUNREACH: 'NetworkError.NoRoute',
      ECONNRESET: 'NetworkError.Reset',
      EPIPE: 'NetworkError.Reset',
      EPROTO: 'NetworkError.Tls',
      CERT_HAS_EXPIRED: 'NetworkError.Tls',
      DEPTH_ZERO_SELF_SIGNED_CERT: 'NetworkError.Tls',
      SELF_SIGNED_CERT_IN_CHAIN: 'NetworkError.Tls',
      UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'NetworkError.Tls',
      UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'NetworkError.Tls',
      ERR_TLS_CERT_ALTNAME_INVALID: 'NetworkError.Tls',
    };
    for (const [code, network] of Object.entries(codes)) {
      const error = from({ code, message: 'it failed' });
      assert.strictEqual(error.code, network, code);
      assert.strictEqual(error.message, `${code}: it failed`);
      assert.strictEqual(error.action, 'Act');
      assert.strictEqual(error.httpStatus, undefined);
      assert.strictEqual(error.detail, undefined, 'a library message is for the log only');
    }
  });

  it('reads a hang-up or a proxy in the words when the code says nothing', () => {
    const hangUp = from({ code: 'ERR_STREAM', message: 'socket hang up' });
    assert.strictEqual(hangUp.code, 'NetworkError.Reset');
    assert.strictEqual(hangUp.message, 'ERR_STREAM: socket hang up');
    assert.strictEqual(from({ message: 'tunneling socket could not be established: PROXY refused' }).code, 'NetworkError.Proxy');
    const bare = from({ message: 'upstream answered 407' });
    assert.strictEqual(bare.code, 'NetworkError.Proxy');
    assert.strictEqual(bare.message, 'upstream answered 407');
    assert.strictEqual(from({ message: 'upstream answered 4070' }).code, 'UnknownError');
  });

  it('names any 407 a proxy failure, whatever the code and words', () => {
    const error = from({ code: 'AuthRequired', statusCode: 407, message: 'Authentication Required' });
    assert.strictEqual(error.code, 'NetworkError.Proxy');
    assert.strictEqual(error.httpStatus, 407);
    assert.strictEqual(error.message, 'Authentication Required');
  });

  it('takes an ECS answer without data from the error itself', () => {
    const error = from({ code: 'Forbidden.RAM', statusCode: 403, message: 'raw words', requestId: 'R-9' });
    assert.strictEqual(error.code, 'Forbidden.RAM');
    assert.strictEqual(error.message, 'raw words');
    assert.strictEqual(error.detail, 'raw words', "ECS's message may be shown");
    assert.strictEqual(error.requestId, 'R-9');
    assert.strictEqual(error.recommendUrl, undefined);
    assert.strictEqual(error.retryAfterMs, undefined);
  });

  it("prefers the error's request id to the body's, and falls back to the body's", () => {
    const both = from({ code: 'X', statusCode: 400, message: 'm', requestId: 'R-top', data: { RequestId: 'R-body' } });
    assert.strictEqual(both.requestId, 'R-top');
    const bodyOnly = from({ code: 'X', statusCode: 400, message: 'm', requestId: '', data: { RequestId: 'R-body', Message: 'ECS words' } });
    assert.strictEqual(bodyOnly.requestId, 'R-body');
    assert.strictEqual(bodyOnly.message, 'ECS words');
  });

  it('keeps only a finite numeric retry-after', () => {
    for (const retryAfter of ['1500', Number.NaN, Number.POSITIVE_INFINITY, null]) {
      assert.strictEqual(
        from({ code: 'Throttling', statusCode: 400, message: 'm', retryAfter }).retryAfterMs,
        undefined,
        String(retryAfter),
      );
    }
    assert.strictEqual(from({ code: 'Throttling', statusCode: 400, message: 'm', retryAfter: 0 }).retryAfterMs, 0);
  });

  it('takes a status only when it is a number', () => {
    const error = from({ code: 'Throttling', statusCode: '400', message: 'm', data: { Message: 'ECS words' } });
    assert.strictEqual(error.code, 'Throttling');
    assert.strictEqual(error.httpStatus, undefined);
    assert.strictEqual(error.message, 'm', 'not an ECS answer: the body is not read');
    assert.strictEqual(error.detail, undefined);
  });

  it('ignores an empty code, the word "undefined" and a code that is not text', () => {
    for (const code of ['', 'undefined', 7]) {
      const error = from({ code, statusCode: 400, message: 'odd', data: { Message: 'ECS words' } });
      assert.strictEqual(error.code, 'UnknownError', String(code));
      assert.strictEqual(error.httpStatus, 400);
      assert.strictEqual(error.message, 'odd');
    }
  });

  it('keeps the message of a plain object, and words for what is not an object', () => {
    assert.strictEqual(toEcsError({ message: 'plain object' }, 'Act').message, 'plain object');
    assert.strictEqual(toEcsError({ message: '' }, 'Act').message, '[object Object]');
    for (const [value, message] of [
      ['a thrown string', 'a thrown string'],
      [undefined, 'undefined'],
      [null, 'null'],
      [42, '42'],
    ] as const) {
      const error = toEcsError(value, 'Act');
      assert.strictEqual(error.code, 'UnknownError', String(value));
      assert.strictEqual(error.message, message);
      assert.strictEqual(error.httpStatus, undefined);
    }
  });

  it('names InvalidCredentials missing credentials, whatever the words', () => {
    const error = from({ code: 'InvalidCredentials', message: 'no key' });
    assert.strictEqual(error.code, 'NoCredentials');
    assert.strictEqual(error.message, 'no key');
  });

  it('names an unusable credential profile', () => {
    const error = from({ message: 'unsupported profile mode "Foo"' });
    assert.strictEqual(error.code, 'InvalidCredentialProfile');
  });

  it('says which answer was not JSON, and names no other error so', () => {
    const error = toEcsError(new SyntaxError('Unexpected token o'), 'Act');
    assert.strictEqual(error.code, 'InvalidResponse');
    assert.strictEqual(error.message, 'The endpoint answered with something that is not ECS JSON: Unexpected token o');
    const other = toEcsError(new TypeError('x is not a function'), 'Act');
    assert.strictEqual(other.code, 'UnknownError');
    assert.strictEqual(other.message, 'x is not a function');
  });
});
