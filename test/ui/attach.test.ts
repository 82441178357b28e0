import * as assert from 'node:assert';
import { hangzhouWorkbench } from './session';

describe('UI: attach and detach in a real workbench', function () {
  this.timeout(180_000);

  const ui = hangzhouWorkbench({
    emulator: { delays: { attachMs: 1500, detachMs: 1500, stopMs: 1500, startMs: 1500 } },
    widenSidebar: false,
  });

  it("attaches from an ENI's context menu, listing ineligible instances with their reason", async () => {
    await ui.workbench.contextMenu(/^spare-k /);
    await ui.workbench.clickMenuItem('Attach to Instance…');
    const otherZone = ui.workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'db-replica' }).first();
    await otherZone.waitFor();
    assert.match(await otherZone.innerText(), /is in zone cn-hangzhou-k, db-replica .* cn-hangzhou-i/);
    assert.match(
      await ui.workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'old-gen' }).first().innerText(),
      /takes no secondary network interfaces/,
    );
    await ui.workbench.screenshot('09-attach-picker');
    await ui.workbench.pickQuickItem('i-bp1b8kf3yu0o4q1jh2xa', 'web-2');
    const done = ui.workbench.notification(/Attached spare-k/);
    await done.waitFor({ timeout: 30_000 });
    await ui.workbench.treeItem(/^spare-k .*InUse/).waitFor();
    assert.match(await ui.workbench.treeItem(/^spare-k /).innerText(), /InUse · Secondary · 172\.16\.181\.240 · → web-2/);
    await ui.workbench.screenshot('10-attached');
    await ui.workbench.clickNotificationButton(done, 'Reveal');
  });

  it('explains an ineligible choice instead of calling ECS', async () => {
    const before = ui.emulator.callCounts.get('AttachNetworkInterface') ?? 0;
    await ui.workbench.contextMenu(/^spare-k-2 /);
    await ui.workbench.clickMenuItem('Attach to Instance…');
    await ui.workbench.pickQuickItem('i-bp1legacy0startz7k2c', 'legacy-erp');
    const refused = ui.workbench.notification(
      /Can't attach spare-k-2 \(eni-bp18qejkgdaby2ivkj11\) to legacy-erp \(i-bp1legacy0startz7k2c\)/,
    );
    await refused.waitFor();
    assert.match(await refused.innerText(), /InvalidOperation\.InvalidEcsState.*before April 2018/s);
    await ui.workbench.screenshot('11-refused-by-rules');
    assert.strictEqual(ui.emulator.callCounts.get('AttachNetworkInterface') ?? 0, before);
  });

  it('shows an attach ECS refused, with Copy Policy Statement, Open Documentation and Copy Request ID', async () => {
    ui.emulator.faults.inject({ kind: 'error', code: 'Forbidden.RAM' }, { action: 'AttachNetworkInterface', times: 3 });
    const attemptFrom = async (): Promise<void> => {
      await ui.workbench.contextMenu(/^gateway /);
      await ui.workbench.clickMenuItem('Attach Network Interface…');
      await ui.workbench.pickQuickItem('eni-bp18qejkgdaby2ivkj11', 'spare-k-2');
    };
    await attemptFrom();
    let refused = ui.workbench.notification(/no permission/);
    await refused.waitFor({ timeout: 30_000 });
    assert.match(
      await refused.innerText(),
      /Couldn't attach spare-k-2 \(eni-bp18qejkgdaby2ivkj11\) to \S+ \(i-bp1gw4x7c2v9b3n5m1kq\).*Forbidden\.RAM.*This needs the RAM action ecs:AttachNetworkInterface, which the policy docs\/ram\/attach-detach\.json grants/s,
    );
    await ui.workbench.screenshot('12-refused-by-ecs');
    const answered = ui.emulator.answers.filter((a) => a.code === 'Forbidden.RAM').at(-1);
    assert.ok(answered);
    await ui.workbench.clickNotificationButton(refused, 'Copy Request ID');
    await ui.workbench.page.locator('.statusbar', { hasText: `Copied request id ${answered.requestId}` }).waitFor();
    assert.strictEqual(await ui.workbench.clipboard(), answered.requestId, 'the clipboard holds the request id');

    await attemptFrom();
    refused = ui.workbench.notification(/no permission/);
    await refused.waitFor({ timeout: 30_000 });
    const second = ui.emulator.answers.filter((a) => a.code === 'Forbidden.RAM').at(-1);
    await ui.workbench.clickNotificationButton(refused, 'Open Documentation');
    const dialog = ui.workbench.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /https:\/\/api\.aliyun\.com\/troubleshoot\?/);
    await ui.workbench.screenshot('12b-open-documentation');
    const opened = ui.workbench.page
      .context()
      .waitForEvent('request', { predicate: (r) => r.url().startsWith('https://api.aliyun.com/'), timeout: 10_000 });
    await dialog.getByRole('button', { name: 'Open' }).click();
    assert.strictEqual(
      (await opened).url(),
      `https://api.aliyun.com/troubleshoot?q=Forbidden.RAM&product=Ecs&requestId=${second?.requestId}`,
    );
    await ui.workbench.closeOtherPages();

    await attemptFrom();
    refused = ui.workbench.notification(/no permission/);
    await refused.waitFor({ timeout: 30_000 });
    await ui.workbench.clickNotificationButton(refused, 'Copy Policy Statement');
    await ui.workbench.page
      .locator('.statusbar', { hasText: 'Copied a policy statement that allows ecs:AttachNetworkInterface' })
      .waitFor();
    assert.deepStrictEqual(JSON.parse(await ui.workbench.clipboard()), {
      Effect: 'Allow',
      Action: ['ecs:AttachNetworkInterface'],
      Resource: '*',
    });
  });

  it('detaches after a confirmation that names both resources', async () => {
    await ui.workbench.contextMenu(/^web-1-data /);
    await ui.workbench.clickMenuItem('Detach from Instance');
    const dialog = ui.workbench.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /Detach web-1-data \(eni-bp1bthnjjgde15lynm44\) from web-1 \(i-bp1h4adlltjc1d48goaq\)\?/);
    await ui.workbench.screenshot('13-detach-confirm');
    await dialog.getByRole('button', { name: 'Detach' }).click();
    await ui.workbench.notification(/Detached web-1-data/).waitFor({ timeout: 30_000 });
    await ui.workbench.treeItem(/^web-1-data .*Available/).waitFor();
  });

  it('follows an attach that fails in ECS, started from the command palette', async () => {
    ui.emulator.world.failNextAttach('eni-bp1bthnjjgde15lynm44');
    await ui.workbench.runCommand('Alibaba Cloud ECS: Attach Network Interface…');
    await ui.workbench.pickQuickItem('cn-hangzhou', 'Hangzhou');
    await ui.workbench.pickQuickItem('eni-bp1bthnjjgde15lynm44', 'web-1-data');
    await ui.workbench.pickQuickItem('i-bp1gw4x7c2v9b3n5m1kq', 'gateway');
    // Explained like every failure: what failed, the meaning with its code, what it is now, and Retry.
    const failed = ui.workbench.notification(
      /Couldn't attach web-1-data \(eni-bp1bthnjjgde15lynm44\) to gateway .*did not become attached\. \(AttachNotCompleted\).*is Available again/,
    );
    await failed.waitFor({ timeout: 30_000 });
    assert.match(await failed.innerText(), /Retry/);
    await ui.workbench.screenshot('14-attach-failed-in-ecs');
    await ui.workbench.treeItem(/^web-1-data .*Available/).waitFor();
  });

  it('stops, attaches and starts an instance of a type that must be Stopped, reporting each step', async () => {
    // spare-k-2 has one address and no IPv6: the only rule it breaks on shop-api is the type's Stopped-only one.
    await ui.workbench.contextMenu(/^shop-api /);
    await ui.workbench.clickMenuItem('Attach Network Interface…');
    const item = ui.workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'spare-k-2' }).first();
    await ui.workbench.page.locator('.quick-input-widget input').fill('spare-k-2');
    await item.waitFor();
    assert.match(await item.innerText(), /must be Stopped/);
    await item.click();
    const dialog = ui.workbench.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 30_000 });
    assert.match(
      await dialog.innerText(),
      /Stop shop-api \(i-bp1shop8t6c1m2burst\), attach spare-k-2 \(eni-bp18qejkgdaby2ivkj11\), and start it again\?/,
    );
    await ui.workbench.screenshot('15-stop-attach-start-confirm');
    await dialog.getByRole('button', { name: 'Stop, Attach and Start' }).click();
    const done = ui.workbench.notification(
      /Attached spare-k-2 \(eni-\w+\) to shop-api \(i-bp1shop8t6c1m2burst\), which was stopped and started again\. Now: shop-api \(i-bp1shop8t6c1m2burst\) is Running; spare-k-2 .* is InUse on i-bp1shop8t6c1m2burst\./,
    );
    await done.waitFor({ timeout: 60_000 });
    await ui.workbench.screenshot('16-stop-attach-start-done');
  });

  it('attaches by dragging an ENI onto an instance', async () => {
    await ui.workbench.collapseAll();
    await ui.workbench.expand(/China \(Hangzhou\)/);
    await ui.workbench.expand(/^Network Interfaces/);
    await ui.workbench.expand(/^Instances/);
    const source = ui.workbench.treeItem(/^other-vpc /);
    const target = ui.workbench.treeItem(/^build-agent /);
    ui.emulator.world.clock.advance(10_000);
    await source.dragTo(target);
    const done = ui.workbench.notification(/Attached other-vpc/);
    await done.waitFor({ timeout: 30_000 });
    await ui.workbench.screenshot('17-drag-and-drop');
  });
});
