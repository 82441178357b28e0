import * as assert from 'node:assert';
import { accessKeyIdProblem, accessKeySecretProblem } from '../../../src/domain/accessKeyInput';
import {
  isCredentialRejection,
  isCredentialSource,
  sameSource,
  STANDARD_CHAIN,
  USABLE_CLI_MODES,
  USABLE_SHARED_TYPES,
} from '../../../src/domain/credentialSource';

describe('credential sources and typed AccessKeys', () => {
  it('trusts only well-formed stored sources', () => {
    for (const good of [
      { kind: 'chain' },
      { kind: 'accessKey' },
      { kind: 'cliProfile', name: 'work' },
      { kind: 'sharedProfile', name: 'default' },
    ]) {
      assert.ok(isCredentialSource(good), JSON.stringify(good));
    }
    for (const bad of [undefined, null, 'work', { kind: 'cliProfile' }, { kind: 'cliProfile', name: '' }, { kind: 'sso' }]) {
      assert.ok(!isCredentialSource(bad), JSON.stringify(bad));
    }
    assert.ok(sameSource({ kind: 'cliProfile', name: 'a' }, { kind: 'cliProfile', name: 'a' }));
    assert.ok(!sameSource({ kind: 'cliProfile', name: 'a' }, { kind: 'sharedProfile', name: 'a' }));
  });

  it('sends refused credentials back to sign-in, but not a refused request', () => {
    for (const code of [
      'NoCredentials',
      'InvalidCredentialProfile',
      'InvalidAccessKeyId.NotFound',
      'InvalidAccessKeyId.Inactive',
      'Forbidden.AccessKeyDisabled',
      'SignatureDoesNotMatch',
      'InvalidSecurityToken.Expired',
      'InvalidSecurityToken.Malformed',
      'InvalidSecurityToken.MismatchWithAccessKey',
      'MissingSecurityToken',
      'MissingAccessKeyId',
      'Forbidden.AccountNotFound',
    ]) {
      assert.ok(isCredentialRejection(code), code);
    }
    assert.ok(!isCredentialRejection('Forbidden.RAM'));
    assert.ok(!isCredentialRejection('InvalidTimeStamp.Expired'));
  });

  const idCases: Array<[string, string | undefined]> = [
    ['LTAI5tQxyzABCD7Xq2', undefined],
    ['emulator-ak', undefined],
    ['STS.NUgYrLnoC37mZZCNnAbez2x', undefined],
    ['', 'empty'],
    ['LTAI5t Qxyz', 'spaces'],
    [' LTAI5tQxyz', 'spaces'],
    ['LTAI5tQxyz\t', 'spaces'],
    ['LTAI/5t', 'characters'],
    ['密钥', 'characters'],
    ['A'.repeat(129), 'tooLong'],
  ];
  for (const [text, problem] of idCases) {
    it(`judges the AccessKey ID ${JSON.stringify(text.slice(0, 20))}: ${problem ?? 'fine'}`, () => {
      assert.strictEqual(accessKeyIdProblem(text), problem);
    });
  }

  it('judges secrets: any printable ASCII, no spaces, not empty', () => {
    assert.strictEqual(accessKeySecretProblem('Ab3+/=xyz!~'), undefined);
    assert.strictEqual(accessKeySecretProblem(''), 'empty');
    assert.strictEqual(accessKeySecretProblem('two words'), 'spaces');
    assert.strictEqual(accessKeySecretProblem('é-secret'), 'characters');
  });
});

describe('credential sources, in detail', () => {
  it('starts from the standard chain', () => {
    assert.deepStrictEqual(STANDARD_CHAIN, { kind: 'chain' });
  });

  it('counts as usable every CLI mode and shared-file type @alicloud/credentials reads', () => {
    for (const mode of ['AK', 'StsToken', 'RamRoleArn', 'EcsRamRole', 'OIDC', 'ChainableRamRoleArn', 'CloudSSO', 'OAuth', 'External']) {
      assert.ok(USABLE_CLI_MODES.includes(mode), mode);
    }
    assert.ok(!USABLE_CLI_MODES.includes('RsaKeyPair') && !USABLE_CLI_MODES.includes(''));
    for (const type of ['access_key', 'ecs_ram_role', 'ram_role_arn']) {
      assert.ok(USABLE_SHARED_TYPES.includes(type), type);
    }
    assert.ok(!USABLE_SHARED_TYPES.includes('rsa_key_pair') && !USABLE_SHARED_TYPES.includes(''));
  });

  it('trusts a name only on the kinds of source that have one', () => {
    assert.strictEqual(isCredentialSource({ kind: 'sso', name: 'work' }), false);
    assert.strictEqual(isCredentialSource({ kind: 'cliProfile', name: 7 }), false);
  });

  it('tells sources apart by kind, and by name where they have one', () => {
    assert.strictEqual(sameSource({ kind: 'chain' }, { kind: 'chain' }), true);
    assert.strictEqual(sameSource({ kind: 'accessKey' }, { kind: 'accessKey' }), true);
    assert.strictEqual(sameSource({ kind: 'chain' }, { kind: 'accessKey' }), false);
    assert.strictEqual(sameSource({ kind: 'sharedProfile', name: 'a' }, { kind: 'sharedProfile', name: 'b' }), false);
  });
});
