import * as assert from 'node:assert';
import { hangzhouWorkbench } from './session';
import type { Workbench } from './workbench';

describe('UI: the ENI lifecycle in a real workbench', function () {
  this.timeout(180_000);

  const ui = hangzhouWorkbench({ emulator: { delays: { attachMs: 1500, deleteMs: 1500 } } });

  const dialog = (): ReturnType<Workbench['page']['locator']> => ui.workbench.page.locator('.monaco-dialog-box');
  const row = (text: string): ReturnType<Workbench['page']['locator']> =>
    ui.workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();

  it("explains a vSwitch that cannot take a network interface, listed with its reason, and links ECS's documentation", async () => {
    await ui.workbench.contextMenu(/^Network Interfaces/);
    await ui.workbench.clickMenuItem('Create Network Interface…');
    await row('prod-k-full').waitFor({ timeout: 30_000 });
    assert.match(await row('prod-k-full').innerText(), /has no free IP address left.*InvalidVSwitchId\.IpNotEnough/s);
    assert.match(await row('prod-h-new').innerText(), /is Pending; it must be Available/);
    assert.match(await row('prod-k-almost-full').innerText(), /1 free IPs/);
    await ui.workbench.screenshot('40-create-vswitch-picker');
    await row('prod-k-full').click();
    const refused = ui.workbench.notification(/Can't create a network interface in vsw-bp1f0ul7n0ipl3ft5kq8z/);
    await refused.waitFor();
    assert.match(await refused.innerText(), /InvalidVSwitchId\.IpNotEnough/);
    await refused.getByRole('button', { name: 'Open Documentation' }).waitFor();
    await ui.workbench.screenshot('41-create-refused');
    assert.strictEqual(ui.emulator.calls('CreateNetworkInterface'), 0);
  });

  it('creates a network interface from the group: vSwitch, security groups, name, tags, a summary, then its row', async () => {
    await ui.workbench.contextMenu(/^Network Interfaces/);
    await ui.workbench.clickMenuItem('Create Network Interface…');
    await ui.workbench.pickQuickItem('vsw-bp1xgvok3myac6ctry030');
    const input = ui.workbench.page.locator('.quick-input-widget input');
    await row('web-servers').waitFor();
    await input.fill('web-servers');
    await row('web-servers').click();
    await ui.workbench.page.locator('.quick-input-widget', { hasText: '1 Selected' }).waitFor();
    await ui.workbench.screenshot('42-create-security-groups');
    await input.press('Enter');
    await ui.workbench.answerInputBox('Name (optional)', 'spare-ui');
    await ui.workbench.answerInputBox('Description (optional)', '');
    await ui.workbench.page.locator('.quick-input-widget .quick-input-message', { hasText: 'Primary private IP' }).first().waitFor();
    await input.fill('172.16.181.240');
    await ui.workbench.page.locator('.quick-input-message', { hasText: 'already used by spare-k' }).waitFor();
    await ui.workbench.screenshot('43-create-address-in-use');
    await input.fill('');
    await input.press('Enter');
    await ui.workbench.answerInputBox('Tags as key=value', 'env=ui');
    await dialog().waitFor();
    assert.match(
      await dialog().innerText(),
      /Create the network interface spare-ui in cn-hangzhou\?.*prod-k \(vsw-bp1xgvok3myac6ctry030\).*web-servers \(sg-bp16q7p8yafqaure63n4\)/s,
    );
    await ui.workbench.screenshot('44-create-confirm');
    await dialog().getByRole('button', { name: 'Create' }).click();
    await ui.workbench.notification(/Created spare-ui \(eni-/).waitFor({ timeout: 30_000 });
    await ui.workbench.treeItem(/^spare-ui .*Available/).waitFor();
    assert.match(await ui.workbench.treeItem(/^spare-ui /).innerText(), /Available · Secondary · 172\.16\.181\.\d+/);
    await ui.workbench.screenshot('45-created');
    assert.strictEqual(ui.emulator.calls('CreateNetworkInterface'), 1);
  });

  it('creates and attaches a network interface from an instance, ending InUse on it', async () => {
    await ui.workbench.contextMenu(/^web-2 /);
    await ui.workbench.clickMenuItem('Create and Attach Network Interface…');
    await ui.workbench.answerInputBox('Name (optional)', 'web-2-extra');
    await dialog().waitFor({ timeout: 30_000 });
    assert.match(await dialog().innerText(), /Create a network interface and attach it to web-2 \(i-bp1b8kf3yu0o4q1jh2xa\)\?/);
    await ui.workbench.screenshot('46-create-and-attach-confirm');
    await dialog().getByRole('button', { name: 'Create and Attach' }).click();
    await ui.workbench.notification(/Attached .*web-2-extra.* to web-2 \(i-bp1b8kf3yu0o4q1jh2xa\)/).waitFor({ timeout: 30_000 });
    await ui.workbench.treeItem(/^web-2-extra .*InUse/).waitFor();
    assert.match(await ui.workbench.treeItem(/^web-2-extra /).innerText(), /InUse · Secondary · 172\.16\.181\.\d+ · → web-2/);
    await ui.workbench.screenshot('47-created-and-attached');
  });

  it('renames a network interface, refusing a malformed name as it is typed', async () => {
    await ui.workbench.contextMenu(/^spare-i /);
    await ui.workbench.clickMenuItem('Rename…');
    const input = ui.workbench.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('1-spare');
    await ui.workbench.page.locator('.quick-input-message', { hasText: 'A name starts with a letter or a Chinese character.' }).waitFor();
    await ui.workbench.screenshot('48-rename-refused-as-typed');
    await input.fill('spare-i-renamed');
    await input.press('Enter');
    await ui.workbench.treeItem(/^spare-i-renamed /).waitFor({ timeout: 30_000 });
    assert.strictEqual(ui.emulator.calls('ModifyNetworkInterfaceAttribute'), 1);
  });

  it('edits the tags of a network interface', async () => {
    await ui.workbench.contextMenu(/^spare-k /);
    await ui.workbench.clickMenuItem('Edit Tags…');
    const input = ui.workbench.page.locator('.quick-input-widget input');
    await input.waitFor();
    assert.strictEqual(await input.inputValue(), 'owner=lisi');
    await input.fill('owner=lisi, env=test');
    await ui.workbench.screenshot('49-edit-tags');
    await input.press('Enter');
    await ui.workbench.statusItem(/Changed the tags of eni-bp17pdijfczax1huji00/).waitFor({ timeout: 30_000 });
    const inEcs = [...ui.emulator.world.accounts.values()].map(
      (account) => account.networkInterfaces.get('eni-bp17pdijfczax1huji00')?.tags,
    );
    assert.deepStrictEqual(inEcs.find(Boolean), [
      { key: 'owner', value: 'lisi' },
      { key: 'env', value: 'test' },
    ]);
    // The row's tooltip is checked by the extension-host test of the same edit; a hover is not reliable here.
  });

  it('deletes two selected network interfaces after one question naming both', async () => {
    await ui.workbench.openInputFromViewAction('Filter');
    await ui.workbench.answerQuickInput('status:Available');
    await ui.workbench.treeItem(/^spare-ui /).waitFor();
    await ui.workbench.treeItem(/^web-2-extra /).waitFor({ state: 'detached' });
    await ui.workbench.select(/^spare-k-2 /);
    await ui.workbench.select(/^spare-ui /, true);
    await ui.workbench.contextMenu(/^spare-ui /);
    await ui.workbench.clickMenuItem('Delete Network Interface');
    await dialog().waitFor();
    assert.match(
      await dialog().innerText(),
      /Delete these 2 network interfaces\?.*spare-k-2 \(eni-bp18qejkgdaby2ivkj11\).*spare-ui \(eni-/s,
    );
    await ui.workbench.screenshot('51-delete-confirm');
    await dialog().getByRole('button', { name: 'Delete' }).click();
    await ui.workbench.notification(/Deleted: spare-k-2 \(eni-bp18qejkgdaby2ivkj11\), spare-ui \(eni-/).waitFor({ timeout: 30_000 });
    await ui.workbench.treeItem(/^spare-ui /).waitFor({ state: 'detached' });
    await ui.workbench.treeItem(/^spare-k-2 /).waitFor({ state: 'detached' });
    await ui.workbench.screenshot('52-deleted');
    assert.strictEqual(ui.emulator.calls('DeleteNetworkInterface'), 2);
    await ui.workbench.clickViewAction('Clear Filter');
  });
});
