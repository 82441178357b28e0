import * as assert from 'node:assert';
import { EcsError } from '../../../src/cloud/ecsError';
import { DEFAULT_RETRY_POLICY, isReadAction, isRetryable, retryDelayMs } from '../../../src/cloud/retryPolicy';

const error = (code: string, status?: number, retryAfterMs?: number): EcsError =>
  new EcsError(code, 'm', 'R', status, undefined, 'DescribeInstances', retryAfterMs);

describe('the retry policy', () => {
  it('retries throttling for any action', () => {
    assert.ok(isRetryable(error('Throttling.User', 400), true));
    assert.ok(isRetryable(error('Throttling', 400), false));
  });

  it('retries server errors, timeouts and network failures only for reads', () => {
    for (const e of [
      error('ServiceUnavailable', 503),
      error('InternalError', 500),
      error('SomethingNew', 502),
      error('RequestTimeout'),
      error('NetworkError.Reset'),
    ]) {
      assert.ok(isRetryable(e, true), e.code);
      assert.ok(!isRetryable(e, false), e.code);
    }
  });

  it('never retries state, permission, quota, mismatch or input errors, nor TLS and proxy trouble', () => {
    for (const code of [
      'InvalidOperation.InvalidEniState',
      'Forbidden.RAM',
      'EniPerInstanceLimitExceeded',
      'InvalidOperation.VpcMismatch',
      'InvalidParameter',
      'SignatureDoesNotMatch',
      'NetworkError.Tls',
      'NetworkError.Proxy',
    ]) {
      assert.ok(!isRetryable(error(code, 400), true), code);
    }
  });

  it('backs off exponentially with jitter, capped, and honours x-acs-retry-after', () => {
    const top = (attempt: number): number => retryDelayMs(attempt, error('ServiceUnavailable'), DEFAULT_RETRY_POLICY, () => 1);
    assert.deepStrictEqual([1, 2, 3, 4, 10].map(top), [300, 600, 1200, 2400, 8000]);
    assert.strictEqual(
      retryDelayMs(1, error('ServiceUnavailable'), DEFAULT_RETRY_POLICY, () => 0),
      0,
    );
    assert.strictEqual(
      retryDelayMs(1, error('Throttling.User', 400, 2500), DEFAULT_RETRY_POLICY, () => 0.5),
      2500,
    );
    assert.strictEqual(
      retryDelayMs(1, error('Throttling.User', 400, 60_000), DEFAULT_RETRY_POLICY, () => 0.5),
      8000,
    );
  });

  it('tells reads from writes by the action name', () => {
    assert.ok(isReadAction('DescribeNetworkInterfaces'));
    assert.ok(!isReadAction('AttachNetworkInterface'));
  });
});

describe('the retry policy, at its edges', () => {
  it('retries a read that failed with a transient code even without a status', () => {
    for (const code of ['ServiceUnavailable', 'InternalError', 'InvalidResponse']) {
      assert.ok(isRetryable(error(code), true), code);
      assert.ok(!isRetryable(error(code), false), code);
    }
  });

  it('counts 500 as a server error, and 499 not', () => {
    assert.ok(isRetryable(error('SomethingNew', 500), true));
    assert.ok(!isRetryable(error('SomethingNew', 499), true));
    assert.ok(!isRetryable(error('SomethingNew'), true));
  });
});
