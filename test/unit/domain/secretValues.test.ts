import * as assert from 'node:assert';
import { SECRET_ENVIRONMENT_VARIABLES, secretValuesIn } from '../../../src/domain/secretValues';

/** Settings of the aliyun CLI config and the shared credentials file whose values may be shown. */
const SETTINGS = [
  'name',
  'mode',
  'type',
  'current',
  'region_id',
  'output_format',
  'language',
  'site',
  'retry_timeout',
  'connect_timeout',
  'retry_count',
  'retry_read_timeout',
  'sts_region',
  'enable_vpc',
  'expired_seconds',
  'ram_session_name',
  'role_session_name',
  'role_name',
  'ram_role_name',
  'source_profile',
  'access_key_id',
  'cloud_sso_sign_in_url',
  'cloud_sso_account_id',
  'cloud_sso_access_config',
  'oauth_site_type',
  'process_command',
  'profiles',
  'meta_path',
];

describe('secretValuesIn', () => {
  it('takes no value of a setting that is not secret', () => {
    for (const key of SETTINGS) {
      assert.deepStrictEqual(secretValuesIn(`{"${key}": "a-long-harmless-value"}`), [], key);
      assert.deepStrictEqual(secretValuesIn(`${key.toUpperCase()} = a-long-harmless-value`), [], key);
    }
  });

  it('takes the value of any other key, a new kind of token included', () => {
    assert.deepStrictEqual(secretValuesIn('{"access_key_secret": "s3cr3t-value", "brand_new_token": "tok-0123456789"}'), [
      's3cr3t-value',
      'tok-0123456789',
    ]);
  });

  it('reads keys and values in every quoting and spacing a file may use', () => {
    assert.deepStrictEqual(secretValuesIn('access_key_secret = s3cr3t-ini'), ['s3cr3t-ini']);
    assert.deepStrictEqual(secretValuesIn('access_key_secret=s3cr3t-tight'), ['s3cr3t-tight']);
    assert.deepStrictEqual(secretValuesIn("access_key_secret: 's3cr3t-single'"), ['s3cr3t-single']);
    assert.deepStrictEqual(secretValuesIn('"access_key_secret"  :  "s3cr3t-double"'), ['s3cr3t-double']);
    assert.deepStrictEqual(secretValuesIn("'sts_token':'s3cr3t-quoted-key'"), ['s3cr3t-quoted-key']);
    assert.deepStrictEqual(secretValuesIn('"sts_token": "s3cr3t-\\"escaped\\""'), ['s3cr3t-\\"escaped\\"']);
  });

  it('trims a value and takes it once', () => {
    assert.deepStrictEqual(secretValuesIn('{"a_secret": "  padded-secret  ", "b_secret": "padded-secret"}'), ['padded-secret']);
  });

  it('takes values of 8 characters or more, and no number', () => {
    assert.deepStrictEqual(secretValuesIn('k1 = 1234567'), []);
    assert.deepStrictEqual(secretValuesIn('k1 = abcdefg'), []);
    assert.deepStrictEqual(secretValuesIn('k1 = abcdefgh'), ['abcdefgh']);
    assert.deepStrictEqual(secretValuesIn('k1 = 123456789012'), []);
    assert.deepStrictEqual(secretValuesIn('k1 = 12345678abc'), ['12345678abc']);
    assert.deepStrictEqual(secretValuesIn('k1 = abc12345678'), ['abc12345678']);
  });

  it('stops collecting at 1000 values', () => {
    const text = Array.from({ length: 1200 }, (_, i) => `k${i} = secret-${String(i).padStart(4, '0')}`).join('\n');
    const found = secretValuesIn(text);
    assert.strictEqual(found.length, 1000);
    assert.strictEqual(found[0], 'secret-0000');
    assert.strictEqual(found[999], 'secret-0999');
  });
});

describe('SECRET_ENVIRONMENT_VARIABLES', () => {
  it('names the AccessKey secret and the STS token of the credential chain', () => {
    assert.ok(SECRET_ENVIRONMENT_VARIABLES.includes('ALIBABA_CLOUD_ACCESS_KEY_SECRET'));
    assert.ok(SECRET_ENVIRONMENT_VARIABLES.includes('ALIBABA_CLOUD_SECURITY_TOKEN'));
    assert.ok(!SECRET_ENVIRONMENT_VARIABLES.includes('ALIBABA_CLOUD_ACCESS_KEY_ID'));
  });
});
