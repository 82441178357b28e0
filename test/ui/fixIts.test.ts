import * as assert from 'node:assert';
import { EcsEmulator } from '../emulator/server';
import { Workbench } from './workbench';

/** Waits (in the test, not the product) until the emulator has been sent an action. */
async function sent(emulator: EcsEmulator, action: string, times = 1): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (emulator.calls(action) < times) {
    assert.ok(Date.now() < deadline, `${action} was never sent`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('UI: fix-its offered with a refused attach, run as plans', function () {
  this.timeout(180_000);
  let emulator: EcsEmulator;
  let workbench: Workbench;

  before(async () => {
    // Detaches take long here (the demo's "leaving" stays Detaching); the tests move the emulator's clock on.
    emulator = await EcsEmulator.start({ delays: { attachMs: 1000, rebootMs: 1500, detachMs: 60_000 } });
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

  const dialog = (): ReturnType<Workbench['page']['locator']> => workbench.page.locator('.monaco-dialog-box');

  it('reboots an instance last started before April 2018, then attaches, from the refusal', async () => {
    await workbench.contextMenu(/^spare-k-2 /);
    await workbench.clickMenuItem('Attach to Instance…');
    await workbench.pickQuickItem('i-bp1legacy0startz7k2c', 'legacy-erp');
    const refused = workbench.notification(/Can't attach eni-bp18qejkgdaby2ivkj11 to i-bp1legacy0startz7k2c/);
    await refused.waitFor();
    await workbench.screenshot('53-fix-it-offered');
    await workbench.clickNotificationButton(refused, 'Reboot, then Attach');
    await dialog().waitFor();
    assert.match(
      await dialog().innerText(),
      /Reboot legacy-erp \(i-bp1legacy0startz7k2c\), wait for Running, attach spare-k-2 \(eni-bp18qejkgdaby2ivkj11\)\?.*1\. Reboot legacy-erp .*2\. Attach spare-k-2 .*tagged as production/s,
    );
    await workbench.screenshot('54-fix-it-plan');
    await dialog().getByRole('button', { name: 'Reboot, then Attach' }).click();
    const done = workbench.notification(/^Done: /);
    await done.waitFor({ timeout: 60_000 });
    assert.match(
      await done.innerText(),
      /Now: legacy-erp \(i-bp1legacy0startz7k2c\) is Running; spare-k-2 \(eni-bp18qejkgdaby2ivkj11\) is InUse on i-bp1legacy0startz7k2c\./,
    );
    await workbench.treeItem(/^spare-k-2 .*InUse/).waitFor();
    await workbench.screenshot('55-fix-it-done');
    assert.strictEqual(emulator.calls('RebootInstance'), 1);
  });

  it('detaches the ENI the user picks from an instance at its limit, then attaches', async () => {
    await workbench.contextMenu(/^spare-k /);
    await workbench.clickMenuItem('Attach to Instance…');
    await workbench.pickQuickItem('i-bp1h4adlltjc1d48goaq', 'web-1');
    const refused = workbench.notification(/EniPerInstanceLimitExceeded/);
    await refused.waitFor();
    await workbench.clickNotificationButton(refused, 'Detach One First…');
    await workbench.pickQuickItem('eni-bp1bthnjjgde15lynm44', 'web-1-data');
    await dialog().waitFor();
    assert.match(await dialog().innerText(), /Detach web-1-data .* from web-1 .*, attach spare-k .*\?/s);
    await workbench.screenshot('56-detach-one-first-plan');
    await dialog().getByRole('button', { name: 'Detach One First…' }).click();
    await sent(emulator, 'DetachNetworkInterface');
    emulator.world.clock.advance(61_000);
    const done = workbench.notification(/^Done: Detach web-1-data/);
    await done.waitFor({ timeout: 60_000 });
    assert.match(await done.innerText(), /spare-k \(eni-bp17pdijfczax1huji00\) is InUse on i-bp1h4adlltjc1d48goaq\./);
    await workbench.treeItem(/^web-1-data .*Available/).waitFor();
  });

  it('waits for a detaching ENI, and when the attach then fails says what was done and what state everything is in', async () => {
    await workbench.contextMenu(/^spare-k-2 /);
    await workbench.clickMenuItem('Detach from Instance');
    await dialog().getByRole('button', { name: 'Detach' }).click();
    await sent(emulator, 'DetachNetworkInterface', 2);
    await workbench.treeItem(/^spare-k-2 .*Detaching/).waitFor();
    emulator.faults.inject({ kind: 'error', code: 'OperationConflict' }, { action: 'AttachNetworkInterface' });
    const attachesBefore = emulator.calls('AttachNetworkInterface');
    await workbench.contextMenu(/^web-2 /);
    await workbench.clickMenuItem('Attach Network Interface…');
    await workbench.pickQuickItem('eni-bp18qejkgdaby2ivkj11', 'spare-k-2');
    const refused = workbench.notification(/Can't attach eni-bp18qejkgdaby2ivkj11 to i-bp1b8kf3yu0o4q1jh2xa/);
    await refused.waitFor();
    await workbench.clickNotificationButton(refused, 'Wait, then Attach');
    await dialog().waitFor();
    await dialog().getByRole('button', { name: 'Wait, then Attach' }).click();
    await workbench.page.locator('.notification-toast', { hasText: /1\/2 · Wait until spare-k-2/ }).waitFor();
    emulator.world.clock.advance(61_000);
    const stopped = workbench.notification(/stopped at “Attach spare-k-2/);
    await stopped.waitFor({ timeout: 60_000 });
    const text = await stopped.innerText();
    assert.match(
      text,
      /Done: Wait until spare-k-2 .*\. Not done: nothing\. Now: web-2 \(i-bp1b8kf3yu0o4q1jh2xa\) is Running; spare-k-2 \(eni-bp18qejkgdaby2ivkj11\) is Available, not attached\./s,
    );
    assert.match(text, /OperationConflict/);
    await stopped.hover();
    await workbench.screenshot('57-fix-it-step-failed');
    assert.strictEqual(emulator.calls('AttachNetworkInterface'), attachesBefore + 1);
  });
});
