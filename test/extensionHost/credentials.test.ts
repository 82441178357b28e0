import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExtensionApi } from './harness';
import type { EcsEmulator } from '../emulator/server';
import { EMULATOR_CLI_CONFIG, writeCliConfig } from '../support/credentialHome';
import { activateExtension, eventually, labels, nodeAt, setSetting, useEmulator } from './harness';
import { RecordingUserInterface } from './recordingUserInterface';

/** This extension host runs with a home folder of its own holding the emulator's aliyun CLI profiles (`demo`, `second`). */
describe('credentials: profiles, sign-in and the welcome', () => {
  let api: ExtensionApi;
  let emulator: EcsEmulator;
  const configFile = (): string => path.join(os.homedir(), '.aliyun', 'config.json');
  /** Runs a command as the user does, answering its questions through a recording user interface. */
  const asTheUser = async (command: string, ui: RecordingUserInterface): Promise<boolean> => {
    api.useUserInterface(ui);
    try {
      return await vscode.commands.executeCommand<boolean>(command);
    } finally {
      api.useUserInterface(undefined);
      ui.assertAllAnswered();
    }
  };
  /** Select Profile…, picking the item whose label (without its icon) is this, as the user would. */
  const select = (label: string | RegExp, ui = new RecordingUserInterface()): Promise<boolean> =>
    asTheUser(
      'alicloudEcs.selectProfile',
      ui.answer((prompt, _actions, choices) => {
        const items = choices as readonly vscode.QuickPickItem[];
        const found = items.find((item) => {
          const shown = item.label.replace(/^\$\([\w-]+\) /, '');
          return typeof label === 'string' ? shown === label : label.test(shown);
        });
        assert.ok(found, `“${prompt}” offered no ${String(label)}: ${items.map((item) => item.label).join(', ')}`);
        return found;
      }),
    );
  /**
   * Sign In with AccessKey…, typing the id and the secret and picking the region by its name, as the user would; a
   * part left out is one the command must not ask for (it refused what came before).
   */
  const signIn = (accessKeyId: string, accessKeySecret?: string, region?: string): Promise<boolean> => {
    const ui = new RecordingUserInterface().type(accessKeyId);
    if (accessKeySecret !== undefined) {
      ui.type(accessKeySecret);
    }
    if (region !== undefined) {
      ui.pickLabelled(region);
    }
    return asTheUser('alicloudEcs.signIn', ui);
  };
  const instanceNames = async (region: string): Promise<string[]> => (await labels(api, await nodeAt(api, region, 'Instances'))).sort();

  before(async () => {
    api = await activateExtension();
    emulator = await useEmulator();
    await setSetting('regions', undefined);
  });

  afterEach(async () => {
    writeCliConfig(os.homedir());
    await vscode.commands.executeCommand('alicloudEcs.signOut');
    await select('Standard credential chain');
  });

  after(async () => {
    await emulator.close();
    await setSetting('endpoint', undefined);
  });

  it('uses the current aliyun CLI profile through the standard chain', async () => {
    assert.strictEqual(api.connection.state, 'ready');
    assert.ok((await instanceNames('China (Hangzhou)')).includes('web-1'));
  });

  it('shows the welcome (an empty tree) when no credentials are found, and the tree again once a profile appears', async () => {
    fs.rmSync(configFile());
    await vscode.commands.executeCommand('alicloudEcs.refresh');
    assert.strictEqual(api.connection.state, 'none');
    assert.deepStrictEqual(await api.treeDataProvider.getChildren(), []);
    writeCliConfig(os.homedir());
    await vscode.commands.executeCommand('alicloudEcs.refresh');
    assert.strictEqual(api.connection.state, 'ready');
    assert.ok((await labels(api)).includes('China (Hangzhou)'));
  });

  it("names a custom endpoint in the view's title, so that the emulator is never taken for the account", async () => {
    assert.strictEqual(api.treeView.title, `Resources · endpoint ${new URL(emulator.url).host}`);
    await setSetting('endpoint', undefined);
    assert.strictEqual(api.treeView.title, 'Resources');
    await setSetting('endpoint', emulator.url);
  });

  it('switches between two profiles that see different data, leaving nothing of the first on screen', async () => {
    // Walking the tree registers its nodes; a reload still settling from the previous test may drop them: walk again.
    await eventually(
      api,
      async () =>
        (await instanceNames('China (Hangzhou)')).includes('web-1') &&
        api.treeDataProvider.nodeById('region/cn-hangzhou/instances') !== undefined,
      'China (Hangzhou) listing web-1 and its Instances node registered',
    );
    assert.ok(!(await instanceNames('China (Beijing)')).includes('analytics-bj'));
    assert.strictEqual(await select('second'), true);
    assert.deepStrictEqual(await labels(api), ['China (Beijing)'], "the profile's region_id picks the region");
    assert.strictEqual(api.treeDataProvider.nodeById('region/cn-hangzhou/instances'), undefined);
    assert.deepStrictEqual(await instanceNames('China (Beijing)'), ['analytics-bj']);
    assert.strictEqual(await select('demo'), true);
    assert.ok((await instanceNames('China (Hangzhou)')).includes('web-1'));
    assert.ok(!(await instanceNames('China (Beijing)')).includes('analytics-bj'));
  });

  it('refuses a profile of an unsupported mode, and names a corrupt file without showing it', async () => {
    await select('second');
    assert.strictEqual(await select('legacy'), false, 'a profile of mode RsaKeyPair');
    assert.deepStrictEqual(await labels(api), ['China (Beijing)']);
    const good = fs.readFileSync(configFile(), 'utf8');
    // A trailing comma, and a secret the library would quote in its error: the file is named, never shown.
    fs.writeFileSync(configFile(), '{ "current": "demo", "profiles": [{"name": "demo", "access_key_secret": "leaky-secret-123",},] }');
    assert.strictEqual(await select(/config\.json$/), false, 'the broken file, listed as such');
    await eventually(api, () => api.connection.state === 'brokenFile', 'the connection to see the corrupt file');
    assert.match(String(api.connection.problem), /config\.json is not valid JSON: the problem is at line 1, column \d+/);
    assert.ok(!String(api.connection.problem).includes('leaky-secret-123'));
    assert.deepStrictEqual(await api.treeDataProvider.getChildren(), [], 'the welcome for the broken file shows');
    fs.writeFileSync(configFile(), good);
    await eventually(api, () => api.connection.state === 'ready', 'the connection to see the file repaired');
    assert.deepStrictEqual(await instanceNames('China (Beijing)'), ['analytics-bj']);
  });

  it('goes back to the welcome, with the reason, when ECS refuses the key of a profile', async () => {
    writeCliConfig(os.homedir(), {
      ...EMULATOR_CLI_CONFIG,
      profiles: [
        ...EMULATOR_CLI_CONFIG.profiles,
        { name: 'revoked', mode: 'AK', access_key_id: 'revoked-ak', access_key_secret: 'x', region_id: 'cn-hangzhou' },
      ],
    });
    assert.strictEqual(await select('revoked'), true);
    await api.treeDataProvider.getChildren();
    await eventually(api, () => api.connection.state === 'rejected');
    assert.deepStrictEqual(await api.treeDataProvider.getChildren(), []);
    assert.match(String(api.connection.problem), /InvalidAccessKeyId\.NotFound/);
  });

  it('signs in with an AccessKey only after a real call accepted it, and signs out', async () => {
    assert.strictEqual(await signIn('emulator ak'), false, 'an id with a space, refused as typed');
    assert.strictEqual(await signIn('emulator-ak-2', ''), false, 'an empty secret, refused as typed');
    const answered = emulator.answers.length;
    assert.strictEqual(await signIn('emulator-ak-2', 'wrong-secret'), false);
    assert.deepStrictEqual(
      emulator.answers.slice(answered).map((answer) => answer.code),
      ['SignatureDoesNotMatch'],
      'the pair was checked with one real call',
    );
    assert.ok((await instanceNames('China (Hangzhou)')).includes('web-1'), 'nothing changed after the refusals');

    assert.strictEqual(await signIn('emulator-ak-2', 'emulator-secret-2', 'China (Beijing)'), true);
    assert.deepStrictEqual(await labels(api), ['China (Beijing)']);
    assert.deepStrictEqual(await instanceNames('China (Beijing)'), ['analytics-bj']);
    const settings = JSON.stringify(vscode.workspace.getConfiguration('alicloudEcs'));
    assert.ok(!settings.includes('emulator-secret-2'), 'the secret is in the settings');

    assert.strictEqual(await vscode.commands.executeCommand('alicloudEcs.signOut'), true);
    assert.ok((await instanceNames('China (Hangzhou)')).includes('web-1'), 'back to the standard chain');
    // Nothing is signed in any more: it offers to sign in, and that asks for an id, which the user does not give.
    const giveUp = new RecordingUserInterface();
    assert.strictEqual(await select('Sign In with AccessKey…', giveUp.dismissInput()), false);
    assert.match(giveUp.texts('input').join(), /^The AccessKey ID of a RAM user/);
  });
});
