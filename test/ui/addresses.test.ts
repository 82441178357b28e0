import * as assert from 'node:assert';
import { hangzhouWorkbench } from './session';
import type { Workbench } from './workbench';
import { DB_ACCESS, SPARE_K } from '../emulator/demoIds';

describe('UI: addresses, security groups, the filter and grouping by network', function () {
  this.timeout(240_000);

  const ui = hangzhouWorkbench({ groups: ['Network Interfaces'] });

  const row = (text: string): ReturnType<Workbench['page']['locator']> =>
    ui.workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
  const input = (): ReturnType<Workbench['page']['locator']> => ui.workbench.page.locator('.quick-input-widget input');
  /** A row of the Resources view by what it shows (its description too, which its accessible name leaves out). */
  const treeRowShowing = (text: string): ReturnType<Workbench['page']['locator']> =>
    ui.workbench.view().getByRole('treeitem').filter({ hasText: text }).first();
  const spareK = (): { secondaryIps: string[]; securityGroupIds: string[] } => {
    const eni = ui.emulator.account().networkInterfaces.get(SPARE_K);
    assert.ok(eni);
    return { secondaryIps: [...eni.secondaryIps], securityGroupIds: [...eni.securityGroupIds] };
  };

  it('shows every address of an ENI with three IPv4 and one IPv6 address', async () => {
    await treeRowShowing('172.16.181.242 +2').waitFor();
    await ui.workbench.contextMenu(/^web-1-data /);
    await ui.workbench.clickMenuItem('Copy Private IP');
    await row('2001:db8:10:b5::1a').waitFor();
    const offered = await ui.workbench.page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
    assert.strictEqual(offered.filter((text) => /private IPv4/.test(text)).length, 3, offered.join(' | '));
    await ui.workbench.screenshot('64-eni-addresses');
    await ui.workbench.page.keyboard.press('Escape');
  });

  it('assigns two secondary IPs, refuses more than the limit as it is typed, and unassigns one after asking', async () => {
    await ui.workbench.contextMenu(/^spare-k /);
    await ui.workbench.clickMenuItem('Assign Secondary Private IPs…');
    await ui.workbench.page.locator('.quick-input-widget .quick-input-message', { hasText: 'A number of addresses' }).first().waitFor();
    await input().fill('60');
    await ui.workbench.page.locator('.quick-input-message', { hasText: 'InvalidOperation.Ipv4CountExceeded' }).waitFor();
    await ui.workbench.screenshot('65-assign-beyond-limit');
    await input().fill('2');
    await input().press('Enter');
    await treeRowShowing('172.16.181.240 +2').waitFor({ timeout: 30_000 });
    assert.strictEqual(spareK().secondaryIps.length, 2);
    const [first] = spareK().secondaryIps;
    assert.ok(first);
    await ui.workbench.contextMenu(/^spare-k /);
    await ui.workbench.clickMenuItem('Unassign Secondary Private IPs…');
    await row(first).click();
    await input().press('Enter');
    const dialog = ui.workbench.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), new RegExp(`Unassign ${first.replaceAll('.', '\\.')} from spare-k`));
    await dialog.getByRole('button', { name: 'Unassign', exact: true }).click();
    await treeRowShowing('172.16.181.240 +1').waitFor({ timeout: 30_000 });
    assert.deepStrictEqual(spareK().secondaryIps.includes(first), false);
    await ui.workbench.screenshot('66-unassigned');
  });

  it('changes security groups with the current one ticked, and shows the rules of a group as a document', async () => {
    await ui.workbench.contextMenu(/^spare-k /);
    await ui.workbench.clickMenuItem('Change Security Groups…');
    await row('db-access').waitFor();
    await ui.workbench.page.locator('.quick-input-widget', { hasText: '1 Selected' }).waitFor();
    await row('db-access').click();
    await ui.workbench.page.locator('.quick-input-widget', { hasText: '2 Selected' }).waitFor();
    await input().press('Enter');
    const deadline = Date.now() + 30_000;
    while (!spareK().securityGroupIds.includes(DB_ACCESS)) {
      assert.ok(Date.now() < deadline, 'the security groups did not change');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await ui.workbench.contextMenu(/^spare-k /);
    await ui.workbench.clickMenuItem('Show Security Group Rules');
    await row('db-access').click();
    await ui.workbench.page.locator('.editor-instance .view-lines', { hasText: '# db-access (sg-bp1db4cc3ss6r8t0y2u5)' }).first().waitFor();
    await ui.workbench.screenshot('67-security-group-rules');
  });

  it('filters by security group and by a secondary IP, and groups network interfaces by VPC and vSwitch', async () => {
    await ui.workbench.openInputFromViewAction('Filter');
    await ui.workbench.answerQuickInput('sg:db-access');
    await ui.workbench.treeItem(/^spare-k /).waitFor();
    await ui.workbench.treeItem(/^spare-k-2 /).waitFor({ state: 'detached' });
    await ui.workbench.screenshot('68-filter-security-group');
    await ui.workbench.openInputFromViewAction('Filter');
    await ui.workbench.answerQuickInput('172.16.181.250');
    await ui.workbench.treeItem(/^web-1-data /).waitFor();
    await ui.workbench.treeItem(/^spare-k /).waitFor({ state: 'detached' });
    await ui.workbench.clickViewAction('Clear Filter');
    await ui.workbench.clickViewAction('Group Network Interfaces by VPC and vSwitch');
    await ui.workbench.expand(/^vpc-bp171csbkbnjhg1bj3npw /);
    await ui.workbench.expand(/^prod-k /);
    assert.match(await ui.workbench.treeItem(/^prod-k /).innerText(), /\d+ network interfaces · \d+ free IPs/);
    await ui.workbench.treeItem(/^spare-k /).waitFor();
    await ui.workbench.screenshot('69-grouped-by-network');
    await ui.workbench.clickViewAction('List Network Interfaces Flat');
    await ui.workbench.treeItem(/^spare-k-2 /).waitFor();
  });
});
