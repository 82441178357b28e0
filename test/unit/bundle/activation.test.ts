import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fakeExtensionContext, withFakeVscode } from '../../support/fakeVscode';

const bundle = path.resolve(__dirname, '..', '..', '..', '..', 'dist', 'extension.js');

describe('the bundled extension', () => {
  it('activates without loading any @alicloud module or a lazily loaded bundle (the SDK, the error catalogue, the commands)', () => {
    assert.ok(fs.existsSync(bundle), 'dist/extension.js is missing: run the build first');
    const before = new Set(Object.keys(require.cache));
    const loaded = withFakeVscode(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the built bundle as VS Code does
      const extension = require(bundle) as { activate(context: unknown): unknown };
      const context = fakeExtensionContext();
      extension.activate(context);
      assert.ok(context.subscriptions.length > 0, 'activate registered nothing');
      return Object.keys(require.cache).filter((file) => !before.has(file));
    });
    assert.ok(loaded.includes(bundle));
    assert.deepStrictEqual(
      loaded.filter(
        (file) => file.includes('@alicloud') || ['ecsSdk.js', 'errorCatalogue.js', 'commands.js'].some((lazy) => file.endsWith(lazy)),
      ),
      [],
    );
  });

  it('keeps the SDK in its own bundle, outside dist/extension.js', () => {
    const text = fs.readFileSync(bundle, 'utf8');
    assert.ok(text.includes('./ecsSdk.js'), 'the lazy require of the SDK bundle is missing');
    assert.ok(!text.includes('ACS3-HMAC-SHA256'), 'SDK code was bundled into the extension');
  });

  it('keeps the table of the error catalogue in its own bundle, read at the first failure explained', () => {
    const text = fs.readFileSync(bundle, 'utf8');
    assert.ok(text.includes('./errorCatalogue.js'), 'the lazy require of the catalogue bundle is missing');
    assert.ok(!text.includes('Refresh the view: it may have been deleted'), 'the catalogue table was bundled into the extension');
    const explained = withFakeVscode(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the catalogue as the bundled extension reads it
      const catalogue = require(path.join(path.dirname(bundle), 'errorCatalogue.js')) as {
        CATALOGUE_ROWS: ReadonlyArray<readonly string[]>;
      };
      return catalogue.CATALOGUE_ROWS.find(([code]) => code === 'InvalidEniId.NotFound');
    });
    assert.ok(explained, 'the catalogue bundle holds no row for InvalidEniId.NotFound');
  });

  it('has, in the lazily loaded commands bundle, an implementation of every command the manifest contributes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(path.dirname(bundle), '..', 'package.json'), 'utf8')) as {
      contributes: { commands: Array<{ command: string }> };
    };
    const ids = withFakeVscode(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundles as VS Code loads them
      require(bundle);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const commands = require(path.join(path.dirname(bundle), 'commands.js')) as {
        allCommands(parts: unknown): Array<{ id: string }>;
      };
      const anything: unknown = new Proxy(() => anything, { get: () => anything, apply: () => anything });
      return commands.allCommands(anything).map((definition) => definition.id);
    });
    assert.deepStrictEqual([...ids].sort(), manifest.contributes.commands.map((command) => command.command).sort());
  });
});
