import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './harness';

describe('activation', () => {
  it('activates without loading the SDK', async () => {
    const api = await activateExtension();
    assert.ok(api.treeDataProvider);
    const sdkModules = Object.keys(require.cache).filter((file) => file.includes('@alicloud') || file.endsWith('ecsSdk.js'));
    assert.deepStrictEqual(sdkModules, []);
  });

  it('registers every command the manifest contributes', async () => {
    await activateExtension();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const manifest = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'package.json'), 'utf8')) as {
      contributes: { commands: Array<{ command: string }> };
    };
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = manifest.contributes.commands.map((entry) => entry.command);
    assert.ok(contributed.length > 0);
    assert.deepStrictEqual(
      contributed.filter((command) => !registered.has(command)),
      [],
    );
  });
});
