import * as assert from 'node:assert';
import { hangzhouWorkbench } from './session';
import type { Workbench } from './workbench';

describe('UI: Cloud Assistant', function () {
  this.timeout(180_000);

  const ui = hangzhouWorkbench({ groups: ['Instances'] });
  const dialog = (): ReturnType<Workbench['page']['locator']> => ui.workbench.page.locator('.monaco-dialog-box');

  it('runs a command on two instances after a question naming both, with their outputs side by side', async () => {
    const { page } = ui.workbench;
    await ui.workbench.treeItem(/^web-1 /).click();
    await ui.workbench.treeItem(/^web-2 /).click({ modifiers: ['Control'] });
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
    await ui.workbench.runCommand('File: New Untitled Text File');
    await page.keyboard.type('https://example.com/x ');
    await page.locator('.editor-group-container .detected-link').first().waitFor();
  });
});
