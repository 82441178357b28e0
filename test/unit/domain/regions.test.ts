import * as assert from 'node:assert';
import { DEFAULT_REGION_IDS, isRegionId } from '../../../src/domain/regions';

describe('regions', () => {
  it('knows region ids of the form ECS uses', () => {
    for (const id of ['cn-hangzhou', 'ap-southeast-1', 'us-west-1', 'cn-shanghai-finance-1', 'eu-central-1']) {
      assert.strictEqual(isRegionId(id), true, id);
    }
  });

  it('refuses anything else, above all what would change the host a request goes to', () => {
    for (const id of [
      '',
      'cn',
      'CN-hangzhou',
      'cn-',
      'cn_hangzhou',
      'evil.com/cn-hangzhou',
      'ecs.cn-hangzhou',
      'cn-hangzhou.evil.com',
      'cn-hangzhou ',
    ]) {
      assert.strictEqual(isRegionId(id), false, id);
    }
  });

  it('shows a few well-formed regions by default, Hangzhou among them, each once', () => {
    assert.ok(DEFAULT_REGION_IDS.length >= 3);
    assert.ok(DEFAULT_REGION_IDS.includes('cn-hangzhou'));
    for (const id of DEFAULT_REGION_IDS) {
      assert.ok(isRegionId(id), JSON.stringify(id));
    }
    assert.strictEqual(new Set(DEFAULT_REGION_IDS).size, DEFAULT_REGION_IDS.length);
  });
});
