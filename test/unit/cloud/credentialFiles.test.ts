import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  chainPick,
  type CredentialEnvironment,
  readCliProfiles,
  readCredentialFiles,
  readSharedProfiles,
  sourceRegion,
} from '../../../src/cloud/credentialFiles';
import type { ChainPick, CredentialSource } from '../../../src/domain/credentialSource';

describe('credential files and the standard chain', () => {
  let home: string;
  const at = (env: NodeJS.ProcessEnv = {}): CredentialEnvironment => ({ env, home });
  const write = (relative: string, content: string): void => {
    fs.mkdirSync(path.dirname(path.join(home, relative)), { recursive: true });
    fs.writeFileSync(path.join(home, relative), content);
  };
  const cliConfig = (config: unknown): void => write('.aliyun/config.json', JSON.stringify(config));
  const pick = async (env: NodeJS.ProcessEnv = {}): Promise<ChainPick> => chainPick(at(env), await readCredentialFiles(at(env)));
  const regionOf = async (source: CredentialSource, env: NodeJS.ProcessEnv = {}): Promise<string | undefined> =>
    sourceRegion(source, at(env), await readCredentialFiles(at(env)));

  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-home-'));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it('finds nothing in an empty home with no environment', async () => {
    assert.strictEqual((await readCliProfiles(at())).kind, 'absent');
    assert.strictEqual((await readSharedProfiles(at())).kind, 'absent');
    assert.deepStrictEqual(await pick(), { kind: 'metadata' });
    assert.deepStrictEqual(await pick({ ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' }), { kind: 'none' });
    assert.deepStrictEqual(
      await pick({ ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'TRUE', ALIBABA_CLOUD_CREDENTIALS_URI: 'http://127.0.0.1:9/c' }),
      { kind: 'credentialsUri' },
    );
  });

  it('takes environment variables first, but only as a pair', async () => {
    cliConfig({ current: 'work', profiles: [{ name: 'work', mode: 'AK' }] });
    assert.deepStrictEqual(await pick({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's' }), {
      kind: 'environment',
    });
    assert.deepStrictEqual(await pick({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'id' }), { kind: 'cliProfile', name: 'work' });
    assert.deepStrictEqual(
      await pick({
        ALIBABA_CLOUD_ROLE_ARN: 'acs:ram::1:role/r',
        ALIBABA_CLOUD_OIDC_PROVIDER_ARN: 'p',
        ALIBABA_CLOUD_OIDC_TOKEN_FILE: '/t',
      }),
      { kind: 'oidc' },
    );
  });

  it('lists aliyun CLI profiles with mode and region, and marks the modes the library cannot use', async () => {
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
    const file = await readCliProfiles(at());
    assert.strictEqual(file.kind, 'read');
    assert.strictEqual(file.kind === 'read' && file.current, 'work');
    assert.deepStrictEqual(file.kind === 'read' && file.profiles, [
      { name: 'work', mode: 'AK', usable: true, regionId: 'cn-shanghai' },
      { name: 'role', mode: 'RamRoleArn', usable: true },
      { name: 'old', mode: 'RsaKeyPair', usable: false, regionId: 'cn-beijing' },
      { name: 'uri', mode: 'CredentialsURI', usable: false },
    ]);
  });

  it('follows ALIBABA_CLOUD_PROFILE and skips a CLI profile that is disabled, missing or unusable', async () => {
    cliConfig({
      current: 'work',
      profiles: [
        { name: 'work', mode: 'AK', region_id: 'cn-shanghai' },
        { name: 'old', mode: 'RsaKeyPair' },
      ],
    });
    write('.alibabacloud/credentials', '[default]\ntype = access_key\naccess_key_id = a\naccess_key_secret = b\n');
    assert.deepStrictEqual(await pick({ ALIBABA_CLOUD_PROFILE: 'old' }), { kind: 'metadata' });
    assert.deepStrictEqual(await pick({ ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true' }), { kind: 'sharedProfile', name: 'default' });
    assert.deepStrictEqual(await pick({ ALIBABA_CLOUD_PROFILE: 'nobody' }), { kind: 'metadata' });
    assert.deepStrictEqual(await pick(), { kind: 'cliProfile', name: 'work' });
  });

  it('reads the shared credentials file, from ALIBABA_CLOUD_CREDENTIALS_FILE when set', async () => {
    write('creds.ini', '[default]\ntype = access_key\n[ci]\ntype = ecs_ram_role\n[odd]\ntype = rsa_key_pair\n');
    const file = await readSharedProfiles(at({ ALIBABA_CLOUD_CREDENTIALS_FILE: path.join(home, 'creds.ini') }));
    assert.deepStrictEqual(file.kind === 'read' && file.profiles, [
      { name: 'default', type: 'access_key', usable: true },
      { name: 'ci', type: 'ecs_ram_role', usable: true },
      { name: 'odd', type: 'rsa_key_pair', usable: false },
    ]);
  });

  it('says what is wrong with a corrupt, shapeless or unreadable config file, and the chain passes it by', async () => {
    write('.aliyun/config.json', '{ "current": "work", "profiles": [ ');
    const corrupt = await readCliProfiles(at());
    assert.strictEqual(corrupt.kind, 'broken');
    assert.strictEqual(corrupt.kind === 'broken' && corrupt.reason, 'notJson');
    assert.deepStrictEqual(await pick({ ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' }), { kind: 'none' });
    cliConfig({ current: 'work' });
    assert.strictEqual(((await readCliProfiles(at())) as { reason?: string }).reason, 'noProfiles');
    cliConfig(null);
    assert.strictEqual(((await readCliProfiles(at())) as { reason?: string }).reason, 'noProfiles');
    fs.rmSync(path.join(home, '.aliyun', 'config.json'));
    fs.mkdirSync(path.join(home, '.aliyun', 'config.json'));
    const directory = await readCliProfiles(at());
    assert.strictEqual(directory.kind === 'broken' && directory.reason, 'notAFile');
  });

  it('gives each source its default region: the environment first, then the CLI profile', async () => {
    cliConfig({
      current: 'work',
      profiles: [
        { name: 'work', mode: 'AK', region_id: 'cn-shanghai' },
        { name: 'bj', mode: 'AK', region_id: 'cn-beijing' },
      ],
    });
    assert.strictEqual(await regionOf({ kind: 'chain' }), 'cn-shanghai');
    assert.strictEqual(await regionOf({ kind: 'cliProfile', name: 'bj' }), 'cn-beijing');
    assert.strictEqual(await regionOf({ kind: 'cliProfile', name: 'bj' }, { ALIBABA_CLOUD_REGION_ID: 'ap-southeast-1' }), 'ap-southeast-1');
    assert.strictEqual(await regionOf({ kind: 'sharedProfile', name: 'default' }), undefined);
    assert.strictEqual(
      await regionOf({ kind: 'chain' }, { ALIBABA_CLOUD_ACCESS_KEY_ID: 'a', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'b' }),
      undefined,
    );
  });
});
