import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { consoleSiteFor, instanceConsoleUrl, networkInterfaceConsoleUrl } from '../../../src/domain/consoleLinks';

describe("Open in Console on the account's site", () => {
  it("builds the China site's pages", () => {
    assert.strictEqual(
      instanceConsoleUrl('cn-hangzhou', 'i-1', 'china'),
      'https://ecs.console.aliyun.com/server/i-1/detail?regionId=cn-hangzhou',
    );
    assert.strictEqual(
      networkInterfaceConsoleUrl('cn-shanghai', 'eni-1', 'china'),
      'https://ecs.console.aliyun.com/networkInterfaces/region/cn-shanghai/detail/eni-1',
    );
  });

  it('builds the same pages on the international console', () => {
    assert.strictEqual(
      instanceConsoleUrl('ap-southeast-1', 'i-t4n1', 'international'),
      'https://ecs.console.alibabacloud.com/server/i-t4n1/detail?regionId=ap-southeast-1',
    );
    assert.strictEqual(
      networkInterfaceConsoleUrl('eu-central-1', 'eni-gw1', 'international'),
      'https://ecs.console.alibabacloud.com/networkInterfaces/region/eu-central-1/detail/eni-gw1',
    );
  });

  it('keeps ids inside their path segment and query value', () => {
    assert.strictEqual(
      instanceConsoleUrl('cn-hangzhou&x=1', 'i-1/../../evil', 'international'),
      'https://ecs.console.alibabacloud.com/server/i-1%2F..%2F..%2Fevil/detail?regionId=cn-hangzhou%26x%3D1',
    );
  });

  it('takes the site the setting names, whatever else is known', () => {
    assert.strictEqual(consoleSiteFor({ setting: 'china', displayLanguage: 'en' }), 'china');
    assert.strictEqual(consoleSiteFor({ setting: 'international', displayLanguage: 'zh-cn' }), 'international');
  });

  it('on auto, guesses from the display language', () => {
    assert.strictEqual(consoleSiteFor({ setting: 'auto', displayLanguage: 'zh-cn' }), 'china');
    assert.strictEqual(consoleSiteFor({ setting: 'auto', displayLanguage: 'zh-tw' }), 'china');
    assert.strictEqual(consoleSiteFor({ setting: 'auto', displayLanguage: 'en' }), 'international');
    assert.strictEqual(consoleSiteFor({ setting: 'auto', displayLanguage: 'ja' }), 'international');
  });

  it('treats a setting it does not know (a typo, a number, nothing) as auto', () => {
    for (const setting of [undefined, '', 'China', 'intl', 3, null, {}]) {
      assert.strictEqual(consoleSiteFor({ setting, displayLanguage: 'en' }), 'international', String(setting));
    }
  });

  it('offers in the manifest exactly the setting values the code reads, with auto the default', () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { enum?: string[]; default?: unknown; enumDescriptions?: string[] }> } };
    };
    const setting = manifest.contributes.configuration.properties['alicloudEcs.consoleSite'];
    assert.deepStrictEqual(setting?.enum, ['auto', 'china', 'international']);
    assert.strictEqual(setting.default, 'auto');
    assert.strictEqual(setting.enumDescriptions?.length, 3);
  });
});
