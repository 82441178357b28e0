import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  brokenFileFor,
  chainPick,
  type CredentialEnvironment,
  processEnvironment,
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

describe('credential files, in detail', () => {
  let home: string;
  const at = (env: NodeJS.ProcessEnv = {}): CredentialEnvironment => ({ env, home });
  const write = (relative: string, content: string): string => {
    const file = path.join(home, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };
  const cliConfig = (config: unknown): string => write('.aliyun/config.json', JSON.stringify(config));
  const sharedFile = (content: string): string => write('.alibabacloud/credentials', content);

  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-detail-'));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it('looks in the process environment and the home folder by default', () => {
    assert.deepStrictEqual(processEnvironment(), { env: process.env, home: os.homedir() });
  });

  it('trims names, modes and regions, and takes a profile without a mode for an AccessKey one', async () => {
    cliConfig({ current: ' work ', profiles: [{ name: ' work ', mode: ' StsToken ', region_id: ' cn-shanghai ' }, { name: 'plain' }] });
    assert.deepStrictEqual(await readCliProfiles(at()), {
      kind: 'read',
      path: path.join(home, '.aliyun', 'config.json'),
      current: 'work',
      profiles: [
        { name: 'work', mode: 'StsToken', usable: true, regionId: 'cn-shanghai' },
        { name: 'plain', mode: 'AK', usable: true },
      ],
    });
  });

  it('calls a config without a list of profiles broken, and says so in full', async () => {
    const file = cliConfig({ current: 'work', profiles: { work: {} } });
    assert.deepStrictEqual(await readCliProfiles(at()), { kind: 'broken', path: file, reason: 'noProfiles' });
    cliConfig(42);
    assert.deepStrictEqual(await readCliProfiles(at()), { kind: 'broken', path: file, reason: 'noProfiles' });
  });

  it("keeps the system's code of a file it could not open", async () => {
    const file = path.join(home, '.aliyun', 'config.json');
    fs.mkdirSync(path.dirname(file));
    fs.symlinkSync(file, file);
    assert.deepStrictEqual(await readCliProfiles(at()), { kind: 'broken', path: file, reason: 'unreadable', systemCode: 'ELOOP' });
  });

  it('takes only sections of the shared file for profiles, not keys outside any section', async () => {
    const file = sharedFile('stray = value\n[default]\ntype = access_key\n');
    assert.deepStrictEqual(await readSharedProfiles(at()), {
      kind: 'read',
      path: file,
      profiles: [{ name: 'default', type: 'access_key', usable: true }],
    });
  });

  it('finds no secret where there are no files and no secret variables', async () => {
    const files = await readCredentialFiles(at({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tQxyzABCD7Xq2' }));
    assert.deepStrictEqual(files.secrets, []);
  });

  it('takes the secret and the token from the environment, trimmed', async () => {
    const files = await readCredentialFiles(
      at({ ALIBABA_CLOUD_ACCESS_KEY_SECRET: ' env-secret-value ', ALIBABA_CLOUD_SECURITY_TOKEN: 'env-token-value' }),
    );
    assert.deepStrictEqual(files.secrets, ['env-secret-value', 'env-token-value']);
  });

  it('takes OIDC for the chain only with all three of its variables', async () => {
    const oidc = { ALIBABA_CLOUD_ROLE_ARN: 'acs:ram::1:role/r', ALIBABA_CLOUD_OIDC_PROVIDER_ARN: 'p', ALIBABA_CLOUD_OIDC_TOKEN_FILE: '/t' };
    const files = await readCredentialFiles(at());
    assert.deepStrictEqual(chainPick(at(oidc), files), { kind: 'oidc' });
    for (const missing of Object.keys(oidc)) {
      const env: NodeJS.ProcessEnv = { ...oidc, [missing]: '' };
      assert.deepStrictEqual(chainPick(at(env), files), { kind: 'metadata' }, missing);
    }
  });

  it('takes the default section of the shared file when it is usable, whatever the other sections are', async () => {
    sharedFile('[default]\ntype = access_key\n[odd]\ntype = rsa_key_pair\n');
    assert.deepStrictEqual(chainPick(at(), await readCredentialFiles(at())), { kind: 'sharedProfile', name: 'default' });
  });

  it('lets the chain pass a broken CLI config when OIDC answers first', async () => {
    write('.aliyun/config.json', '{ broken');
    const env = { ALIBABA_CLOUD_ROLE_ARN: 'acs:ram::1:role/r', ALIBABA_CLOUD_OIDC_PROVIDER_ARN: 'p', ALIBABA_CLOUD_OIDC_TOKEN_FILE: '/t' };
    assert.strictEqual(brokenFileFor({ kind: 'chain' }, at(env), await readCredentialFiles(at(env))), undefined);
  });

  it('names a broken shared file for the chain when the CLI config is fine but unusable', async () => {
    cliConfig({ current: 'old', profiles: [{ name: 'old', mode: 'RsaKeyPair' }] });
    const file = sharedFile('');
    fs.rmSync(file);
    fs.mkdirSync(file);
    const files = await readCredentialFiles(at());
    assert.deepStrictEqual(brokenFileFor({ kind: 'chain' }, at(), files), { kind: 'broken', path: file, reason: 'notAFile' });
    assert.deepStrictEqual(brokenFileFor({ kind: 'sharedProfile', name: 'default' }, at(), files), {
      kind: 'broken',
      path: file,
      reason: 'notAFile',
    });
    assert.strictEqual(brokenFileFor({ kind: 'cliProfile', name: 'old' }, at(), files), undefined);
  });

  it('gives no region to a shared profile, even when a CLI profile has its name', async () => {
    cliConfig({ current: 'default', profiles: [{ name: 'default', mode: 'AK', region_id: 'cn-beijing' }] });
    const files = await readCredentialFiles(at());
    assert.strictEqual(sourceRegion({ kind: 'sharedProfile', name: 'default' }, at(), files), undefined);
    assert.strictEqual(sourceRegion({ kind: 'cliProfile', name: 'default' }, at(), files), 'cn-beijing');
    assert.strictEqual(sourceRegion({ kind: 'cliProfile', name: 'gone' }, at(), files), undefined);
  });

  it('gives no region to a CLI profile when there is no CLI config', async () => {
    const files = await readCredentialFiles(at());
    assert.strictEqual(sourceRegion({ kind: 'cliProfile', name: 'work' }, at(), files), undefined);
    assert.strictEqual(
      sourceRegion({ kind: 'cliProfile', name: 'work' }, at({ ALIBABA_CLOUD_REGION_ID: ' cn-shenzhen ' }), files),
      'cn-shenzhen',
    );
  });
});
