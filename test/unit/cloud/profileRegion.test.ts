import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { profileRegion } from '../../../src/cloud/profileRegion';

describe('the credential profile\'s region', () => {
  let home: string;

  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-home-'));
    fs.mkdirSync(path.join(home, '.aliyun'));
  });

  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  const writeConfig = (config: unknown): void => fs.writeFileSync(path.join(home, '.aliyun', 'config.json'), JSON.stringify(config));

  it('reads region_id of the current aliyun CLI profile, or of ALIBABA_CLOUD_PROFILE', () => {
    writeConfig({ current: 'work', profiles: [{ name: 'default', region_id: 'cn-beijing' }, { name: 'work', region_id: 'cn-shanghai' }] });
    assert.strictEqual(profileRegion({}, home), 'cn-shanghai');
    assert.strictEqual(profileRegion({ ALIBABA_CLOUD_PROFILE: 'default' }, home), 'cn-beijing');
  });

  it('prefers ALIBABA_CLOUD_REGION_ID', () => {
    writeConfig({ current: 'default', profiles: [{ name: 'default', region_id: 'cn-beijing' }] });
    assert.strictEqual(profileRegion({ ALIBABA_CLOUD_REGION_ID: 'ap-southeast-1' }, home), 'ap-southeast-1');
  });

  it('says nothing for a missing, corrupt or disabled profile file', () => {
    assert.strictEqual(profileRegion({}, home), undefined);
    fs.writeFileSync(path.join(home, '.aliyun', 'config.json'), '{ not json');
    assert.strictEqual(profileRegion({}, home), undefined);
    writeConfig({ current: 'default', profiles: [{ name: 'default', region_id: 'cn-beijing' }] });
    assert.strictEqual(profileRegion({ ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true' }, home), undefined);
  });
});
