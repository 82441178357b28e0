import * as assert from 'node:assert';
import { adapterFor } from '../contract/helpers';
import { EcsEmulator } from '../emulator/server';
import { Workbench } from './workbench';

describe('UI: instance operations, and changes made elsewhere', function () {
  this.timeout(180_000);
  let emulator: EcsEmulator;
  let workbench: Workbench;

  before(async () => {
    emulator = await EcsEmulator.start({ delays: { stopMs: 1500, startMs: 1500, rebootMs: 3000 } });
    workbench = await Workbench.open({
      endpoint: emulator.url,
      settings: { 'alicloudEcs.regions': ['cn-hangzhou'], 'alicloudEcs.autoRefreshSeconds': 15 },
    });
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

  const dialog = (): ReturnType<Workbench['page']['locator']> => workbench.page.locator('.monaco-dialog-box');

  it('stops an instance after a question that names it and says it is tagged as production, then starts it again', async () => {
    await workbench.contextMenu(/^web-2 /);
    await workbench.clickMenuItem('Stop Instance…');
    await dialog().waitFor();
    assert.match(await dialog().innerText(), /Stop web-2 \(i-bp1b8kf3yu0o4q1jh2xa\)\?.*tagged env=prod/s);
    await workbench.screenshot('58-stop-confirm');
    await dialog().getByRole('button', { name: 'Stop', exact: true }).click();
    await workbench.treeItem(/^web-2 .*Stopped/).waitFor({ timeout: 30_000 });
    await workbench.screenshot('59-stopped');
    await workbench.contextMenu(/^web-2 /);
    await workbench.clickMenuItem('Start Instance');
    await workbench.treeItem(/^web-2 .*Running/).waitFor({ timeout: 30_000 });
    assert.strictEqual(emulator.calls('StopInstance'), 1);
    assert.strictEqual(emulator.calls('StartInstance'), 1);
  });

  it('reboots an instance after a question that names it, offering Force Reboot, and follows it back to Running', async () => {
    await workbench.contextMenu(/^web-1 /);
    await workbench.clickMenuItem('Reboot Instance…');
    await dialog().waitFor();
    assert.match(await dialog().innerText(), /Reboot web-1 \(i-bp1h4adlltjc1d48goaq\)\?.*tagged env=prod/s);
    await dialog().getByRole('button', { name: 'Force Reboot' }).waitFor();
    await workbench.screenshot('60-reboot-confirm');
    await dialog().getByRole('button', { name: 'Reboot', exact: true }).click();
    await workbench.treeItem(/^web-1 .*Starting/).waitFor({ timeout: 30_000 });
    await workbench.treeItem(/^web-1 .*Running/).waitFor({ timeout: 30_000 });
    assert.strictEqual(emulator.calls('RebootInstance'), 1);
  });

  it('shows a change made through the SDK directly, without Refresh', async () => {
    const readsBefore = emulator.calls('DescribeNetworkInterfaces');
    await adapterFor(emulator).modifyNetworkInterfaceAttribute('cn-hangzhou', 'eni-bp19rflhhebcz3jwlk22', { name: 'renamed-elsewhere' });
    await workbench.treeItem(/^renamed-elsewhere /).waitFor({ timeout: 45_000 });
    await workbench.treeItem(/^spare-i /).waitFor({ state: 'detached' });
    assert.ok(emulator.calls('DescribeNetworkInterfaces') > readsBefore, 'the tree read ECS again by itself');
    await workbench.screenshot('61-changed-elsewhere');
  });
});
