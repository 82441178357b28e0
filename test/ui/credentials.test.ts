import * as assert from 'node:assert';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { credentialEnvironment, makeCredentialHome, writeCliConfig } from '../support/credentialHome';
import { filesHolding } from './files';
import { workbenchSession } from './session';
import { Workbench } from './workbench';

describe('UI: credentials — welcome, sign-in, profiles, sign-out', function () {
  this.timeout(180_000);
  const accessKeyId = `LTAIui${randomBytes(6).toString('hex')}`;
  const accessKeySecret = `ui-secret-${randomBytes(12).toString('hex')}`;
  let home: string;
  const ui = workbenchSession({
    open: async (emulator) => {
      emulator.accessKeys.set(accessKeyId, { accessKeyId, accessKeySecret, account: 'second' });
      home = makeCredentialHome(false);
      const workbench = await Workbench.open({ endpoint: emulator.url, env: credentialEnvironment(home) });
      await workbench.openContainer();
      return workbench;
    },
  });

  after(() => {
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('welcomes a newcomer with no credentials: sign in, select a profile, or learn to create an AccessKey', async () => {
    await ui.workbench.view().getByText('No Alibaba Cloud credentials were found').waitFor();
    await ui.workbench.view().getByRole('button', { name: 'Sign In with AccessKey' }).waitFor();
    await ui.workbench.view().getByRole('button', { name: 'Select Profile' }).waitFor();
    assert.strictEqual(await ui.workbench.view().locator('a[href*="create-an-accesskey-pair"]').count(), 1);
    await ui.workbench.statusItem('no credentials').waitFor();
    await ui.workbench.screenshot('18-welcome');
  });

  it('signs in with a typed AccessKey, refusing an id with spaces, and shows that account', async () => {
    await ui.workbench.view().getByRole('button', { name: 'Sign In with AccessKey' }).click();
    const input = ui.workbench.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`${accessKeyId} x`);
    await ui.workbench.page.locator('.quick-input-message', { hasText: 'An AccessKey ID has no spaces.' }).waitFor();
    await ui.workbench.answerQuickInput(accessKeyId);
    await ui.workbench.page.locator('.quick-input-widget input[type="password"]').waitFor();
    await ui.workbench.answerQuickInput(accessKeySecret);
    await ui.workbench.pickQuickItem('China (Beijing)');
    await ui.workbench.notification(/Signed in with AccessKey LTAI\*\*\*\*/).waitFor({ timeout: 30_000 });
    await ui.workbench.expand(/China \(Beijing\)/);
    await ui.workbench.expand(/^Instances/);
    await ui.workbench.treeItem(/^analytics-bj /).waitFor();
    await ui.workbench.statusItem(/AccessKey LTAI\*\*\*\*.* · cn-beijing/).waitFor();
    await ui.workbench.viewTitle(`endpoint ${new URL(ui.emulator.url).host}`).waitFor();
    await ui.workbench.screenshot('19-signed-in');
  });

  it('switches between aliyun CLI profiles from the status bar, each showing its own account', async () => {
    writeCliConfig(home);
    await ui.workbench.statusItem('AccessKey').click();
    await ui.workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'legacy' }).waitFor();
    assert.match(
      await ui.workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'legacy' }).innerText(),
      /mode RsaKeyPair is not supported/,
    );
    await ui.workbench.screenshot('20-select-profile');
    await ui.workbench.pickQuickItem('demo');
    // The rows keep their ids across accounts, and so VS Code's memory of what was expanded: start from collapsed.
    await ui.workbench.treeItem(/China \(Hangzhou\)/).waitFor();
    await ui.workbench.collapseAll();
    await ui.workbench.expand(/China \(Hangzhou\)/);
    await ui.workbench.expand(/^Instances/);
    await ui.workbench.treeItem(/^web-1 /).waitFor();
    assert.strictEqual(await ui.workbench.treeItem(/^analytics-bj /).count(), 0);
    await ui.workbench.statusItem('profile demo').click();
    await ui.workbench.pickQuickItem('second');
    await ui.workbench.statusItem('profile second · cn-beijing').waitFor();
    await ui.workbench.treeItem(/China \(Beijing\)/).waitFor();
    await ui.workbench.page.waitForFunction('document.querySelectorAll(\'.part.sidebar [role="treeitem"]\').length === 1');
    assert.strictEqual(await ui.workbench.treeItem(/^web-1 /).count(), 0);
  });

  it("signs out, and the secret was never written to a file of VS Code's nor to the log", async () => {
    await ui.workbench.runCommand('Alibaba Cloud ECS: Sign Out');
    await ui.workbench.notification(/Signed out: AccessKey LTAI\*\*\*\*/).waitFor();
    const root = path.dirname(ui.workbench.server.userDataDir);
    await ui.workbench.waitForLog(root, 'Signed in with AccessKey');
    assert.deepStrictEqual(filesHolding(root, accessKeySecret), []);
    assert.deepStrictEqual(filesHolding(home, accessKeySecret), []);
  });
});
