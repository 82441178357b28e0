import * as assert from 'node:assert';
import { parse } from '@cdktf/hcl2json';
import { hangzhouWorkbench } from './session';

describe('UI: the Activity view, and exports from it', function () {
  this.timeout(240_000);

  const ui = hangzhouWorkbench({ emulator: { delays: { attachMs: 1000, stopMs: 1000, startMs: 1000 } } });

  const attach = async (eni: RegExp, instanceId: string, filter: string): Promise<void> => {
    await ui.workbench.contextMenu(eni);
    await ui.workbench.clickMenuItem('Attach to Instance…');
    await ui.workbench.pickQuickItem(instanceId, filter);
  };

  it('lists a successful attach, one ECS refused, and a stop-attach-start with its steps', async () => {
    await attach(/^spare-k-2 /, 'i-bp1b8kf3yu0o4q1jh2xa', 'web-2');
    await ui.workbench.treeItem(/^spare-k-2 .*InUse/).waitFor({ timeout: 30_000 });
    await ui.workbench.openActivity();
    await ui.workbench.activityItem(/^Attach spare-k-2 → web-2 .*done/).waitFor({ timeout: 30_000 });

    ui.emulator.faults.inject({ kind: 'error', code: 'OperationConflict' }, { action: 'AttachNetworkInterface' });
    await attach(/^spare-k /, 'i-bp1gw4x7c2v9b3n5m1kq', 'gateway');
    await ui.workbench.activityItem(/^Attach spare-k → gateway .*failed · OperationConflict/).waitFor({ timeout: 30_000 });
    await ui.workbench.clearNotifications();

    await ui.workbench.contextMenu(/^shop-api /);
    await ui.workbench.clickMenuItem('Attach Network Interface…');
    await ui.workbench.pickQuickItem('spare-k', 'spare-k');
    const dialog = ui.workbench.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Stop, Attach and Start' }).click();
    const plan = ui.workbench.activityItem(/^Stop shop-api .* attach spare-k \(eni-bp17pdijfczax1huji00\), start it again .*done/);
    await plan.waitFor({ timeout: 60_000 });
    for (const step of [/^Stop shop-api \d.*done/, /^Attach spare-k → shop-api .*done/, /^Start shop-api .*done/]) {
      await ui.workbench.activityItem(step).waitFor();
    }
    await ui.workbench.clearNotifications();
    await ui.workbench.screenshot('62-activity');
    assert.strictEqual(ui.emulator.calls('StartInstance'), 1);
  });

  it('copies a write as an aliyun CLI command, and an attach as Terraform, from the Activity view', async () => {
    const row = ui.workbench.activityItem(/^Attach spare-k-2 → web-2 /);
    const entries = await ui.workbench.contextMenu(row);
    assert.ok(
      entries.includes('Copy Request ID') && entries.includes('Copy as Terraform') && entries.includes('Reveal in Resources'),
      entries.join(', '),
    );
    await ui.workbench.clickMenuItem('Copy as aliyun CLI Command');
    await ui.workbench.page.locator('.statusbar', { hasText: 'Copied the aliyun CLI command for AttachNetworkInterface' }).waitFor();
    assert.strictEqual(
      await ui.workbench.clipboard(),
      'aliyun ecs AttachNetworkInterface --RegionId cn-hangzhou --NetworkInterfaceId eni-bp18qejkgdaby2ivkj11 --InstanceId i-bp1b8kf3yu0o4q1jh2xa',
    );
    await ui.workbench.contextMenu(row);
    await ui.workbench.clickMenuItem('Copy as Terraform');
    const editor = ui.workbench.page.locator('.editor-instance .view-lines').first();
    await editor.getByText('alicloud_ecs_network_interface_attachment').first().waitFor();
    await ui.workbench.screenshot('63-activity-terraform');
    const text = await ui.workbench.page.evaluate('document.querySelector(".editor-instance .view-lines").innerText');
    const parsed = (await parse('export.tf', String(text).replace(/\u00a0/g, ' '))) as { import?: Array<{ id: string }> };
    assert.ok(
      parsed.import?.some((block) => block.id === 'eni-bp18qejkgdaby2ivkj11:i-bp1b8kf3yu0o4q1jh2xa'),
      JSON.stringify(parsed),
    );
  });
});
