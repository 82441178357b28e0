import * as assert from 'node:assert';
import { parse } from '@cdktf/hcl2json';
import { EcsEmulator } from '../emulator/server';
import { Workbench } from './workbench';

describe('UI: the Activity view, and exports from it', function () {
  this.timeout(240_000);
  let emulator: EcsEmulator;
  let workbench: Workbench;

  before(async () => {
    emulator = await EcsEmulator.start({ delays: { attachMs: 1000, stopMs: 1000, startMs: 1000 } });
    workbench = await Workbench.open({ endpoint: emulator.url, settings: { 'alicloudEcs.regions': ['cn-hangzhou'] } });
    await workbench.openContainer();
    await workbench.widenSidebar();
    await workbench.expand(/China \(Hangzhou\)/);
    await workbench.expand(/^Instances/);
    await workbench.expand(/^Network Interfaces/);
  });

  afterEach(async function () {
    await workbench?.recordFailure(this.currentTest);
    await workbench?.clearNotifications();
  });

  after(async () => {
    await workbench?.close();
    await emulator?.close();
  });

  const attach = async (eni: RegExp, instanceId: string, filter: string): Promise<void> => {
    await workbench.contextMenu(eni);
    await workbench.clickMenuItem('Attach to Instance…');
    await workbench.pickQuickItem(instanceId, filter);
  };

  it('lists a successful attach, one ECS refused, and a stop-attach-start with its steps', async () => {
    await attach(/^spare-k-2 /, 'i-bp1b8kf3yu0o4q1jh2xa', 'web-2');
    await workbench.treeItem(/^spare-k-2 .*InUse/).waitFor({ timeout: 30_000 });
    await workbench.openActivity();
    await workbench.activityItem(/^Attach spare-k-2 → web-2 .*done/).waitFor({ timeout: 30_000 });

    emulator.faults.inject({ kind: 'error', code: 'OperationConflict' }, { action: 'AttachNetworkInterface' });
    await attach(/^spare-k /, 'i-bp1gw4x7c2v9b3n5m1kq', 'gateway');
    await workbench.activityItem(/^Attach spare-k → gateway .*failed · OperationConflict/).waitFor({ timeout: 30_000 });
    await workbench.clearNotifications();

    await workbench.contextMenu(/^shop-api /);
    await workbench.clickMenuItem('Attach Network Interface…');
    await workbench.pickQuickItem('spare-k', 'spare-k');
    const dialog = workbench.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Stop, Attach and Start' }).click();
    const plan = workbench.activityItem(/^Stop shop-api .* attach eni-bp17pdijfczax1huji00, start it again .*done/);
    await plan.waitFor({ timeout: 60_000 });
    for (const step of [/^Stop shop-api \d.*done/, /^Attach spare-k → shop-api .*done/, /^Start shop-api .*done/]) {
      await workbench.activityItem(step).waitFor();
    }
    await workbench.clearNotifications();
    await workbench.screenshot('62-activity');
    assert.strictEqual(emulator.calls('StartInstance'), 1);
  });

  it('copies a write as an aliyun CLI command, and an attach as Terraform, from the Activity view', async () => {
    const row = workbench.activityItem(/^Attach spare-k-2 → web-2 /);
    const entries = await workbench.contextMenu(row);
    assert.ok(
      entries.includes('Copy Request ID') && entries.includes('Copy as Terraform') && entries.includes('Reveal in Resources'),
      entries.join(', '),
    );
    await workbench.clickMenuItem('Copy as aliyun CLI Command');
    await workbench.page.locator('.statusbar', { hasText: 'Copied the aliyun CLI command of AttachNetworkInterface' }).waitFor();
    assert.strictEqual(
      await workbench.clipboard(),
      'aliyun ecs AttachNetworkInterface --RegionId cn-hangzhou --NetworkInterfaceId eni-bp18qejkgdaby2ivkj11 --InstanceId i-bp1b8kf3yu0o4q1jh2xa',
    );
    await workbench.contextMenu(row);
    await workbench.clickMenuItem('Copy as Terraform');
    const editor = workbench.page.locator('.editor-instance .view-lines').first();
    await editor.getByText('alicloud_ecs_network_interface_attachment').first().waitFor();
    await workbench.screenshot('63-activity-terraform');
    const text = await workbench.page.evaluate('document.querySelector(".editor-instance .view-lines").innerText');
    const parsed = (await parse('export.tf', String(text).replace(/\u00a0/g, ' '))) as { import?: Array<{ id: string }> };
    assert.ok(
      parsed.import?.some((block) => block.id === 'eni-bp18qejkgdaby2ivkj11:i-bp1b8kf3yu0o4q1jh2xa'),
      JSON.stringify(parsed),
    );
  });
});
