import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMAND_ACTIONS } from '../../../src/domain/commandActions';

interface MenuItem {
  readonly command: string;
  readonly when?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as {
  contributes: {
    commands: Array<{ command: string }>;
    menus: Record<string, MenuItem[]>;
    configuration: { properties: Record<string, { scope?: string }> };
  };
};

const READ_ONLY = '!alicloudEcs.readOnly';
const writes = new Set(
  Object.entries(COMMAND_ACTIONS)
    .filter(([, actions]) => actions.tier !== 'read-only')
    .map(([command]) => command),
);

describe('read-only mode in the manifest', () => {
  it('hides every menu item of a command that can write (its when clause starts with the key)', () => {
    const shown = Object.entries(manifest.contributes.menus).flatMap(([menu, items]) =>
      items
        .filter((item) => writes.has(item.command) && item.when !== 'false' && !item.when?.startsWith(READ_ONLY))
        .map((item) => `${menu}: ${item.command}`),
    );
    assert.deepEqual(shown, []);
  });

  it('hides every write command from the palette too, and never hides a read', () => {
    const palette = new Map(manifest.contributes.menus['commandPalette']?.map((item) => [item.command, item.when]));
    for (const { command } of manifest.contributes.commands) {
      if (writes.has(command)) {
        assert.ok(palette.get(command) === 'false' || palette.get(command)?.startsWith(READ_ONLY), command);
      } else {
        assert.ok(!palette.get(command)?.includes(READ_ONLY), command);
      }
    }
  });

  it('is a setting a workspace cannot set (machine scope)', () => {
    assert.equal(manifest.contributes.configuration.properties['alicloudEcs.readOnly']?.scope, 'machine');
  });
});
