import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/explorer/nodes/treeNode';
import { demoAccount, secondAccount } from '../emulator/demoData';
import { newGuest } from '../emulator/guest/guest';
import { eventually, item, nodeAt, useEmulator } from './harness';
import { recordingSession } from './session';

const HANGZHOU = 'China (Hangzhou)';
const WEB_1 = 'web-1 (i-bp1h4adlltjc1d48goaq)';
const WEB_2 = 'web-2 (i-bp1b8kf3yu0o4q1jh2xa)';
const LEGACY_ERP = 'legacy-erp (i-bp1legacy0startz7k2c)';
const BATCH_WORKER = 'batch-worker (i-bp1c9m2wq7e5r3t1y0ub)';

/** The text of the output document of the run `invokeId` on this instance, once it holds `until`. */
async function outputOf(api: Parameters<typeof eventually>[0], result: unknown, instanceId: string, until: RegExp): Promise<string> {
  const invokeId = (result as { invokeId?: string }).invokeId ?? '';
  let text = '';
  await eventually(
    api,
    async () => {
      const document = vscode.workspace.textDocuments.find(
        (candidate) => candidate.uri.scheme === 'alicloud-ecs' && candidate.uri.path === `/runs/${invokeId}/${instanceId}.log`,
      );
      text = document?.getText() ?? '';
      return until.test(text);
    },
    `the output of ${instanceId} to match ${String(until)}`,
  );
  return text;
}

