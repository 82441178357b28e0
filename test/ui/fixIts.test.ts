import * as assert from 'node:assert';
import type { EcsEmulator } from '../emulator/server';
import { hangzhouWorkbench } from './session';
import type { Workbench } from './workbench';

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

  // Detaches take long here (the demo's "leaving" stays Detaching); the tests move the emulator's clock on.
  const ui = hangzhouWorkbench({ emulator: { delays: { attachMs: 1000, rebootMs: 1500, detachMs: 60_000 } } });

  const dialog = (): ReturnType<Workbench['page']['locator']> => ui.workbench.page.locator('.monaco-dialog-box');

  it('reboots an instance last started before April 2018, then attaches, from the refusal', async () => {
    await ui.workbench.contextMenu(/^spare-k-2 /);
    await ui.workbench.clickMenuItem('Attach to Instance…');
    await ui.workbench.pickQuickItem('i-bp1legacy0startz7k2c', 'legacy-erp');
    const refused = ui.workbench.notification(
      /Can't attach spare-k-2 \(eni-bp18qejkgdaby2ivkj11\) to legacy-erp \(i-bp1legacy0startz7k2c\)/,
    );
    await refused.waitFor();
    await ui.workbench.screenshot('53-fix-it-offered');
    await ui.workbench.clickNotificationButton(refused, 'Reboot, then Attach');
    await dialog().waitFor();
    assert.match(
      await dialog().innerText(),
      /Reboot legacy-erp \(i-bp1legacy0startz7k2c\), wait for Running, attach spare-k-2 \(eni-bp18qejkgdaby2ivkj11\)\?.*1\. Reboot legacy-erp .*2\. Attach spare-k-2 .*tagged as production/s,
    );
    await ui.workbench.screenshot('54-fix-it-plan');
    await dialog().getByRole('button', { name: 'Reboot, then Attach' }).click();
    const done = ui.workbench.notification(/^Done: /);
    await done.waitFor({ timeout: 60_000 });
    assert.match(
      await done.innerText(),
      /Now: legacy-erp \(i-bp1legacy0startz7k2c\) is Running; spare-k-2 \(eni-bp18qejkgdaby2ivkj11\) is InUse on i-bp1legacy0startz7k2c\./,
    );
    await ui.workbench.treeItem(/^spare-k-2 .*InUse/).waitFor();
    await ui.workbench.screenshot('55-fix-it-done');
    assert.strictEqual(ui.emulator.calls('RebootInstance'), 1);
  });

  it('detaches the ENI the user picks from an instance at its limit, then attaches', async () => {
    await ui.workbench.contextMenu(/^spare-k /);
    await ui.workbench.clickMenuItem('Attach to Instance…');
    await ui.workbench.pickQuickItem('i-bp1h4adlltjc1d48goaq', 'web-1');
    const refused = ui.workbench.notification(/EniPerInstanceLimitExceeded/);
    await refused.waitFor();
    await ui.workbench.clickNotificationButton(refused, 'Detach One First…');
    await ui.workbench.pickQuickItem('eni-bp1bthnjjgde15lynm44', 'web-1-data');
    await dialog().waitFor();
    assert.match(await dialog().innerText(), /Detach web-1-data .* from web-1 .*, attach spare-k .*\?/s);
    await ui.workbench.screenshot('56-detach-one-first-plan');
    await dialog().getByRole('button', { name: 'Detach One First…' }).click();
    await sent(ui.emulator, 'DetachNetworkInterface');
    ui.emulator.world.clock.advance(61_000);
    const done = ui.workbench.notification(/^Done: Detach web-1-data/);
    await done.waitFor({ timeout: 60_000 });
    assert.match(await done.innerText(), /spare-k \(eni-bp17pdijfczax1huji00\) is InUse on i-bp1h4adlltjc1d48goaq\./);
    await ui.workbench.treeItem(/^web-1-data .*Available/).waitFor();
  });

  it('waits for a detaching ENI, and when the attach then fails says what was done and what state everything is in', async () => {
    await ui.workbench.contextMenu(/^spare-k-2 /);
    await ui.workbench.clickMenuItem('Detach from Instance');
    await dialog().getByRole('button', { name: 'Detach' }).click();
    await sent(ui.emulator, 'DetachNetworkInterface', 2);
    await ui.workbench.treeItem(/^spare-k-2 .*Detaching/).waitFor();
    ui.emulator.faults.inject({ kind: 'error', code: 'OperationConflict' }, { action: 'AttachNetworkInterface' });
    const attachesBefore = ui.emulator.calls('AttachNetworkInterface');
    await ui.workbench.contextMenu(/^web-2 /);
    await ui.workbench.clickMenuItem('Attach Network Interface…');
    await ui.workbench.pickQuickItem('eni-bp18qejkgdaby2ivkj11', 'spare-k-2');
    const refused = ui.workbench.notification(/Can't attach spare-k-2 \(eni-bp18qejkgdaby2ivkj11\) to web-2 \(i-bp1b8kf3yu0o4q1jh2xa\)/);
    await refused.waitFor();
    await ui.workbench.clickNotificationButton(refused, 'Wait, then Attach');
    await dialog().waitFor();
    await dialog().getByRole('button', { name: 'Wait, then Attach' }).click();
    await ui.workbench.page.locator('.notification-toast', { hasText: /1\/2 · Wait until spare-k-2/ }).waitFor();
    ui.emulator.world.clock.advance(61_000);
    const stopped = ui.workbench.notification(/stopped at “Attach spare-k-2/);
    await stopped.waitFor({ timeout: 60_000 });
    const text = await stopped.innerText();
    assert.match(
      text,
      /Done: Wait until spare-k-2 .*\. Not done: nothing\. Now: web-2 \(i-bp1b8kf3yu0o4q1jh2xa\) is Running; spare-k-2 \(eni-bp18qejkgdaby2ivkj11\) is Available, not attached\./s,
    );
    assert.match(text, /OperationConflict/);
    await stopped.hover();
    await ui.workbench.screenshot('57-fix-it-step-failed');
    assert.strictEqual(ui.emulator.calls('AttachNetworkInterface'), attachesBefore + 1);
  });
});
