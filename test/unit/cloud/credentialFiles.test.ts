import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  chainPick, type CredentialEnvironment, readCliProfiles, readSharedProfiles, sourceRegion,
} from '../../../src/cloud/credentialFiles';

describe('credential files and the standard chain', () => {
  let home: string;
  const at = (env: NodeJS.ProcessEnv = {}): CredentialEnvironment => ({ env, home });
  const write = (relative: string, content: string): void => {
    fs.mkdirSync(path.dirname(path.join(home, relative)), { recursive: true });
    fs.writeFileSync(path.join(home, relative), content);
  };
  const cliConfig = (config: unknown): void => write('.aliyun/config.json', JSON.stringify(config));

  beforeEach(() => { home = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-home-')); });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it('finds nothing in an empty home with no environment', () => {
    assert.strictEqual(readCliProfiles(at()).kind, 'absent');
    assert.strictEqual(readSharedProfiles(at()).kind, 'absent');
    assert.deepStrictEqual(chainPick(at()), { kind: 'metadata' });
    assert.deepStrictEqual(chainPick(at({ ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' })), { kind: 'none' });
    assert.deepStrictEqual(chainPick(at({ ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'TRUE', ALIBABA_CLOUD_CREDENTIALS_URI: 'http://127.0.0.1:9/c' })),
      { kind: 'credentialsUri' });
  });

  it('takes environment variables first, but only as a pair', () => {
    cliConfig({ current: 'work', profiles: [{ name: 'work', mode: 'AK' }] });
    assert.deepStrictEqual(chainPick(at({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's' })), { kind: 'environment' });
    assert.deepStrictEqual(chainPick(at({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'id' })), { kind: 'cliProfile', name: 'work' });
    assert.deepStrictEqual(chainPick(at({
      ALIBABA_CLOUD_ROLE_ARN: 'acs:ram::1:role/r', ALIBABA_CLOUD_OIDC_PROVIDER_ARN: 'p', ALIBABA_CLOUD_OIDC_TOKEN_FILE: '/t',
    })), { kind: 'oidc' });
  });

  it('lists aliyun CLI profiles with mode and region, and marks the modes the library cannot use', () => {
    cliConfig({
      current: 'work',
      profiles: [
        { name: 'work', mode: 'AK', region_id: 'cn-shanghai' },
        { name: 'role', mode: 'RamRoleArn' },
        { name: 'old', mode: 'RsaKeyPair', region_id: 'cn-beijing' },
        { name: 'uri', mode: 'CredentialsURI' },
        { mode: 'AK' },
      ],
    });
    const file = readCliProfiles(at());
    assert.strictEqual(file.kind, 'read');
    assert.strictEqual(file.kind === 'read' && file.current, 'work');
    assert.deepStrictEqual(file.kind === 'read' && file.profiles, [
      { name: 'work', mode: 'AK', usable: true, regionId: 'cn-shanghai' },
      { name: 'role', mode: 'RamRoleArn', usable: true },
      { name: 'old', mode: 'RsaKeyPair', usable: false, regionId: 'cn-beijing' },
      { name: 'uri', mode: 'CredentialsURI', usable: false },
    ]);
  });

  it('follows ALIBABA_CLOUD_PROFILE and skips a CLI profile that is disabled, missing or unusable', () => {
    cliConfig({ current: 'work', profiles: [{ name: 'work', mode: 'AK', region_id: 'cn-shanghai' }, { name: 'old', mode: 'RsaKeyPair' }] });
    write('.alibabacloud/credentials', '[default]\ntype = access_key\naccess_key_id = a\naccess_key_secret = b\n');
    assert.deepStrictEqual(chainPick(at({ ALIBABA_CLOUD_PROFILE: 'old' })), { kind: 'metadata' });
    assert.deepStrictEqual(chainPick(at({ ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true' })), { kind: 'sharedProfile', name: 'default' });
    assert.deepStrictEqual(chainPick(at({ ALIBABA_CLOUD_PROFILE: 'nobody' })), { kind: 'metadata' });
    assert.deepStrictEqual(chainPick(at()), { kind: 'cliProfile', name: 'work' });
  });

  it('reads the shared credentials file, from ALIBABA_CLOUD_CREDENTIALS_FILE when set', () => {
    write('creds.ini', '[default]\ntype = access_key\n[ci]\ntype = ecs_ram_role\n[odd]\ntype = rsa_key_pair\n');
    const file = readSharedProfiles(at({ ALIBABA_CLOUD_CREDENTIALS_FILE: path.join(home, 'creds.ini') }));
    assert.deepStrictEqual(file.kind === 'read' && file.profiles, [
      { name: 'default', type: 'access_key', usable: true },
      { name: 'ci', type: 'ecs_ram_role', usable: true },
      { name: 'odd', type: 'rsa_key_pair', usable: false },
    ]);
  });

  it('says what is wrong with a corrupt, shapeless or unreadable config file, and the chain passes it by', () => {
    write('.aliyun/config.json', '{ "current": "work", "profiles": [ ');
    const corrupt = readCliProfiles(at());
    assert.strictEqual(corrupt.kind, 'broken');
    assert.strictEqual(corrupt.kind === 'broken' && corrupt.reason, 'notJson');
    assert.deepStrictEqual(chainPick(at({ ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' })), { kind: 'none' });
    cliConfig({ current: 'work' });
    assert.strictEqual((readCliProfiles(at()) as { reason?: string }).reason, 'noProfiles');
    cliConfig(null);
    assert.strictEqual((readCliProfiles(at()) as { reason?: string }).reason, 'noProfiles');
    fs.rmSync(path.join(home, '.aliyun', 'config.json'));
    fs.mkdirSync(path.join(home, '.aliyun', 'config.json'));
    const directory = readCliProfiles(at());
    assert.strictEqual(directory.kind === 'broken' && directory.reason, 'unreadable');
  });

  it('gives each source its default region: the environment first, then the CLI profile', () => {
    cliConfig({ current: 'work', profiles: [{ name: 'work', mode: 'AK', region_id: 'cn-shanghai' }, { name: 'bj', mode: 'AK', region_id: 'cn-beijing' }] });
    assert.strictEqual(sourceRegion({ kind: 'chain' }, at()), 'cn-shanghai');
    assert.strictEqual(sourceRegion({ kind: 'cliProfile', name: 'bj' }, at()), 'cn-beijing');
    assert.strictEqual(sourceRegion({ kind: 'cliProfile', name: 'bj' }, at({ ALIBABA_CLOUD_REGION_ID: 'ap-southeast-1' })), 'ap-southeast-1');
    assert.strictEqual(sourceRegion({ kind: 'sharedProfile', name: 'default' }, at()), undefined);
    assert.strictEqual(sourceRegion({ kind: 'chain' }, at({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'a', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'b' })), undefined);
  });
});
