import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { AlicloudEcsExplorerApi } from '../../api/alicloud-ecs-explorer';
import { API_ACTIONS, isApiActionName } from '../../src/domain/apiActions';
import { SPARE_K, SPARE_K_2, WEB_1, WEB_2 } from '../emulator/demoIds';
import { EXTENSION_ID, eventually, nodeAt, setSetting, useEmulator } from './harness';
import { recordingSession } from './session';

const REGION = 'cn-hangzhou';
const SHOP_API = 'i-bp1shop8t6c1m2burst';

const NO_TOKEN = new vscode.CancellationTokenSource().token;
/** Stands for a chat's invocation token: VS Code's confirmation there can be skipped, so the tool asks itself. */
const IN_A_CHAT = {} as vscode.ChatParticipantToolToken;

const textOf = (result: vscode.LanguageModelToolResult): Record<string, unknown> => {
  const [part] = result.content;
  assert.ok(part instanceof vscode.LanguageModelTextPart, 'a tool answers one text part');
  return JSON.parse(part.value) as Record<string, unknown>;
};

const invoke = async (name: string, input: object): Promise<Record<string, unknown>> =>
  textOf(await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined }));

describe('agents: the language-model tools, read-only mode, dry run and the safety policy', function () {
  const session = recordingSession();
  /** Every write ECS received in this test. */
  const writesSent = (): string[] =>
    [...(session.emulator?.callCounts.keys() ?? [])].filter((action) => isApiActionName(action) && API_ACTIONS[action].access === 'write');
  const toolsUsed = (...names: string[]): void => session.alsoRan(...names.map((name) => `tool.${name}` as never));

  const tool = (name: string): vscode.LanguageModelTool<unknown> => {
    const found = session.api.tools.get(name);
    assert.ok(found, name);
    return found;
  };
  /** The tool's own invoke, as VS Code calls it after its confirmation (or without one). */
  const invokeDirect = async (
    name: string,
    input: object,
    token: vscode.ChatParticipantToolToken | undefined,
  ): Promise<Record<string, unknown>> => {
    const result = await tool(name).invoke({ input, toolInvocationToken: token }, NO_TOKEN);
    assert.ok(result);
    return textOf(result);
  };
  /** What VS Code's confirmation would show for this input: its title, and its text as a person reads it. */
  const confirmation = async (name: string, input: object): Promise<{ title: string; text: string }> => {
    const prepared = await tool(name).prepareInvocation?.({ input }, NO_TOKEN);
    const messages = prepared?.confirmationMessages;
    assert.ok(messages, 'the write tool asks for a confirmation');
    const message = messages.message as vscode.MarkdownString;
    assert.ok(message instanceof vscode.MarkdownString && !message.isTrusted && !message.supportHtml);
    // appendText escapes Markdown: the person reads the text without the escapes.
    return { title: messages.title, text: message.value.replace(/\\(.)/g, '$1').replace(/&nbsp;/g, ' ') };
  };
  afterEach(async () => {
    await setSetting('readOnly', undefined);
    await setSetting('askTwiceWhenTagged', undefined);
  });

  it('lists the tools VS Code knows, the write tools only while read-only mode is off', async () => {
    const names = (): string[] => vscode.lm.tools.map((tool) => tool.name).filter((name) => name.startsWith('alicloud_ecs_'));
    assert.deepStrictEqual(names().length, 9);
    const attach = vscode.lm.tools.find((tool) => tool.name === 'alicloud_ecs_attach_eni');
    assert.deepStrictEqual((attach?.inputSchema as { required?: string[] }).required, ['regionId', 'networkInterfaceId', 'instanceId']);
    await setSetting('readOnly', true);
    await eventually(session.api, () => Promise.resolve(names().length === 4), 'the write tools to leave the list in read-only mode');
    assert.ok(
      names().every((name) => ['list_regions', 'find_resources', 'describe_resource', 'check_attach'].some((read) => name.endsWith(read))),
    );
  });

  it('runs the read tools without a question, sending only reads, and answers plain data', async () => {
    session.emulator = await useEmulator();
    toolsUsed('alicloud_ecs_list_regions', 'alicloud_ecs_find_resources', 'alicloud_ecs_describe_resource', 'alicloud_ecs_check_attach');
    const regions = await invoke('alicloud_ecs_list_regions', {});
    assert.deepStrictEqual(regions.regions, [{ regionId: REGION, name: 'China (Hangzhou)' }]);
    const found = await invoke('alicloud_ecs_find_resources', { query: 'spare-k' });
    assert.deepStrictEqual(
      (found.found as Array<{ networkInterfaceId?: string }>).map((hit) => hit.networkInterfaceId).sort(),
      [SPARE_K, SPARE_K_2].sort(),
    );
    assert.match(String(found.note), /never instructions/);
    const described = await invoke('alicloud_ecs_describe_resource', { regionId: REGION, resourceId: WEB_1 });
    assert.strictEqual(described.status, 'Running');
    const checked = await invoke('alicloud_ecs_check_attach', { regionId: REGION, networkInterfaceId: SPARE_K, instanceId: WEB_2 });
    assert.strictEqual(checked.verdict, 'allowed');
    assert.deepStrictEqual(
      (checked.plan as Array<{ action: string }>).map((call) => call.action),
      ['AttachNetworkInterface'],
    );
    const wrong = await invoke('alicloud_ecs_check_attach', { regionId: REGION, networkInterfaceId: 'i-nope', instanceId: WEB_2 });
    assert.deepStrictEqual([wrong.outcome, wrong.field], ['invalidInput', 'networkInterfaceId']);
    assert.deepStrictEqual(writesSent(), []);
  });

  it('names the whole plan in its confirmation, asks again in a chat, and sends nothing when the person says no', async () => {
    session.emulator = await useEmulator();
    toolsUsed('alicloud_ecs_attach_eni');
    const input = { regionId: REGION, networkInterfaceId: SPARE_K, instanceId: WEB_2 };
    const { title, text } = await confirmation('alicloud_ecs_attach_eni', input);
    assert.strictEqual(title, 'Attach a network interface in Alibaba Cloud ECS?');
    assert.match(text, /Region: cn-hangzhou/);
    assert.match(text, /1\. AttachNetworkInterface: Attach spare-k \(eni-bp17pdijfczax1huji00\) to web-2 \(i-bp1b8kf3yu0o4q1jh2xa\)/);
    assert.match(text, /web-2 \(i-bp1b8kf3yu0o4q1jh2xa\) is tagged env=prod\./);
    assert.match(text, /An agent asked for this\./);
    session.ui.dismiss();
    const declined = await invokeDirect('alicloud_ecs_attach_eni', input, IN_A_CHAT);
    assert.strictEqual(declined.outcome, 'declined');
    assert.match(
      session.ui.texts('ask').join('\n'),
      /^An agent asks to change ECS: Attach spare-k[^\n]*\?[\s\S]*1\. AttachNetworkInterface: /,
    );
    assert.deepStrictEqual(writesSent(), []);
  });

  it('runs nothing that was not confirmed, and nothing when ECS changed the plan after the confirmation', async () => {
    session.emulator = await useEmulator();
    toolsUsed('alicloud_ecs_attach_eni');
    const input = { regionId: REGION, networkInterfaceId: SPARE_K_2, instanceId: SHOP_API };
    const unconfirmed = await invokeDirect('alicloud_ecs_attach_eni', input, undefined);
    assert.strictEqual(unconfirmed.outcome, 'notConfirmed');
    const { text } = await confirmation('alicloud_ecs_attach_eni', input);
    assert.match(text, /1\. StopInstance: Stop shop-api[^\n]*\n+2\. AttachNetworkInterface: [^\n]*\n+3\. StartInstance: Start shop-api/);
    // Someone stops the instance meanwhile: the attach no longer needs the stop and start the person agreed to.
    await session.api.connection.api.stopInstance(REGION, SHOP_API);
    await eventually(
      session.api,
      async () => (await session.api.store.freshInstance(REGION, SHOP_API))?.status === 'Stopped',
      'shop-api to stop',
    );
    const changed = await invokeDirect('alicloud_ecs_attach_eni', input, undefined);
    assert.strictEqual(changed.outcome, 'planChanged');
    assert.deepStrictEqual(
      (changed.plan as Array<{ action: string }>).map((call) => call.action),
      ['AttachNetworkInterface'],
    );
    assert.strictEqual(session.emulator.calls('AttachNetworkInterface'), 0);
    assert.strictEqual(session.emulator.calls('StopInstance'), 1, 'only the stop of the test itself');
  });

  it('runs exactly the plan confirmed: stop, attach, start again, and answers the state after', async () => {
    session.emulator = await useEmulator();
    toolsUsed('alicloud_ecs_attach_eni');
    // Outside a chat VS Code shows its confirmation as a modal dialog; while tests run, its dialog service confirms by itself.
    const result = textOf(
      await vscode.lm.invokeTool('alicloud_ecs_attach_eni', {
        input: { regionId: REGION, networkInterfaceId: SPARE_K_2, instanceId: SHOP_API },
        toolInvocationToken: undefined,
      }),
    );
    assert.strictEqual(result.outcome, 'done', JSON.stringify(result));
    assert.deepStrictEqual(result.notDone, []);
    assert.match(String(result.stateAfter), /Running/);
    const server = session.emulator;
    assert.deepStrictEqual(
      ['StopInstance', 'AttachNetworkInterface', 'StartInstance'].map((action) => server.calls(action)),
      [1, 1, 1],
    );
    assert.deepStrictEqual(writesSent().sort(), ['AttachNetworkInterface', 'StartInstance', 'StopInstance']);
    const recorded = session.api.operations.activity.entries[0];
    assert.ok(recorded?.kind === 'plan' && recorded.title.endsWith('(an agent asked)'), JSON.stringify(recorded));
  });

  it('a dry run answers the plan and its aliyun CLI commands without a question and without a write', async () => {
    session.emulator = await useEmulator();
    toolsUsed('alicloud_ecs_detach_eni');
    const result = await invoke('alicloud_ecs_detach_eni', {
      regionId: REGION,
      networkInterfaceId: 'eni-bp1bthnjjgde15lynm44',
      dryRun: true,
    });
    assert.strictEqual(result.outcome, 'dryRun', JSON.stringify(result));
    assert.deepStrictEqual(result.aliyunCli, [
      `aliyun ecs DetachNetworkInterface --RegionId cn-hangzhou --NetworkInterfaceId eni-bp1bthnjjgde15lynm44 --InstanceId ${WEB_1}`,
    ]);
    assert.deepStrictEqual(writesSent(), []);
  });

  it('refuses every write in read-only mode at one gate, whatever asked: a command, a drop, the API, a tool', async () => {
    session.emulator = await useEmulator();
    toolsUsed('alicloud_ecs_attach_eni');
    await setSetting('readOnly', true);
    const pair = { regionId: REGION, networkInterfaceId: SPARE_K, instanceId: WEB_2 };
    session.ui.click('Attach');
    const byCommand = (await vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface', pair)) as { code?: string };
    assert.strictEqual(byCommand.code, 'ReadOnlyMode');
    const spare = await nodeAt(session.api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
    const web2 = await nodeAt(session.api, 'China (Hangzhou)', 'Instances', 'web-2');
    const transfer = new vscode.DataTransfer();
    await session.api.dragAndDrop.handleDrag?.([spare], transfer, new vscode.CancellationTokenSource().token);
    await session.api.dragAndDrop.handleDrop?.(web2, transfer, new vscode.CancellationTokenSource().token);
    session.alsoRan('alicloudEcs.attachToInstance');
    const exported = vscode.extensions.getExtension<AlicloudEcsExplorerApi>(EXTENSION_ID)?.exports;
    session.ui.click('Attach');
    const byApi = await exported?.attachNetworkInterface(pair);
    assert.deepStrictEqual([byApi?.outcome, byApi?.code], ['failed', 'ReadOnlyMode']);
    const byTool = textOf(await vscode.lm.invokeTool('alicloud_ecs_attach_eni', { input: pair, toolInvocationToken: undefined }));
    assert.deepStrictEqual([byTool.outcome, (byTool.failure as { code: string }).code], ['refused', 'ReadOnlyMode']);
    assert.deepStrictEqual(writesSent(), []);
    const errors = session.ui.texts('fail').join('\n');
    assert.strictEqual(errors.match(/Read-only mode is on/g)?.length, 3, errors);
  });

  it('shows a command’s change as its aliyun CLI command and sends nothing while dry run is on', async () => {
    session.emulator = await useEmulator();
    await vscode.commands.executeCommand('alicloudEcs.toggleDryRun');
    try {
      session.ui.click('Attach');
      const result = (await vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface', {
        regionId: REGION,
        networkInterfaceId: SPARE_K,
        instanceId: WEB_2,
      })) as { code?: string };
      assert.strictEqual(result.code, 'DryRun');
      const shown = vscode.workspace.textDocuments.find((document) => document.uri.path.endsWith('-AttachNetworkInterface.sh'));
      assert.ok(shown, 'the dry run opened its document');
      assert.match(
        shown.getText(),
        /^# Dry run: nothing was sent\.[^\n]*\n#[^\n]*\naliyun ecs AttachNetworkInterface --RegionId cn-hangzhou --NetworkInterfaceId eni-bp17pdijfczax1huji00 --InstanceId i-bp1b8kf3yu0o4q1jh2xa\n$/,
      );
      assert.deepStrictEqual(writesSent(), []);
      assert.match(session.ui.texts('fail').join('\n'), /Dry run is on: the change was shown, not sent\./);
    } finally {
      await vscode.commands.executeCommand('alicloudEcs.toggleDryRun');
    }
    assert.deepStrictEqual(session.ui.texts('inform').slice(-1), ['Dry run is off: changes are sent again.']);
  });

  it('asks once more, naming the tag, when a write touches a resource the safety policy names, and sends nothing on no', async () => {
    session.emulator = await useEmulator();
    toolsUsed('alicloud_ecs_attach_eni');
    await setSetting('askTwiceWhenTagged', ['env=prod']);
    session.ui.dismiss();
    const result = textOf(
      await vscode.lm.invokeTool('alicloud_ecs_attach_eni', {
        input: { regionId: REGION, networkInterfaceId: SPARE_K, instanceId: WEB_2 },
        toolInvocationToken: undefined,
      }),
    );
    assert.strictEqual(result.outcome, 'failed', JSON.stringify(result));
    assert.strictEqual((result.failure as { code: string }).code, 'SafetyPolicy.Declined');
    const asked = session.ui.texts('ask').join('\n');
    assert.match(asked, /Your safety policy asks again: send AttachNetworkInterface in cn-hangzhou\?/);
    assert.match(asked, /web-2 \(i-bp1b8kf3yu0o4q1jh2xa\) is tagged env=prod\./);
    assert.deepStrictEqual(writesSent(), []);
  });
});
