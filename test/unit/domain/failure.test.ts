import * as assert from 'node:assert';
import { isFailure } from '../../../src/domain/failure';

describe('isFailure', () => {
  it('accepts an object with a string code and a string message, whatever else it carries', () => {
    assert.strictEqual(isFailure({ code: 'InvalidEniId.NotFound', message: 'no such ENI' }), true);
    assert.strictEqual(isFailure({ code: '', message: '', detail: 'd', requestId: 'R-1' }), true);
    assert.strictEqual(isFailure(Object.assign(new Error('boom'), { code: 'X' })), true);
  });

  it('refuses values that are not objects', () => {
    for (const value of [undefined, null, 'InvalidEniId.NotFound', 42, true, () => undefined]) {
      assert.strictEqual(isFailure(value), false, String(value));
    }
  });

  it('refuses an object without a string code', () => {
    assert.strictEqual(isFailure({ message: 'no code' }), false);
    assert.strictEqual(isFailure({ code: 404, message: 'numeric code' }), false);
  });

  it('refuses an object without a string message', () => {
    assert.strictEqual(isFailure({ code: 'X' }), false);
    assert.strictEqual(isFailure({ code: 'X', message: { text: 'nested' } }), false);
  });
});
