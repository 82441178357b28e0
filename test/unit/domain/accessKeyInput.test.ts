import * as assert from 'node:assert';
import { accessKeyIdProblem, accessKeySecretProblem } from '../../../src/domain/accessKeyInput';

describe('typed AccessKeys at their limits', () => {
  it('takes an id or a secret of 128 characters, and no longer', () => {
    assert.strictEqual(accessKeyIdProblem('A'.repeat(128)), undefined);
    assert.strictEqual(accessKeyIdProblem('A'.repeat(129)), 'tooLong');
    assert.strictEqual(accessKeySecretProblem('s'.repeat(128)), undefined);
    assert.strictEqual(accessKeySecretProblem('s'.repeat(129)), 'tooLong');
  });

  it('refuses a secret with a character past printable ASCII anywhere in it', () => {
    assert.strictEqual(accessKeySecretProblem('abcdef\u00e9'), 'characters');
    assert.strictEqual(accessKeySecretProblem('\u00e9abcdef'), 'characters');
    assert.strictEqual(accessKeySecretProblem('abc\u0000def'), 'characters');
    assert.strictEqual(accessKeySecretProblem('!~{}abc'), undefined);
  });
});
