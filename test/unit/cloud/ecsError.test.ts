import * as assert from 'node:assert';
import { EcsError, isEcsError } from '../../../src/cloud/ecsError';

const error = (code: string, httpStatus: number | undefined): EcsError =>
  new EcsError(code, 'message', 'R-1', httpStatus, undefined, 'AttachNetworkInterface');

describe('EcsError.outcomeUnknown', () => {
  it('holds for a lost answer: a timeout, a reset, an unreadable answer', () => {
    assert.strictEqual(error('RequestTimeout', undefined).outcomeUnknown, true);
    assert.strictEqual(error('NetworkError.Reset', undefined).outcomeUnknown, true);
    assert.strictEqual(error('InvalidResponse', 200).outcomeUnknown, true);
    assert.strictEqual(error('InvalidResponse', undefined).outcomeUnknown, true);
  });

  it('holds for any 5xx, 503 included, and for no other status', () => {
    assert.strictEqual(error('InternalError', 500).outcomeUnknown, true);
    assert.strictEqual(error('ServiceUnavailable', 503).outcomeUnknown, true);
    assert.strictEqual(error('UnknownError', 599).outcomeUnknown, true);
    assert.strictEqual(error('Throttling.User', 400).outcomeUnknown, false);
    assert.strictEqual(error('Forbidden.RAM', 403).outcomeUnknown, false);
    assert.strictEqual(error('InvalidEniId.NotFound', 404).outcomeUnknown, false);
    assert.strictEqual(error('IncorrectStatus', 499).outcomeUnknown, false);
  });

  it('does not hold for a refusal before ECS answered', () => {
    assert.strictEqual(error('NetworkError.DnsFailure', undefined).outcomeUnknown, false);
    assert.strictEqual(error('NetworkError.Refused', undefined).outcomeUnknown, false);
    assert.strictEqual(error('InvalidParameter', undefined).outcomeUnknown, false);
  });
});

describe('isEcsError', () => {
  it('knows an EcsError, and a copy of the class from the other bundle by its name and code', () => {
    assert.strictEqual(isEcsError(error('Throttling', 400)), true);
    const foreign = Object.assign(new Error('from the SDK bundle'), { name: 'EcsError', code: 'Throttling' });
    assert.strictEqual(isEcsError(foreign), true);
  });

  it('refuses other errors, even with a code, and look-alikes that are not errors', () => {
    assert.strictEqual(isEcsError(Object.assign(new Error('node'), { code: 'ECONNRESET' })), false);
    assert.strictEqual(isEcsError(Object.assign(new Error('no code'), { name: 'EcsError' })), false);
    assert.strictEqual(isEcsError(Object.assign(new Error('numeric'), { name: 'EcsError', code: 500 })), false);
    assert.strictEqual(isEcsError({ name: 'EcsError', code: 'Throttling', message: 'plain object' }), false);
    assert.strictEqual(isEcsError(undefined), false);
  });
});
