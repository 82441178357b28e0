import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fakeExtensionContext, withFakeVscode } from '../../support/fakeVscode';

const bundle = path.resolve(__dirname, '..', '..', '..', '..', 'dist', 'extension.js');

describe('the bundled extension', () => {
  it('activates without loading any @alicloud module or the SDK bundle', () => {
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
      loaded.filter((file) => file.includes('@alicloud') || file.endsWith('ecsSdk.js')),
      [],
    );
  });

  it('keeps the SDK in its own bundle, outside dist/extension.js', () => {
    const text = fs.readFileSync(bundle, 'utf8');
    assert.ok(text.includes('./ecsSdk.js'), 'the lazy require of the SDK bundle is missing');
    assert.ok(!text.includes('ACS3-HMAC-SHA256'), 'SDK code was bundled into the extension');
  });
});
