import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, ecsErrorOf, restoreEnv } from './helpers';

/** The credential sources of the extension through the real credentials library, against the emulator. */
describe('contract: credential sources', () => {
  let emulator: EcsEmulator;
  let home: string;
  let saved: NodeJS.ProcessEnv;

  before(async () => {
    emulator = await EcsEmulator.start();
  });
  after(async () => emulator.close());

  beforeEach(() => {
    saved = { ...process.env };
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-home-'));
    for (const name of Object.keys(process.env).filter((key) => key.startsWith('ALIBABA_CLOUD_'))) {
      Reflect.deleteProperty(process.env, name);
    }
    Object.assign(process.env, { HOME: home, USERPROFILE: home, ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' });
    fs.mkdirSync(path.join(home, '.aliyun'));
    fs.writeFileSync(
      path.join(home, '.aliyun', 'config.json'),
      JSON.stringify({
        current: 'demo',
        profiles: [
          { name: 'demo', mode: 'AK', access_key_id: 'emulator-ak', access_key_secret: 'emulator-secret', region_id: 'cn-hangzhou' },
          { name: 'second', mode: 'AK', access_key_id: 'emulator-ak-2', access_key_secret: 'emulator-secret-2', region_id: 'cn-beijing' },
          { name: 'legacy', mode: 'RsaKeyPair' },
        ],
      }),
    );
    fs.mkdirSync(path.join(home, '.alibabacloud'));
    fs.writeFileSync(
      path.join(home, '.alibabacloud', 'credentials'),
      '[default]\ntype = access_key\naccess_key_id = emulator-ak-2\naccess_key_secret = emulator-secret-2\n',
    );
  });

  afterEach(() => {
    restoreEnv(saved);
    fs.rmSync(home, { recursive: true, force: true });
  });

  /** The names of the instances the credentials see in Hangzhou and Beijing: the two accounts differ in both. */
  const namesSeen = async (credentials: Parameters<typeof adapterFor>[1]): Promise<string[]> => {
    const api = adapterFor(emulator, credentials);
    const instances = [...(await api.listInstances('cn-hangzhou')), ...(await api.listInstances('cn-beijing'))];
    return instances.map((i) => i.instanceName).sort();
  };

  it('signs with the aliyun CLI profile it is given, whatever the current one is', async () => {
    assert.deepStrictEqual(await namesSeen({ kind: 'cliProfile', name: 'second' }), ['analytics-bj']);
    const demo = await namesSeen({ kind: 'cliProfile', name: 'demo' });
    assert.ok(demo.includes('web-1') && !demo.includes('analytics-bj'), demo.join());
    assert.deepStrictEqual(await namesSeen({ kind: 'chain' }), demo, 'the chain takes the current profile');
  });

  it("answers several first calls at once through the chain (the library alone would give all but one the environment's error)", async () => {
    const api = adapterFor(emulator, { kind: 'chain' });
    const [instances, enis, regions] = await Promise.all([
      api.listInstances('cn-hangzhou'),
      api.listNetworkInterfaces('cn-hangzhou'),
      api.describeRegions(),
    ]);
    assert.ok(instances.length > 0 && enis.length > 0 && regions.length > 0);
  });

  it('signs with a section of the shared credentials file', async () => {
    assert.deepStrictEqual(await namesSeen({ kind: 'sharedProfile', name: 'default' }), ['analytics-bj']);
  });

  it('explains a missing profile, an unsupported mode and a corrupt file as InvalidCredentialProfile', async () => {
    assert.strictEqual(
      (await ecsErrorOf(adapterFor(emulator, { kind: 'cliProfile', name: 'nobody' }).describeRegions())).code,
      'InvalidCredentialProfile',
    );
    assert.strictEqual(
      (await ecsErrorOf(adapterFor(emulator, { kind: 'cliProfile', name: 'legacy' }).describeRegions())).code,
      'InvalidCredentialProfile',
    );
    fs.writeFileSync(path.join(home, '.aliyun', 'config.json'), '{ "profiles": [');
    assert.strictEqual(
      (await ecsErrorOf(adapterFor(emulator, { kind: 'cliProfile', name: 'demo' }).describeRegions())).code,
      'InvalidCredentialProfile',
    );
  });

  it('says NoCredentials when the chain finds nothing', async () => {
    fs.rmSync(path.join(home, '.aliyun'), { recursive: true });
    fs.rmSync(path.join(home, '.alibabacloud'), { recursive: true });
    assert.strictEqual((await ecsErrorOf(adapterFor(emulator, { kind: 'chain' }).describeRegions())).code, 'NoCredentials');
  });

  it('answers a key disabled in RAM with InvalidAccessKeyId.Inactive', async () => {
    emulator.accessKeys.set('disabled-ak', {
      accessKeyId: 'disabled-ak',
      accessKeySecret: 'disabled-secret',
      account: 'demo',
      disabled: true,
    });
    const error = await ecsErrorOf(
      adapterFor(emulator, { kind: 'accessKey', accessKeyId: 'disabled-ak', accessKeySecret: 'disabled-secret' }).describeRegions(),
    );
    assert.strictEqual(error.code, 'InvalidAccessKeyId.Inactive');
  });
});
