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

describe('redaction, exactly', () => {
  it('masks an id of more than 8 characters and hides one of 8 or fewer entirely', () => {
    assert.strictEqual(maskAccessKeyId('123456789'), '1234****6789');
    assert.strictEqual(maskAccessKeyId('12345678'), '****');
    assert.strictEqual(maskAccessKeyId(''), '****');
  });

  it('leaves text without secrets as it is', () => {
    for (const text of ['', 'Stryker was here', 'InvalidEniId.NotFound: eni-bp1 does not exist (RequestId R-1)']) {
      assert.strictEqual(redactSecrets(text), text);
    }
  });

  it('replaces each known secret of 4 or more characters, and no shorter one', () => {
    assert.strictEqual(redactSecrets('pin 1234, again 1234', ['1234']), 'pin [redacted], again [redacted]');
    assert.strictEqual(redactSecrets('abc and ab', ['abc', 'ab', '']), 'abc and ab');
  });

  it('keeps the name of a secret and replaces only its value', () => {
    assert.strictEqual(
      redactSecrets('AccessKeySecret=QvTe5sK8&Action=DescribeRegions'),
      'AccessKeySecret=[redacted]&Action=DescribeRegions',
    );
    assert.strictEqual(redactSecrets('{"password": "hunter22", "user": "bob"}'), '{"password": "[redacted]", "user": "bob"}');
    assert.strictEqual(redactSecrets("private_key='-----BEGIN' next"), "private_key='[redacted]' next");
  });

  it('replaces a signature in a query, hex or not, exactly once', () => {
    assert.strictEqual(redactSecrets('Signature=0a1b2c3d&Version=2014-05-26'), 'Signature=[redacted]&Version=2014-05-26');
    assert.strictEqual(redactSecrets('Signature=QvTe%2B5sK8'), 'Signature=[redacted]');
  });

  it('replaces the whole rest of an Authorization line, however it is spaced', () => {
    assert.strictEqual(redactSecrets('Authorization: Bearer abc.def ghi\nHost: ecs'), 'Authorization: [redacted]\nHost: ecs');
    assert.strictEqual(redactSecrets('authorization:Bearer abc.def'), 'authorization:[redacted]');
    assert.strictEqual(redactSecrets('Authorization :  Bearer abc.def'), 'Authorization :  [redacted]');
    assert.strictEqual(redactSecrets('authorization=Bearer abc.def'), 'authorization=[redacted]');
  });

  it('replaces the whole security token header value, however it is spaced', () => {
    assert.strictEqual(redactSecrets('x-acs-security-token: CAIS.token/x+y end'), 'x-acs-security-token: [redacted] end');
    assert.strictEqual(redactSecrets('X-Acs-Security-Token:CAIS.token'), 'X-Acs-Security-Token:[redacted]');
    assert.strictEqual(redactSecrets('x-acs-security-token = CAIS.token'), 'x-acs-security-token = [redacted]');
  });

  it('masks AccessKey ids in every shape they travel in', () => {
    assert.strictEqual(redactSecrets('AccessKeyId=LTAI5tQxyzABCD7Xq2&Action=X'), 'AccessKeyId=LTAI****7Xq2&Action=X');
    assert.strictEqual(redactSecrets('{"access_key_id": "LTAI5tQxyzABCD7Xq2"}'), '{"access_key_id": "LTAI****7Xq2"}');
    assert.strictEqual(redactSecrets('access_key_id = LTAI5tQxyzABCD7Xq2'), 'access_key_id = LTAI****7Xq2');
    assert.strictEqual(redactSecrets('x-acs-accesskey-id: LTAI5tQxyzABCD7Xq2'), 'x-acs-accesskey-id: LTAI****7Xq2');
    assert.strictEqual(redactSecrets('Credential=LTAI5tQxyzABCD7Xq2/20260101'), 'Credential=LTAI****7Xq2/20260101');
    assert.strictEqual(redactSecrets('AccessKeyId=short'), 'AccessKeyId=****');
  });
});
