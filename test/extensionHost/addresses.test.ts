import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ActivityEntry } from '../../src/activity/activityEntry';
import { secondaryPrivateIps } from '../../src/domain/networkInterface';
import { eventually, item, labels, nodeAt, setSetting, useEmulator } from './harness';
import { recordingSession } from './session';
import { SPARE_K } from '../emulator/demoIds';

const HANGZHOU = 'China (Hangzhou)';

describe('addresses, security groups, the filter and the activity record, against the emulator', () => {
  const session = recordingSession();
  const eniNow = (id: string) => session.api.store.region('cn-hangzhou').networkInterfaces.get(id);
  const tooltip = (node: Parameters<typeof item>[0]): string => (item(node).tooltip as vscode.MarkdownString).value;

  it('builds the tooltip of an instance when it is hovered: its ENIs used of allowed, and their addresses', async () => {
    session.alsoRan('view');
    session.emulator = await useEmulator();
    const web1 = await nodeAt(session.api, HANGZHOU, 'Instances', 'web-1');
    await session.api.treeDataProvider.getChildren(web1);
    const shown = item(web1);
    assert.strictEqual(shown.tooltip, undefined, 'rendering a row reads no ENI list for its tooltip');
    const resolved = await session.api.treeDataProvider.resolveTreeItem(shown, web1);
    const text = (resolved.tooltip as vscode.MarkdownString).value;
    assert.match(text, /\| Network interfaces \| 3 of 3 \|/);
    assert.match(text, /172\.16\.181\.250 \(secondary private IPv4\)/);
  });

  it('assigns two secondary private IPs by count, shows them, and unassigns one after asking', async () => {
    session.emulator = await useEmulator();
    const row = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k');
    session.ui.type('2');
    assert.strictEqual(await vscode.commands.executeCommand('alicloudEcs.assignPrivateIps', row), true);
    const assigned = secondaryPrivateIps(eniNow(SPARE_K) ?? { privateIpSets: [] });
    assert.strictEqual(assigned.length, 2);
    assert.match(tooltip(row), new RegExp(assigned.map((ip) => ip.replaceAll('.', '\\.')).join(', ')));
    assert.match(String(item(row).description), /172\.16\.181\.240 \+2/);
    session.ui.pickLabelled(assigned[0] ?? '').click('Unassign');
    assert.strictEqual(await vscode.commands.executeCommand('alicloudEcs.unassignPrivateIps', row), true);
    assert.deepStrictEqual(secondaryPrivateIps(eniNow(SPARE_K) ?? { privateIpSets: [] }), assigned.slice(1));
    assert.strictEqual(session.ui.texts('ask').length, 1);
  });

  it('checks typed addresses as they are typed: outside the vSwitch, and in use, are refused with their codes', async () => {
    session.emulator = await useEmulator();
    const row = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k');
    session.ui.type('10.9.9.9').type('172.16.181.242');
    await vscode.commands.executeCommand('alicloudEcs.assignPrivateIps', row);
    await vscode.commands.executeCommand('alicloudEcs.assignPrivateIps', row);
    const refused = session.ui.texts('refused');
    assert.match(refused[0] ?? '', /InvalidVSwitchId\.IpInvalid/);
    assert.match(refused[1] ?? '', /InvalidIp\.IpAssigned/);
    assert.strictEqual(session.emulator.calls('AssignPrivateIpAddresses'), 0);
  });

  it('says before asking anything that a vSwitch without IPv6 takes no IPv6 address', async () => {
    session.emulator = await useEmulator();
    const row = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'other-vpc');
    await vscode.commands.executeCommand('alicloudEcs.assignIpv6Addresses', row);
    assert.match(session.ui.texts('fail').join('\n'), /InvalidVSwitch\.Ipv6NotTurnOn/);
    assert.strictEqual(session.ui.texts('input').length, 0);
  });

  it('changes security groups with the current ones ticked, names them in the tooltip, and shows the rules of a group', async () => {
    session.emulator = await useEmulator();
    const row = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k');
    let ticked: string[] = [];
    session.ui.answer((_prompt, _actions, choices) => {
      const items = choices as ReadonlyArray<vscode.QuickPickItem & { picked?: boolean }>;
      ticked = items.filter((choice) => choice.picked).map((choice) => choice.label);
      return items.filter((choice) => choice.label === 'web-servers' || choice.label === 'db-access');
    });
    assert.strictEqual(await vscode.commands.executeCommand('alicloudEcs.changeSecurityGroups', row), true);
    assert.deepStrictEqual(ticked, ['web-servers']);
    assert.deepStrictEqual([...(eniNow(SPARE_K)?.securityGroupIds ?? [])].sort(), ['sg-bp16q7p8yafqaure63n4', 'sg-bp1db4cc3ss6r8t0y2u5']);
    await eventually(session.api, () => /db-access \(sg-bp1db4cc3ss6r8t0y2u5\)/.test(tooltip(row)), 'the group names in the tooltip');
    assert.strictEqual(session.ui.texts('ask').length, 0, 'adding a group asks nothing more');
    session.ui.pickLabelled('db-access').click('Change Security Groups');
    assert.strictEqual(await vscode.commands.executeCommand('alicloudEcs.changeSecurityGroups', row), true);
    assert.match(session.ui.texts('ask')[0] ?? '', /^Take sg-bp16q7p8yafqaure63n4 out of spare-k/);
    assert.deepStrictEqual(eniNow(SPARE_K)?.securityGroupIds, ['sg-bp1db4cc3ss6r8t0y2u5']);
    // One group is left: its rules show without a pick.
    await vscode.commands.executeCommand('alicloudEcs.showSecurityGroupRules', row);
    const text = vscode.window.activeTextEditor?.document.getText() ?? '';
    assert.match(text, /^# db-access \(sg-bp1db4cc3ss6r8t0y2u5\)/);
    assert.match(text, /## Inbound\n\n\| Priority \| Policy \| Protocol \| Ports \| Source \| Description \|/);
    assert.match(text, /## Outbound/);
  });

  it('filters by a secondary address and by qualifiers, all terms together, and says what is active', async () => {
    session.emulator = await useEmulator();
    const group = await nodeAt(session.api, HANGZHOU, 'Network Interfaces');
    const dataRow = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'web-1-data');
    const secondary = secondaryPrivateIps(eniNow('eni-bp1bthnjjgde15lynm44') ?? { privateIpSets: [] })[0] ?? '';
    try {
      await vscode.commands.executeCommand('alicloudEcs.filter', secondary);
      assert.deepStrictEqual(await labels(session.api, group), ['web-1-data']);
      await vscode.commands.executeCommand('alicloudEcs.filter', 'status:Available sg:web-servers');
      const shown = await labels(session.api, group);
      assert.ok(shown.includes('spare-k') && !shown.includes('web-1-data') && !shown.includes('other-vpc'), shown.join(', '));
      assert.strictEqual(session.api.treeView.description, 'Filter: status Available · security group web-servers');
      assert.ok(dataRow);
    } finally {
      await vscode.commands.executeCommand('alicloudEcs.clearFilter');
    }
  });

  it('records each write in the activity, a fix-it as a plan with its steps, and exports one as an aliyun CLI command', async () => {
    session.emulator = await useEmulator();
    const activity = session.api.operations.activity;
    activity.clear();
    session.ui.click('Attach');
    await vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface', {
      regionId: 'cn-hangzhou',
      networkInterfaceId: 'eni-bp18qejkgdaby2ivkj11',
      instanceId: 'i-bp1b8kf3yu0o4q1jh2xa',
    });
    session.ui
      .click('Attach')
      .clickOn(/^Couldn't attach/, 'Reboot, then Attach')
      .click('Reboot, then Attach');
    await vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface', {
      regionId: 'cn-hangzhou',
      networkInterfaceId: SPARE_K,
      instanceId: 'i-bp1legacy0startz7k2c',
    });
    await eventually(
      session.api,
      () => activity.entries.every((entry) => entry.status !== 'running') && activity.entries.length === 2,
      'both entries settled',
      30_000,
    );
    const [plan, attach] = activity.entries as [ActivityEntry, ActivityEntry];
    assert.strictEqual(attach.kind === 'write' && attach.action, 'AttachNetworkInterface');
    assert.strictEqual(attach.status, 'succeeded');
    assert.ok(attach.kind === 'write' && attach.requestId);
    assert.strictEqual(plan.kind, 'plan');
    assert.deepStrictEqual(plan.kind === 'plan' && plan.children.map((child) => child.kind === 'write' && child.action), [
      'RebootInstance',
      'AttachNetworkInterface',
    ]);
    assert.strictEqual(plan.status, 'succeeded');
    const [attachRow] = session.api.activityProvider.getChildren().slice(1);
    await vscode.commands.executeCommand('alicloudEcs.activity.copyAsCli', attachRow);
    assert.deepStrictEqual(session.ui.texts('copy'), [
      'aliyun ecs AttachNetworkInterface --RegionId cn-hangzhou --NetworkInterfaceId eni-bp18qejkgdaby2ivkj11 --InstanceId i-bp1b8kf3yu0o4q1jh2xa',
    ]);
  });

  it('groups network interfaces by VPC and vSwitch, with counts and free addresses, reveals into them, and lists them flat again', async () => {
    session.emulator = await useEmulator();
    session.alsoRan('alicloudEcs.groupByNetwork');
    const provider = session.api.treeDataProvider;
    await setSetting('networkInterfaceGrouping', 'network');
    try {
      const group = await nodeAt(session.api, HANGZHOU, 'Network Interfaces');
      const vpcs = await provider.getChildren(group);
      const prod = vpcs.find((node) => item(node).label === 'vpc-bp171csbkbnjhg1bj3npw');
      assert.ok(prod, vpcs.map((node) => String(item(node).label)).join(', '));
      const vSwitches = await provider.getChildren(prod);
      const prodK = vSwitches.find((node) => item(node).label === 'prod-k');
      assert.ok(prodK);
      assert.match(String(item(prodK).description), /^vsw-bp1xgvok3myac6ctry030 · cn-hangzhou-k · \d+ network interfaces · \d+ free IPs$/);
      assert.ok((await labels(session.api, prodK)).includes('spare-k'));
      await session.api.operations.reveal('cn-hangzhou', SPARE_K);
      // The selection comes back from the workbench as an event of its own, after the reveal resolved.
      await eventually(session.api, () => session.api.treeView.selection[0]?.parent === prodK, 'spare-k selected under prod-k');
      await setSetting('networkInterfaceGrouping', undefined);
      assert.ok((await labels(session.api, group)).includes('spare-k'), 'flat again');
    } finally {
      await setSetting('networkInterfaceGrouping', undefined);
      // The reveal showed the view, which wakes the transition poller: hide it again, as the other suites expect.
      await vscode.commands.executeCommand('workbench.view.explorer');
    }
  });
});
