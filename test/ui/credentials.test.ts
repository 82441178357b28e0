import * as assert from 'node:assert';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EcsEmulator } from '../emulator/server';
import { credentialEnvironment, makeCredentialHome, writeCliConfig } from '../support/credentialHome';
import { filesHolding } from './files';
import { Workbench } from './workbench';

describe('UI: credentials — welcome, sign-in, profiles, sign-out', function () {
  this.timeout(180_000);
  const accessKeyId = `LTAIui${randomBytes(6).toString('hex')}`;
  const accessKeySecret = `ui-secret-${randomBytes(12).toString('hex')}`;
  let emulator: EcsEmulator;
  let workbench: Workbench;
  let home: string;

  before(async () => {
    emulator = await EcsEmulator.start();
    emulator.accessKeys.set(accessKeyId, { accessKeyId, accessKeySecret, account: 'second' });
    home = makeCredentialHome(false);
    workbench = await Workbench.open({ endpoint: emulator.url, env: credentialEnvironment(home) });
    await workbench.openContainer();
  });

  afterEach(async function () {
    await workbench?.recordFailure(this.currentTest);
    await workbench?.clearNotifications();
  });

  after(async () => {
    await workbench?.close();
    await emulator?.close();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('welcomes a newcomer with no credentials: sign in, select a profile, or learn to create an AccessKey', async () => {
    await workbench.view().getByText('No Alibaba Cloud credentials were found').waitFor();
    await workbench.view().getByRole('button', { name: 'Sign In with AccessKey' }).waitFor();
    await workbench.view().getByRole('button', { name: 'Select Profile' }).waitFor();
    assert.strictEqual(await workbench.view().locator('a[href*="create-an-accesskey-pair"]').count(), 1);
    await workbench.statusItem('no credentials').waitFor();
    await workbench.screenshot('18-welcome');
  });

  it('signs in with a typed AccessKey, refusing an id with spaces, and shows that account', async () => {
    await workbench.view().getByRole('button', { name: 'Sign In with AccessKey' }).click();
    const input = workbench.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`${accessKeyId} x`);
    await workbench.page.locator('.quick-input-message', { hasText: 'An AccessKey ID has no spaces.' }).waitFor();
    await workbench.answerQuickInput(accessKeyId);
    await workbench.page.locator('.quick-input-widget input[type="password"]').waitFor();
    await workbench.answerQuickInput(accessKeySecret);
    await workbench.pickQuickItem('China (Beijing)');
    await workbench.notification(/Signed in with AccessKey LTAI\*\*\*\*/).waitFor({ timeout: 30_000 });
    await workbench.expand(/China \(Beijing\)/);
    await workbench.expand(/^Instances/);
    await workbench.treeItem(/^analytics-bj /).waitFor();
    await workbench.statusItem(/AccessKey LTAI\*\*\*\*.* · cn-beijing/).waitFor();
    await workbench.viewTitle(`endpoint ${new URL(emulator.url).host}`).waitFor();
    await workbench.screenshot('19-signed-in');
  });

  it('switches between aliyun CLI profiles from the status bar, each showing its own account', async () => {
    writeCliConfig(home);
    await workbench.statusItem('AccessKey').click();
    await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'legacy' }).waitFor();
    assert.match(
      await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'legacy' }).innerText(),
      /mode RsaKeyPair is not supported/,
    );
    await workbench.screenshot('20-select-profile');
    await workbench.pickQuickItem('demo');
    // The rows keep their ids across accounts, and so VS Code's memory of what was expanded: start from collapsed.
    await workbench.treeItem(/China \(Hangzhou\)/).waitFor();
    await workbench.collapseAll();
    await workbench.expand(/China \(Hangzhou\)/);
    await workbench.expand(/^Instances/);
    await workbench.treeItem(/^web-1 /).waitFor();
    assert.strictEqual(await workbench.treeItem(/^analytics-bj /).count(), 0);
    await workbench.statusItem('profile demo').click();
    await workbench.pickQuickItem('second');
    await workbench.statusItem('profile second · cn-beijing').waitFor();
    await workbench.treeItem(/China \(Beijing\)/).waitFor();
    await workbench.page.waitForFunction('document.querySelectorAll(\'.part.sidebar [role="treeitem"]\').length === 1');
    assert.strictEqual(await workbench.treeItem(/^web-1 /).count(), 0);
  });

  it("signs out, and the secret was never written to a file of VS Code's nor to the log", async () => {
    await workbench.runCommand('Alibaba Cloud ECS: Sign Out');
    await workbench.notification(/Signed out: AccessKey LTAI\*\*\*\*/).waitFor();
    const root = path.dirname(workbench.server.userDataDir);
    await workbench.waitForLog(root, 'Signed in with AccessKey');
    assert.deepStrictEqual(filesHolding(root, accessKeySecret), []);
    assert.deepStrictEqual(filesHolding(home, accessKeySecret), []);
  });
});
