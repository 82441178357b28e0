import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * aliyun CLI profiles for the emulator's two accounts, as `aliyun configure` writes them: `demo` (current, no
 * default region, so the default region set shows) and `second` (Beijing), plus one of a mode the library cannot use.
 */
export const EMULATOR_CLI_CONFIG = {
  current: 'demo',
  profiles: [
    { name: 'demo', mode: 'AK', access_key_id: 'emulator-ak', access_key_secret: 'emulator-secret', region_id: '' },
    { name: 'second', mode: 'AK', access_key_id: 'emulator-ak-2', access_key_secret: 'emulator-secret-2', region_id: 'cn-beijing' },
    { name: 'legacy', mode: 'RsaKeyPair', region_id: 'cn-hangzhou' },
  ],
};

/** Writes the CLI config into a home folder (creating `.aliyun`). */
export function writeCliConfig(home: string, config: unknown = EMULATOR_CLI_CONFIG): string {
  const file = path.join(home, '.aliyun', 'config.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

/** A fresh home folder, with the emulator's CLI profiles or empty. */
export function makeCredentialHome(withProfiles: boolean): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-home-'));
  if (withProfiles) {
    writeCliConfig(home);
  }
  return home;
}

const CHAIN_VARIABLES = [
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALIBABA_CLOUD_PROFILE',
  'ALIBABA_CLOUD_CLI_PROFILE_DISABLED',
  'ALIBABA_CLOUD_CREDENTIALS_FILE',
  'ALIBABA_CLOUD_REGION_ID',
];

/**
 * The environment of a VS Code under test: this home and none of the developer's own Alibaba Cloud variables; the
 * instance metadata service is off, so that "no credentials" is known at once.
 */
export function credentialEnvironment(home: string): Record<string, string | undefined> {
  const names = new Set([...Object.keys(process.env).filter((name) => name.startsWith('ALIBABA_CLOUD_')), ...CHAIN_VARIABLES]);
  const cleared = Object.fromEntries([...names].map((name) => [name, undefined]));
  return { ...cleared, HOME: home, USERPROFILE: home, ALICLOUD_ECS_ISOLATED_HOME: home, ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' };
}
