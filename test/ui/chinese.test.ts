import * as assert from 'node:assert';
import * as fs from 'node:fs';
import { credentialEnvironment, makeCredentialHome } from '../support/credentialHome';
import { workbenchSession } from './session';
import { Workbench } from './workbench';

/** The extension with VS Code's display language set to Simplified Chinese: its zh-cn bundles loaded, ECS asked in Chinese. */
describe('UI: 简体中文 — the extension in Simplified Chinese', function () {
  this.timeout(180_000);
  const ui = workbenchSession({
    open: async (emulator) => {
      const workbench = await Workbench.open({
        endpoint: emulator.url,
        settings: { 'alicloudEcs.regions': ['cn-hangzhou'] },
        language: 'zh-cn',
      });
      await workbench.openContainer();
      return workbench;
    },
  });

  it('names the view, the groups, the credentials and the endpoint in Chinese, and the regions as ECS names them in Chinese', async () => {
    await ui.workbench.expand(/华东1（杭州）/);
    await ui.workbench.expand(/^实例/);
    await ui.workbench.treeItem(/^web-1 /).waitFor();
    await ui.workbench.treeItem(/^弹性网卡/).waitFor();
    await ui.workbench.viewTitle(`资源 · 接入点 ${new URL(ui.emulator.url).host}`).waitFor();
    await ui.workbench.statusItem('环境变量').waitFor();
    await ui.workbench.screenshot('21-zh-tree');
  });

  it("gives the attach rules' reasons in Chinese in the picker and the refusal, and links the Chinese documentation", async () => {
    await ui.workbench.expand(/^弹性网卡/);
    await ui.workbench.contextMenu(/^spare-k /);
    await ui.workbench.clickMenuItem('绑定到实例…');
    const otherZone = ui.workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'db-replica' }).first();
    await otherZone.waitFor();
    assert.match(
      await otherZone.innerText(),
      /位于可用区 cn-hangzhou-k，db-replica .* 位于 cn-hangzhou-i。.*弹性网卡与实例位于不同的可用区/s,
    );
    await ui.workbench.screenshot('22-zh-attach-picker');
    await ui.workbench.pickQuickItem('db-replica');
    const refused = ui.workbench.notification(/无法将 .* 绑定到/);
    await refused.waitFor();
    await refused.hover();
    assert.match(
      await refused.innerText(),
      /：弹性网卡与实例位于不同的可用区。（InvalidOperation\.AvailabilityZoneMismatch）详情：spare-k .*位于可用区 cn-hangzhou-k/s,
    );
    await ui.workbench.screenshot('23-zh-refused');
    await ui.workbench.clickNotificationButton(refused, '打开文档');
    const dialog = ui.workbench.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    const opened = ui.workbench.page
      .context()
      .waitForEvent('request', { predicate: (r) => r.url().startsWith('https://api.aliyun.com/'), timeout: 10_000 });
    await dialog.getByRole('button', { name: 'Open' }).click();
    assert.strictEqual((await opened).url(), 'https://api.aliyun.com/troubleshoot?q=InvalidOperation.AvailabilityZoneMismatch&product=Ecs');
    await ui.workbench.closeOtherPages();
  });

  it('welcomes a newcomer in Chinese', async () => {
    const home = makeCredentialHome(false);
    const newcomer = await Workbench.open({ endpoint: ui.emulator.url, env: credentialEnvironment(home), language: 'zh-cn' });
    try {
      await newcomer.openContainer();
      await newcomer.view().getByText('未找到阿里云凭据').waitFor();
      await newcomer.view().getByRole('button', { name: '使用 AccessKey 登录' }).waitFor();
      assert.strictEqual(
        await newcomer.view().locator('a[href="https://help.aliyun.com/zh/ram/user-guide/create-an-accesskey-pair"]').count(),
        1,
      );
      await newcomer.statusItem('无凭据').waitFor();
      await newcomer.screenshot('24-zh-welcome');
    } finally {
      await newcomer.close();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
