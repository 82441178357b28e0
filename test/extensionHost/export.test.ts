import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { parse } from '@cdktf/hcl2json';
import { nodeAt, useEmulator } from './harness';
import { recordingSession } from './session';

const HANGZHOU = 'China (Hangzhou)';

describe('export: Copy as aliyun CLI Command, Copy as Terraform, and every address of an ENI', () => {
  const session = recordingSession();

  it('copies the describe command of an ENI row and of an instance row', async () => {
    session.emulator = await useEmulator();
    const eni = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k');
    await vscode.commands.executeCommand('alicloudEcs.copyAsCli', eni);
    const instance = await nodeAt(session.api, HANGZHOU, 'Instances', 'web-1');
    await vscode.commands.executeCommand('alicloudEcs.copyAsCli', instance);
    assert.deepStrictEqual(session.ui.texts('copy'), [
      'aliyun ecs DescribeNetworkInterfaces --RegionId cn-hangzhou --NetworkInterfaceId.1 eni-bp17pdijfczax1huji00',
      `aliyun ecs DescribeInstances --RegionId cn-hangzhou --InstanceIds '["i-bp1h4adlltjc1d48goaq"]'`,
    ]);
  });

  it('opens Terraform for the selected ENIs, an attached one with its attachment, and leaves a primary one out, saying so', async () => {
    session.emulator = await useEmulator();
    const spare = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k');
    const attached = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'web-1-data');
    const primary = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'eni-bp1h4adlltjc1d48goaq');
    await vscode.commands.executeCommand('alicloudEcs.copyAsTerraform', spare, [spare, attached, primary]);
    const [document] = session.ui.told.filter((told) => told.kind === 'document');
    assert.ok(document, 'no document was opened');
    assert.deepStrictEqual(document.actions, ['terraform']);
    const parsed = (await parse('export.tf', document.text)) as {
      resource: Record<string, Record<string, unknown>>;
      import: Array<{ id: string }>;
    };
    assert.deepStrictEqual(Object.keys(parsed.resource).sort(), [
      'alicloud_ecs_network_interface',
      'alicloud_ecs_network_interface_attachment',
    ]);
    assert.deepStrictEqual(parsed.import.map((block) => block.id).sort(), [
      'eni-bp17pdijfczax1huji00',
      'eni-bp1bthnjjgde15lynm44',
      'eni-bp1bthnjjgde15lynm44:i-bp1h4adlltjc1d48goaq',
    ]);
    assert.match(session.ui.texts('warn').join('\n'), /Left out of the Terraform: eni-bp1h4adlltjc1d48goaq\./);
  });

  it('offers every address of an ENI with secondary, IPv6 and public ones when copying its IP', async () => {
    session.emulator = await useEmulator();
    const eni = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'web-1-data');
    let offered: string[] = [];
    session.ui.answer((_prompt, _actions, choices) => {
      const items = choices as readonly vscode.QuickPickItem[];
      offered = items.map((choice) => `${choice.label} ${choice.description ?? ''}`);
      return items.find((choice) => choice.description === 'IPv6');
    });
    await vscode.commands.executeCommand('alicloudEcs.copyPrivateIp', eni);
    assert.strictEqual(offered[0], '172.16.181.242 primary private IPv4');
    assert.ok(offered.filter((text) => text.endsWith('secondary private IPv4')).length >= 1, offered.join('; '));
    assert.ok(
      offered.some((text) => text.endsWith('public IP')),
      offered.join('; '),
    );
    const [copied] = session.ui.texts('copy');
    assert.ok(copied?.includes(':'), `copied ${copied}, not an IPv6 address`);
  });
});
