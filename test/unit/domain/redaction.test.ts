import * as assert from 'node:assert';
import { maskAccessKeyId, redactSecrets } from '../../../src/domain/redaction';

describe('redaction', () => {
  it('masks AccessKey ids, keeping their ends', () => {
    assert.strictEqual(maskAccessKeyId('LTAI5tQxyzABCD7Xq2'), 'LTAI****7Xq2');
    assert.strictEqual(maskAccessKeyId('short'), '****');
  });

  it('removes secrets, tokens and signatures in the shapes they travel in', () => {
    const text =
      'POST /?AccessKeyId=LTAI5tQxyzABCD7Xq2&Signature=abc%3D&SecurityToken=CAIS123 failed; ' +
      'authorization: ACS3-HMAC-SHA256 Credential=LTAI5tQxyzABCD7Xq2,SignedHeaders=host,Signature=0a1b2c; ' +
      '{"access_key_secret": "s3cr3t-value"} x-acs-security-token: CAIStoken';
    const clean = redactSecrets(text);
    for (const secret of ['abc%3D', 'CAIS123', '0a1b2c', 's3cr3t-value', 'CAIStoken', 'LTAI5tQxyzABCD7Xq2']) {
      assert.ok(!clean.includes(secret), `${secret} is still in: ${clean}`);
    }
    assert.ok(clean.includes('LTAI****7Xq2'));
  });

  it('removes values it was told never to write', () => {
    assert.strictEqual(redactSecrets('the secret is hunter2-long', ['hunter2-long']), 'the secret is [redacted]');
  });
});

describe('redaction of every secret form', () => {
  const forms: ReadonlyArray<readonly [string, string]> = [
    ['AccessKeySecret=', 'AccessKeySecret=QvTe5sK8secretPart&Action=X'],
    ['access_key_secret JSON', '{"access_key_secret":"QvTe5sK8secretPart"}'],
    ['sts_token JSON', '"sts_token": "QvTe5sK8secretPart",'],
    ['SecurityToken query', 'SecurityToken=QvTe5sK8secretPart&'],
    ['x-acs-security-token header', 'x-acs-security-token: QvTe5sK8secretPart'],
    ['Signature query', 'Signature=QvTe5sK8secretPart'],
    [
      'Authorization header',
      'Authorization: ACS3-HMAC-SHA256 Credential=LTAI5tQxyzABCD7Xq2,SignedHeaders=host,Signature=QvTe5sK8secretPart',
    ],
    ['OAuth refresh token', '"oauth_refresh_token": "QvTe5sK8secretPart"'],
    ['OAuth access token', '"oauth_access_token":"QvTe5sK8secretPart"'],
  ];
  for (const [name, text] of forms) {
    it(`masks ${name}`, () => {
      assert.ok(!redactSecrets(text).includes('QvTe5sK8secretPart'), redactSecrets(text));
    });
  }
});
