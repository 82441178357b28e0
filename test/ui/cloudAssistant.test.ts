import * as assert from 'node:assert';
import { hangzhouWorkbench } from './session';
import type { Workbench } from './workbench';

describe('UI: Cloud Assistant', function () {
  this.timeout(180_000);

  // The DOM renderer, so that the test reads the terminal's text (the default draws on a canvas).
  const ui = hangzhouWorkbench({
    emulator: { delays: { attachMs: 1000 }, terminal: { startMs: 300 } },
    settings: { 'terminal.integrated.gpuAcceleration': 'off' },
  });
  const dialog = (): ReturnType<Workbench['page']['locator']> => ui.workbench.page.locator('.monaco-dialog-box');

  it('runs a command on two instances after a question naming both, with their outputs side by side', async () => {
    const { page } = ui.workbench;
    await ui.workbench.select(/^web-1 /);
    await ui.workbench.select(/^web-2 /, true);
    const menu = await ui.workbench.contextMenu(/^web-2 /);
    assert.ok(menu.includes('Run Command…'), menu.join(', '));
    await ui.workbench.clickMenuItem('Run Command…');
    await ui.workbench.answerInputBox('The command to run as root on each instance', "hostname; echo '你好' https://example.com/x");
    await dialog().waitFor();
    const question = await dialog().innerText();
    assert.match(question, /Run this script on 2 instances\?/);
    assert.match(question, /web-1 \(i-bp1h4adlltjc1d48goaq\), tagged env=prod/);
    assert.match(question, /web-2 \(i-bp1b8kf3yu0o4q1jh2xa\), tagged env=prod/);
    assert.match(question, /hostname; echo '你好' https:\/\/example\.com\/x/);
    await ui.workbench.screenshot('70-run-command-confirm');
    await dialog().getByRole('button', { name: 'Run', exact: true }).click();
    await ui.workbench.notification(/2 of 2 succeeded\./).waitFor({ timeout: 30_000 });
    await page.getByText('iZbp1h4adlltjc1d48goaqZ').first().waitFor();
    await page.getByText('iZbp1b8kf3yu0o4q1jh2xaZ').first().waitFor();
    const groups = page.locator('.editor-group-container');
    assert.strictEqual(await groups.count(), 2, 'one editor group per instance, side by side');
    // What a guest prints is no link: the output's language turns VS Code's link detection off.
    assert.strictEqual(await page.locator('.editor-group-container .detected-link').count(), 0);
    await ui.workbench.screenshot('71-run-command-outputs');
    assert.strictEqual(ui.emulator.calls('RunCommand'), 1);
    // The same address typed into a plain text file is one: the check above looks where links are drawn.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>File: New Untitled Text File');
    await page
      .locator('.quick-input-list .monaco-list-row', { hasText: /^File: New Untitled Text File/ })
      .first()
      .click();
    await page.locator('.editor-group-container.active .monaco-editor.focused').first().waitFor();
    await page.keyboard.type('https://example.com/x ');
    await page.locator('.editor-group-container .detected-link').first().waitFor();
    await ui.workbench.runCommand('View: Revert and Close Editor');
  });

  it('attaches spare-k-2 to web-2, configures it in the OS, and a terminal on web-2 shows it up with its address', async () => {
    const { page } = ui.workbench;
    const runsBefore = ui.emulator.calls('RunCommand');
    await ui.workbench.clearNotifications();
    await ui.workbench.contextMenu(/^spare-k-2 /);
    await ui.workbench.clickMenuItem('Attach to Instance…');
    await ui.workbench.pickQuickItem('i-bp1b8kf3yu0o4q1jh2xa', 'web-2');
    const attached = ui.workbench.notification(/Attached spare-k-2/);
    await attached.waitFor({ timeout: 30_000 });
    await ui.workbench.clickNotificationButton(attached, 'Configure in the OS');
    await dialog().waitFor({ timeout: 30_000 });
    const question = await dialog().innerText();
    assert.match(question, /Configure spare-k-2 \(eni-bp18qejkgdaby2ivkj11\) in the OS of web-2/);
    assert.match(question, /dhclient -1 eth2/);
    await ui.workbench.screenshot('72-configure-in-os-confirm');
    await dialog().getByRole('button', { name: 'Configure', exact: true }).click();
    await ui.workbench.notification(/carries traffic on web-2/).waitFor({ timeout: 30_000 });
    await ui.workbench.screenshot('73-configured-in-os');
    await ui.workbench.clearNotifications();

    await ui.workbench.contextMenu(/^web-2 /);
    await ui.workbench.clickMenuItem('Open Terminal');
    const terminal = page.locator('.terminal-wrapper .xterm').first();
    await terminal.waitFor();
    await page.locator('.xterm-rows', { hasText: 'ecs-assist-user@iZbp1b8kf3yu0o4q1jh2xaZ' }).first().waitFor({ timeout: 30_000 });
    await terminal.click();
    await page.keyboard.type('ip -br addr');
    await page.keyboard.press('Enter');
    await page
      .locator('.xterm-rows', { hasText: /eth2\s+UP\s+172\.16\.181\.241\/24/ })
      .first()
      .waitFor({ timeout: 15_000 });
    await page.keyboard.type("echo '你好'");
    await page.keyboard.press('Enter');
    await page.locator('.xterm-rows', { hasText: '你好' }).first().waitFor();
    await ui.workbench.screenshot('74-terminal-ip-addr');
    assert.deepStrictEqual(
      [ui.emulator.calls('RunCommand') - runsBefore, ui.emulator.calls('StartTerminalSession')],
      [3, 1],
      'the probe, the script, the check; one session',
    );
  });
});
