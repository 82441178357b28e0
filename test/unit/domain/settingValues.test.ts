import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { networkGrouping, SETTING_EFFECTS } from '../../../src/domain/settingValues';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, unknown> } };
};

describe('the settings', () => {
  it('says what a change affects for every setting the manifest contributes, and for no other', () => {
    const contributed = Object.keys(manifest.contributes.configuration.properties).map((key) => key.replace(/^alicloudEcs\./, ''));
    assert.deepEqual(Object.keys(SETTING_EFFECTS).sort(), contributed.sort());
  });

  it('lists network interfaces flat unless the setting says network, whatever a workspace wrote', () => {
    assert.equal(networkGrouping('network'), 'network');
    for (const value of ['flat', 'Network', undefined, null, 1, ['network'], { toString: () => 'network' }]) {
      assert.equal(networkGrouping(value), 'flat', String(value));
    }
  });
});
