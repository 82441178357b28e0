import * as assert from 'node:assert';
import { adapterFor } from '../contract/helpers';
import { hangzhouWorkbench } from './session';
import type { Workbench } from './workbench';

describe('UI: instance operations, and changes made elsewhere', function () {
  this.timeout(180_000);

  const ui = hangzhouWorkbench({
    emulator: { delays: { stopMs: 1500, startMs: 1500, rebootMs: 3000 } },
    settings: { 'alicloudEcs.autoRefreshSeconds': 15 },
  });

  const dialog = (): ReturnType<Workbench['page']['locator']> => ui.workbench.page.locator('.monaco-dialog-box');

  it('stops an instance after a question that names it and says it is tagged as production, then starts it again', async () => {
    await ui.workbench.contextMenu(/^web-2 /);
    await ui.workbench.clickMenuItem('Stop Instance…');
    await dialog().waitFor();
    assert.match(await dialog().innerText(), /Stop web-2 \(i-bp1b8kf3yu0o4q1jh2xa\)\?.*tagged env=prod/s);
    await ui.workbench.screenshot('58-stop-confirm');
    await dialog().getByRole('button', { name: 'Stop', exact: true }).click();
    await ui.workbench.treeItem(/^web-2 .*Stopped/).waitFor({ timeout: 30_000 });
    await ui.workbench.screenshot('59-stopped');
    await ui.workbench.contextMenu(/^web-2 /);
    await ui.workbench.clickMenuItem('Start Instance');
    await ui.workbench.treeItem(/^web-2 .*Running/).waitFor({ timeout: 30_000 });
    assert.strictEqual(ui.emulator.calls('StopInstance'), 1);
    assert.strictEqual(ui.emulator.calls('StartInstance'), 1);
  });

  it('reboots an instance after a question that names it, offering Force Reboot, and follows it back to Running', async () => {
    await ui.workbench.contextMenu(/^web-1 /);
    await ui.workbench.clickMenuItem('Reboot Instance…');
    await dialog().waitFor();
    assert.match(await dialog().innerText(), /Reboot web-1 \(i-bp1h4adlltjc1d48goaq\)\?.*tagged env=prod/s);
    await dialog().getByRole('button', { name: 'Force Reboot' }).waitFor();
    await ui.workbench.screenshot('60-reboot-confirm');
    await dialog().getByRole('button', { name: 'Reboot', exact: true }).click();
    await ui.workbench.treeItem(/^web-1 .*Starting/).waitFor({ timeout: 30_000 });
    await ui.workbench.treeItem(/^web-1 .*Running/).waitFor({ timeout: 30_000 });
    assert.strictEqual(ui.emulator.calls('RebootInstance'), 1);
  });

  it('shows a change made through the SDK directly, without Refresh', async () => {
    const readsBefore = ui.emulator.calls('DescribeNetworkInterfaces');
    await adapterFor(ui.emulator).modifyNetworkInterfaceAttribute('cn-hangzhou', 'eni-bp19rflhhebcz3jwlk22', { name: 'renamed-elsewhere' });
    await ui.workbench.treeItem(/^renamed-elsewhere /).waitFor({ timeout: 45_000 });
    await ui.workbench.treeItem(/^spare-i /).waitFor({ state: 'detached' });
    assert.ok(ui.emulator.calls('DescribeNetworkInterfaces') > readsBefore, 'the tree read ECS again by itself');
    await ui.workbench.screenshot('61-changed-elsewhere');
  });
});
