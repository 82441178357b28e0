import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SPARE_K, WEB_2 } from '../emulator/demoIds';
import { workbenchSession } from './session';
import { Workbench } from './workbench';

/** The manifest of the helper extension (`toolCaller.ts`), written beside its compiled file. */
const TOOL_CALLER_MANIFEST = {
  name: 'alicloud-ecs-tool-caller',
  publisher: 'test',
  version: '0.0.1',
  engines: { vscode: '^1.100.0' },
  main: './extension.js',
  activationEvents: ['onCommand:toolCaller.invoke'],
  contributes: { commands: [{ command: 'toolCaller.invoke', title: 'Tool Caller: Invoke a Tool' }] },
};

/**
 * The helper extension packaged as VS Code installs one: its manifest, its compiled file, and `vsce package` (the
 * workbench loads only one extension under development).
 */
function toolCallerVsix(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-tool-caller-'));
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(TOOL_CALLER_MANIFEST));
  fs.copyFileSync(path.join(__dirname, 'toolCaller.js'), path.join(folder, 'extension.js'));
  const vsix = path.join(folder, 'tool-caller.vsix');
  execFileSync(
    process.execPath,
    [require.resolve('@vscode/vsce/vsce'), 'package', '--allow-missing-repository', '--skip-license', '-o', vsix],
    {
      cwd: folder,
      stdio: 'ignore',
    },
  );
  return vsix;
}

describe('UI: an agent tool’s confirmation in the real workbench', function () {
  this.timeout(180_000);
  const helper = toolCallerVsix();
  const ui = workbenchSession({
    open: async (emulator) => {
      const workbench = await Workbench.open({
        endpoint: emulator.url,
        settings: { 'alicloudEcs.regions': ['cn-hangzhou'] },
        alsoInstall: [helper],
      });
      await workbench.openContainer();
      await workbench.expand(/China \(Hangzhou\)/);
      await workbench.expand(/^Network Interfaces/);
      return workbench;
    },
  });
  after(() => fs.rmSync(path.dirname(helper), { recursive: true, force: true }));
  const dialog = (): ReturnType<Workbench['page']['locator']> => ui.workbench.page.locator('.monaco-dialog-box');
  const callAttachTool = async (): Promise<string> => {
    await ui.workbench.runCommand('Tool Caller: Invoke a Tool');
    await ui.workbench.answerInputBox(
      'Tool and input',
      JSON.stringify({
        name: 'alicloud_ecs_attach_eni',
        input: { regionId: 'cn-hangzhou', networkInterfaceId: SPARE_K, instanceId: WEB_2 },
      }),
    );
    await dialog().waitFor({ timeout: 30_000 });
    return dialog().innerText();
  };

  it('shows the whole plan as VS Code’s modal when another extension calls a write tool, and sends nothing on Cancel', async () => {
    const shown = await callAttachTool();
    assert.match(shown, /Attach a network interface in Alibaba Cloud ECS\?/);
    assert.match(shown, /Region: cn-hangzhou/);
    assert.match(shown, /1\. AttachNetworkInterface: Attach spare-k \(eni-bp17pdijfczax1huji00\) to web-2 \(i-bp1b8kf3yu0o4q1jh2xa\)/);
    assert.match(shown, /web-2 \(i-bp1b8kf3yu0o4q1jh2xa\) is tagged env=prod\./);
    await ui.workbench.screenshot('80-agent-tool-confirmation');
    await dialog().getByRole('button', { name: 'Cancel', exact: true }).click();
    await ui.workbench.notification(/Tool call ended/).waitFor();
    assert.strictEqual(ui.emulator.calls('AttachNetworkInterface'), 0);
  });

  it('runs the confirmed plan, answers the state after, and the Activity view says an agent asked', async () => {
    await callAttachTool();
    await dialog()
      .getByRole('button', { name: /^(Yes|Continue|OK)$/ })
      .click();
    await ui.workbench.notification(/Tool answered: .*"outcome":"done"/).waitFor({ timeout: 60_000 });
    assert.strictEqual(ui.emulator.calls('AttachNetworkInterface'), 1);
    await ui.workbench.openActivity();
    await ui.workbench.activityItem(/\(an agent asked\)/).waitFor();
    await ui.workbench.screenshot('81-agent-plan-in-activity');
  });
});