describe('Cloud Assistant: Run Command and Install Cloud Assistant against the emulator', () => {
  const session = recordingSession();
  const row = (name: string): Promise<TreeNode> => nodeAt(session.api, HANGZHOU, 'Instances', name);
  const runCommand = (node: TreeNode, selection?: readonly TreeNode[]): Thenable<unknown> =>
    vscode.commands.executeCommand('alicloudEcs.runCommand', node, selection);
  const asked = (): string => session.ui.texts('ask').join('\n');
  // With no editor open, a typed command is the only source: no pick is shown.
  beforeEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('offers Run Command on instances whose agent answers and Install Cloud Assistant on the others, and says so on hover', async () => {
    session.emulator = await useEmulator();
    await eventually(
      session.api,
      async () => String(item(await row('web-1')).contextValue).includes('canRunCommand'),
      'web-1 to offer Run Command once the agents are read',
    );
    assert.match(String(item(await row('legacy-erp')).contextValue), /\bagentMissing\b/);
    assert.doesNotMatch(String(item(await row('legacy-erp')).contextValue), /\bcanRunCommand\b/);
    assert.doesNotMatch(String(item(await row('batch-worker')).contextValue), /\bcanRunCommand\b/, 'batch-worker is Stopped');
    const web1 = await row('web-1');
    session.alsoRan('view');
    const resolved = await session.api.treeDataProvider.resolveTreeItem(item(web1), web1);
    assert.match((resolved.tooltip as vscode.MarkdownString).value, /\| Cloud Assistant \| online, version 2\.2\.3\.857 \|/);
  });

  it('runs a typed command on two instances after a modal naming both, the production tags and the script, and shows each output', async () => {
    session.emulator = await useEmulator();
    const [web1, web2] = [await row('web-1'), await row('web-2')];
    session.ui.type("hostname; echo '你好'").click('Run');
    const result = (await runCommand(web1, [web1, web2])) as { kind: string; settled: boolean; runs: Array<{ status: string }> };
    assert.deepStrictEqual([result.kind, result.settled, result.runs.map((run) => run.status)], ['ran', true, ['Success', 'Success']]);
    const question = asked();
    assert.ok(question.startsWith('Run this script on 2 instances? '), question);
    assert.ok(question.includes(`${WEB_1}, tagged env=prod`), question);
    assert.ok(question.includes(`${WEB_2}, tagged env=prod`), question);
    assert.ok(question.includes("Script (typed):\nhostname; echo '你好'"), question);
    assert.strictEqual(session.emulator.calls('RunCommand'), 1);
    assert.match(
      await outputOf(session.api, result, 'i-bp1h4adlltjc1d48goaq', /你好/),
      /^# web-1 \(i-bp1h4adlltjc1d48goaq\)\n# succeeded · exit code 0 · \d\d:\d\d:\d\d - \d\d:\d\d:\d\d UTC\niZbp1h4adlltjc1d48goaqZ\n你好\n$/,
    );
    assert.match(await outputOf(session.api, result, 'i-bp1b8kf3yu0o4q1jh2xa', /你好/), /\niZbp1b8kf3yu0o4q1jh2xaZ\n你好\n$/);
    assert.deepStrictEqual(session.ui.texts('inform'), ['2 of 2 succeeded.']);
    const recorded = session.api.operations.activity.entries.find((entry) => entry.kind === 'write' && entry.action === 'RunCommand');
    assert.ok(
      recorded?.kind === 'write' && recorded.request.params.some(([name, value]) => name === 'CommandContent' && value.includes('你好')),
    );
  });

  it('runs the editor’s selection when chosen, and names where the script came from', async () => {
    session.emulator = await useEmulator();
    const document = await vscode.workspace.openTextDocument({ language: 'shellscript', content: 'echo first\necho second\n' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(1, 0, 1, 11);
    session.ui.pickLabelled('The Selection').click('Run');
    const result = await runCommand(await row('web-1'));
    assert.match(asked(), /Script \(the selection in Untitled-\d+\):\necho second$/);
    assert.match(await outputOf(session.api, result, 'i-bp1h4adlltjc1d48goaq', /second/), /\nsecond\n$/);
    assert.ok(session.ui.shown.includes('The Whole File'), 'the whole file was offered too');
  });

  it('leaves out the instance without an agent, saying why, and runs on the rest', async () => {
    session.emulator = await useEmulator();
    const [web1, legacy] = [await row('web-1'), await row('legacy-erp')];
    session.ui.type('exit 3').click('Run');
    await runCommand(web1, [web1, legacy]);
    assert.match(asked(), new RegExp(`^Run this script on ${WEB_1.replace(/[()]/g, '\\$&')}\\? `));
    assert.ok(
      asked().includes(`Left alone: ${LEGACY_ERP}: Cloud Assistant is not installed on ${LEGACY_ERP}, or ECS has not heard from it.`),
      asked(),
    );
    assert.deepStrictEqual(session.ui.texts('warn'), [`0 of 1 succeeded. Not succeeded: ${WEB_1}: exit code 3.`]);
  });

  it('refuses a Stopped instance before sending anything, and offers to start it', async () => {
    session.emulator = await useEmulator();
    session.ui.type('uptime');
    await runCommand(await row('batch-worker'));
    const [failure] = session.ui.told.filter((entry) => entry.kind === 'fail');
    assert.match(
      failure?.text ?? '',
      /^Couldn't run the script: .*\(InvalidInstance\.NotMatch\) Details: batch-worker \(i-bp1c9m2wq7e5r3t1y0ub\) is Stopped; Cloud Assistant runs commands only on a Running instance\./,
    );
    assert.ok(failure?.actions.includes(`Start ${BATCH_WORKER}`), JSON.stringify(failure?.actions));
    assert.strictEqual(session.emulator.calls('RunCommand'), 0);
  });

  it('sends StopInvocation once when cancelled, and still tells how each instance ended', async () => {
    session.emulator = await useEmulator({ delays: { deliveryMs: 60_000 } });
    session.ui.type('echo never').click('Run');
    session.ui.cancelWhen = /0 of 1 succeeded/;
    const result = (await runCommand(await row('web-1'))) as { stopped: boolean; runs: Array<{ status: string }> };
    assert.deepStrictEqual([result.stopped, result.runs.map((run) => run.status)], [true, ['Cancelled']]);
    assert.strictEqual(session.emulator.calls('StopInvocation'), 1);
    assert.match(
      session.ui.texts('warn').join('\n'),
      /Not succeeded: web-1 \(i-bp1h4adlltjc1d48goaq\): Cancelled\. Stopped: the instances that had not started did not run it/,
    );
    assert.match(await outputOf(session.api, result, 'i-bp1h4adlltjc1d48goaq', /cancelled/), /cancelled before it started/);
  });

  it('installs Cloud Assistant as a plan naming the production tag: install, reboot, wait for the agent, and the state', async () => {
    session.emulator = await useEmulator({ delays: { rebootMs: 300 } });
    session.ui.click('Install and Restart');
    await vscode.commands.executeCommand('alicloudEcs.installCloudAssistant', await row('legacy-erp'));
    assert.match(
      asked(),
      /^Install Cloud Assistant on legacy-erp .* and restart it\? 1\. Install Cloud Assistant on .*\n2\. Reboot .*\n3\. Wait until Cloud Assistant answers .*\nlegacy-erp \(i-bp1legacy0startz7k2c\) is tagged as production\./s,
    );
    assert.deepStrictEqual([session.emulator.calls('InstallCloudAssistant'), session.emulator.calls('RebootInstance')], [1, 1]);
    assert.match(
      session.ui.texts('inform').join('\n'),
      /^Done: .*legacy-erp \(i-bp1legacy0startz7k2c\) is Running, Cloud Assistant 2\.2\.3\.857 answers\.$/s,
    );
  });

  it('offers Configure in the OS after an attach, shows the missing steps as the script, and checks the result from inside', async () => {
    session.emulator = await useEmulator({ delays: { attachMs: 300, deliveryMs: 100 } });
    await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k-2');
    session.ui
      .clickFirst('Attach')
      .clickOn(/^Attached spare-k-2/, 'Configure in the OS')
      .click('Configure');
    await vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface', {
      regionId: 'cn-hangzhou',
      networkInterfaceId: 'eni-bp18qejkgdaby2ivkj11',
      instanceId: 'i-bp1b8kf3yu0o4q1jh2xa',
    });
    await eventually(
      session.api,
      () => session.ui.texts('inform').some((text) => text.includes('carries traffic')),
      'the check from inside',
      30_000,
    );
    const question = session.ui.told.filter((entry) => entry.kind === 'ask').at(-1)?.text ?? '';
    assert.match(
      question,
      /^Configure spare-k-2 \(eni-bp18qejkgdaby2ivkj11\) in the OS of web-2 \(i-bp1b8kf3yu0o4q1jh2xa\)\? spare-k-2 \(eni-bp18qejkgdaby2ivkj11\) is eth2 in the guest\./,
    );
    assert.ok(
      question.includes(
        '\nset -e\nip link set dev eth2 up\ndhclient -1 eth2\nip route replace default via 172.16.181.253 dev eth2 table 1002\nip rule add from 172.16.181.241 lookup 1002 priority 1002\n',
      ),
      question,
    );
    assert.ok(question.includes(`${WEB_2} is tagged env=prod.`), question);
    assert.match(
      session.ui.texts('inform').find((text) => text.includes('carries traffic')) ?? '',
      /eth2 is up with its MAC address and 172\.16\.181\.241\/24, from 172\.16\.181\.241 lookup 1002, default via 172\.16\.181\.253 table 1002, checked from inside the guest\.$/,
    );
    assert.strictEqual(session.emulator.calls('RunCommand'), 3, 'the probe, the script, the check');
    const plan = session.api.operations.activity.entries.find(
      (entry) => entry.kind === 'plan' && entry.title.startsWith('Configure spare-k-2'),
    );
    assert.ok(plan?.kind === 'plan' && plan.children.length === 3 && plan.status === 'succeeded', JSON.stringify(plan));
  });

  it('changes nothing where the image configured the interface itself, and says what did', async () => {
    const demo = demoAccount();
    const web2 = demo.instances.get('i-bp1b8kf3yu0o4q1jh2xa');
    const spare = demo.networkInterfaces.get('eni-bp18qejkgdaby2ivkj11');
    assert.ok(web2 && spare);
    web2.guest = newGuest('centos7', { agentVersion: '2.2.3.857' });
    Object.assign(spare, { status: 'InUse', instanceId: web2.instanceId, deviceIndex: 2 });
    session.emulator = await useEmulator({ accounts: { demo, second: secondAccount() } });
    const eni = await nodeAt(session.api, HANGZHOU, 'Instances', 'web-2', 'spare-k-2');
    const result = (await vscode.commands.executeCommand('alicloudEcs.configureInGuest', eni)) as { kind: string };
    assert.strictEqual(result.kind, 'configured');
    assert.match(
      session.ui.texts('inform').join('\n'),
      /^spare-k-2 \(eni-bp18qejkgdaby2ivkj11\) is already configured as eth2 in the OS of web-2 \(i-bp1b8kf3yu0o4q1jh2xa\), by multi-nic-util\. Nothing was changed\.$/,
    );
    assert.strictEqual(session.emulator.calls('RunCommand'), 1);
  });

  /** What a terminal's other end printed, and the way to type into it. */
  function driven(pty: vscode.Pseudoterminal): { readonly text: () => string; readonly closed: () => boolean } {
    let text = '';
    let closed = false;
    pty.onDidWrite((data) => (text += data));
    pty.onDidClose?.(() => (closed = true));
    pty.open({ columns: 100, rows: 30 });
    return { text: () => text, closed: () => closed };
  }

  it('opens a terminal on an instance: a shell answering from the guest, its size the panel’s, Reconnect after an idle close', async () => {
    session.emulator = await useEmulator({ terminal: { startMs: 50, idleMs: 1500 } });
    await vscode.commands.executeCommand('alicloudEcs.openTerminal', await row('web-2'));
    const [terminal] = session.ui.terminals;
    assert.strictEqual(terminal?.name, 'web-2 · Cloud Assistant');
    const screen = driven(terminal.pty);
    terminal.pty.handleInput?.('stty size\r');
    await eventually(session.api, () => screen.text().includes('30 100'), 'the size of the panel in the guest');
    terminal.pty.setDimensions?.({ columns: 132, rows: 43 });
    terminal.pty.handleInput?.('stty size\r');
    await eventually(session.api, () => screen.text().includes('43 132'), 'the new size in the guest');
    assert.ok(screen.text().startsWith('\u001b[2mConnecting to web-2 (i-bp1b8kf3yu0o4q1jh2xa) through Cloud Assistant…'), screen.text());
    session.ui.clickOn(/Cloud Assistant closed the session after three minutes without input/, 'Reconnect');
    await eventually(session.api, () => screen.text().includes('Press Enter to reconnect'), 'the idle close told in the terminal', 10_000);
    await eventually(session.api, () => screen.text().split('Welcome to Alibaba Cloud').length === 3, 'the session opened again', 10_000);
    assert.strictEqual(session.emulator.calls('StartTerminalSession'), 2);
    terminal.pty.close();
  });

  it('refuses a terminal on a Stopped instance before asking ECS, offering to start it, and asks when another extension asks', async () => {
    session.emulator = await useEmulator();
    await vscode.commands.executeCommand('alicloudEcs.openTerminal', await row('batch-worker'));
    const [failure] = session.ui.told.filter((entry) => entry.kind === 'fail');
    assert.match(failure?.text ?? '', /^Couldn't open a terminal: .*batch-worker \(i-bp1c9m2wq7e5r3t1y0ub\) is Stopped/);
    assert.ok(failure?.actions.includes(`Start ${BATCH_WORKER}`));
    session.ui.dismiss();
    const outcome = await vscode.commands.executeCommand('alicloudEcs.openTerminal', {
      regionId: 'cn-hangzhou',
      instanceId: 'i-bp1h4adlltjc1d48goaq',
    });
    assert.deepStrictEqual(outcome, { kind: 'notOpened' });
    assert.match(session.ui.texts('ask').join(''), /^Open a terminal on web-1 \(i-bp1h4adlltjc1d48goaq\)\? Another extension asked/);
    assert.deepStrictEqual([session.emulator.calls('StartTerminalSession'), session.ui.terminals.length], [0, 0]);
  });

  it('asks before even reading the guest when another extension asks for Configure in the OS, and sends nothing when declined', async () => {
    session.emulator = await useEmulator();
    session.ui.dismiss();
    const outcome = await vscode.commands.executeCommand('alicloudEcs.configureInGuest', {
      regionId: 'cn-hangzhou',
      networkInterfaceId: 'eni-bp1bthnjjgde15lynm44',
      offer: 'a guess at a token',
    });
    assert.deepStrictEqual(outcome, { kind: 'notRun' });
    assert.match(session.ui.texts('ask').join(''), /^Read the network of web-1 \(i-bp1h4adlltjc1d48goaq\)\? Another extension asked/);
    assert.ok(session.ui.texts('ask').join('').includes("echo '@@alicloud-ecs os'\ncat /etc/os-release"), 'the probe is shown');
    assert.strictEqual(session.emulator.calls('RunCommand'), 0);
  });

  it('returns to its caller the states of a run, never what the guest printed', async () => {
    session.emulator = await useEmulator();
    session.ui.type('echo secret-looking-output').click('Run');
    const result = await runCommand(await row('web-1'));
    assert.doesNotMatch(JSON.stringify(result), /secret-looking-output/);
    assert.deepStrictEqual((result as { runs: unknown[] }).runs, [
      { instanceId: 'i-bp1h4adlltjc1d48goaq', status: 'Success', exitCode: 0, errorCode: '' },
    ]);
  });

  it('opens nothing from a terminal once it is closed, even when Enter reaches it afterwards', async () => {
    session.emulator = await useEmulator({ terminal: { startMs: 50, idleMs: 300 } });
    await vscode.commands.executeCommand('alicloudEcs.openTerminal', await row('web-1'));
    const [terminal] = session.ui.terminals;
    assert.ok(terminal);
    const screen = driven(terminal.pty);
    await eventually(session.api, () => screen.text().includes('Press Enter to reconnect'), 'the idle close', 10_000);
    terminal.pty.close();
    terminal.pty.handleInput?.('\r');
    assert.strictEqual(session.emulator.calls('StartTerminalSession'), 1);
    await eventually(session.api, () => session.ui.texts('warn').some((text) => text.includes('three minutes')), 'the notification');
  });
});
