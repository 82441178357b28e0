import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from './harness';
import type { TreeNode } from '../../src/explorer/nodes/treeNode';
import { generatedAccount } from '../emulator/generatedData';
import type { EcsEmulator } from '../emulator/server';
import { activateExtension, eventually, item, labels, nodeAt, setSetting, useEmulator } from './harness';
import { sentByCommandsRun } from './session';

const DEMO_REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'ap-southeast-1', 'eu-central-1'];

describe('the explorer against the emulator', () => {
  let api: ExtensionApi;
  let emulator: EcsEmulator | undefined;

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(async () => {
    await setSetting('regions', DEMO_REGIONS);
  });

  const sent = sentByCommandsRun();
  beforeEach(() => sent.start());

  afterEach(async () => {
    const checkSent = sent.taken(emulator);
    api.poller.setVisible(false);
    await vscode.commands.executeCommand('alicloudEcs.clearFilter');
    await emulator?.close();
    emulator = undefined;
    checkSent();
  });

  after(async () => {
    await setSetting('regions', undefined);
    await setSetting('endpoint', undefined);
  });

  it('lists the selected regions from DescribeRegions, by local name with the id', async () => {
    emulator = await useEmulator();
    await setSetting('regions', ['ap-southeast-1', 'cn-hangzhou', 'xx-unknown-1']);
    assert.deepStrictEqual(await labels(api), ['China (Hangzhou)', 'Singapore']);
    assert.strictEqual(item(await nodeAt(api, 'Singapore')).description, 'ap-southeast-1');
  });

  it('falls back to a small default set of regions when none is selected', async () => {
    emulator = await useEmulator();
    await setSetting('regions', undefined);
    assert.deepStrictEqual(await labels(api), ['China (Hangzhou)', 'China (Shanghai)', 'China (Beijing)', 'Singapore']);
  });

  it('shows an instance with id, status, type, zone and IP, expanding to its ENIs, primary first', async () => {
    emulator = await useEmulator();
    const web1 = await nodeAt(api, 'China (Hangzhou)', 'Instances', 'web-1');
    assert.strictEqual(item(web1).description, 'i-bp1h4adlltjc1d48goaq · Running · ecs.g7.large · cn-hangzhou-k · 172.16.181.225');
    // Run Command is offered once the region's Cloud Assistant agents are read, which may be after the row first shows.
    await eventually(
      api,
      () => item(web1).contextValue === 'instance;canRunCommand;canAttach;canStop;canReboot;hasIp',
      'web-1 to offer Run Command',
    );
    assert.strictEqual(item(web1).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const attached = (await api.treeDataProvider.getChildren(web1)).map(item);
    assert.deepStrictEqual(
      attached.map((i) => i.label),
      ['eni-bp1h4adlltjc1d48goaq', 'web-1-data', 'leaving'],
    );
    assert.strictEqual(attached[0]?.contextValue, 'eni;primary;editable;hasIp');
    assert.match(String(attached[2]?.description), /Detaching…/);
    const tooltip = attached[1]?.tooltip as vscode.MarkdownString;
    for (const text of ['vpc-bp171csbkbnjhg1bj3npw', 'vsw-bp1xgvok3myac6ctry030', 'sg-bp16q7p8yafqaure63n4', 'cn-hangzhou-k']) {
      assert.ok(tooltip.value.includes(text), `tooltip lacks ${text}`);
    }
  });

  it('shows an ENI with status, type, IP and the instance it is attached to, and its capabilities', async () => {
    emulator = await useEmulator();
    const dataNode = await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'web-1-data');
    await eventually(
      api,
      () => item(dataNode).description === 'eni-bp1bthnjjgde15lynm44 · InUse · Secondary · 172.16.181.242 +2 · → web-1',
    );
    assert.strictEqual(item(dataNode).contextValue, 'eni;ownable;detachable;configurableInGuest;editable;hasIp');
    assert.strictEqual(
      item(await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k')).contextValue,
      'eni;ownable;attachable;deletable;editable;hasIp',
    );
    assert.strictEqual(
      item(await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'nlb-managed')).contextValue,
      'eni;serviceManaged;hasIp',
    );
    const group = item(await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces'));
    assert.strictEqual(group.description, '21');
  });

  it('shows a region that fails next to healthy ones, with the code and a retry', async () => {
    emulator = await useEmulator();
    // Four answers of ServiceUnavailable outlast the automatic retries of a read.
    emulator.faults.inject(
      { kind: 'error', code: 'ServiceUnavailable' },
      { action: 'DescribeInstances', regionId: 'cn-shanghai', times: 4 },
    );
    const failed = await api.treeDataProvider.getChildren(await nodeAt(api, 'China (Shanghai)', 'Instances'));
    assert.strictEqual(failed.length, 1);
    const error = item(failed[0] as TreeNode);
    assert.strictEqual(error.label, "Couldn't load: ServiceUnavailable");
    assert.strictEqual(error.contextValue, 'message;error');
    assert.ok((await labels(api, await nodeAt(api, 'China (Hangzhou)', 'Instances'))).includes('web-1'));
    await vscode.commands.executeCommand(error.command?.command ?? '', ...(error.command?.arguments ?? []));
    assert.deepStrictEqual(await labels(api, await nodeAt(api, 'China (Shanghai)', 'Instances')), ['api-sh-1', 'api-sh-2']);
  });

  it('names on a list refused for want of permission the RAM action missing and the policy that grants it', async () => {
    emulator = await useEmulator();
    emulator.faults.inject({ kind: 'error', code: 'Forbidden.RAM' }, { action: 'DescribeNetworkInterfaces', regionId: 'cn-shanghai' });
    const failed = await api.treeDataProvider.getChildren(await nodeAt(api, 'China (Shanghai)', 'Network Interfaces'));
    const error = item(failed[0] as TreeNode);
    assert.strictEqual(error.label, "Couldn't load: Forbidden.RAM");
    assert.match(
      String(error.description),
      /This needs the RAM action ecs:DescribeNetworkInterfaces, which the policy docs\/ram\/read-only\.json grants \(unless a Deny or a condition in force refuses it\)\.$/,
    );
    assert.strictEqual(emulator.calls('DescribeNetworkInterfaces'), 1, 'a refusal is not retried');
  });

  it('shows a placeholder for an empty list', async () => {
    emulator = await useEmulator();
    assert.deepStrictEqual(await labels(api, await nodeAt(api, 'China (Beijing)', 'Instances')), ['No instances in this region']);
  });

  it('re-reads a transitional ENI until it settles, redrawing only its rows', async () => {
    emulator = await useEmulator({ delays: { attachMs: 1500 } });
    const joining = await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'joining');
    assert.match(String(item(joining).description), /Attaching…/);
    const fired: Array<TreeNode | TreeNode[] | undefined> = [];
    const listener = api.treeDataProvider.onDidChangeTreeData((change) => fired.push(change));
    api.poller.setVisible(true);
    try {
      await eventually(api, () => /InUse/.test(String(item(joining).description)));
    } finally {
      listener.dispose();
    }
    assert.ok(fired.length > 0 && fired.every((change) => Array.isArray(change)), 'only some rows were redrawn, never the whole tree');
    const redrawn = (fired as TreeNode[][]).flat().map((node) => node.id);
    assert.ok(redrawn.includes(joining.id));
  });

  it('filters by name, id, IP or tag, and says so in the view description', async () => {
    emulator = await useEmulator();
    const instances = await nodeAt(api, 'China (Hangzhou)', 'Instances');
    await vscode.commands.executeCommand('alicloudEcs.filter', 'env=prod');
    assert.deepStrictEqual(await labels(api, instances), ['web-1', 'web-2', 'legacy-erp', 'gateway']);
    assert.strictEqual(api.treeView.description, 'Filter: env=prod');
    assert.strictEqual(api.treeView.title, `Resources · endpoint ${new URL(emulator.url).host}`, 'the custom endpoint is named');
    assert.strictEqual(item(instances).description, '4 of 10');
    await vscode.commands.executeCommand('alicloudEcs.filter', '172.16.181.23');
    assert.deepStrictEqual(await labels(api, instances), ['batch-worker', 'legacy-erp', 'shop-api', 'gateway', 'old-gen']);
    await vscode.commands.executeCommand('alicloudEcs.filter', 'nothing-like-this');
    assert.deepStrictEqual(await labels(api, instances), ['Nothing matches “nothing-like-this”']);
    await vscode.commands.executeCommand('alicloudEcs.clearFilter');
    assert.strictEqual(api.treeView.description, undefined);
    assert.strictEqual((await labels(api, instances)).length, 10);
  });

  it('loads a region of 10,000 ENIs and 5,000 instances', async function () {
    // Two waits of up to a minute each: the test's own limit must hold both.
    this.timeout(150_000);
    emulator = await useEmulator({ accounts: { demo: generatedAccount({ seed: 11, instances: 5000, networkInterfaces: 10_000 }) } });
    const group = await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces');
    await eventually(api, async () => (await api.treeDataProvider.getChildren(group)).length === 10_000, 'all 10,000 ENI rows', 60_000);
    assert.strictEqual(item(group).description, '10,000');
    const instances = await nodeAt(api, 'China (Hangzhou)', 'Instances');
    await eventually(
      api,
      async () => (await api.treeDataProvider.getChildren(instances)).length === 5000,
      'all 5,000 instance rows',
      60_000,
    );
    await vscode.commands.executeCommand('alicloudEcs.filter', 'node-04999');
    assert.deepStrictEqual(await labels(api, instances), ['node-04999']);
  });

  it('copies ids and IPs, shows properties as JSON, and reveals a node', async () => {
    emulator = await useEmulator();
    const spare = await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
    await vscode.commands.executeCommand('alicloudEcs.copyId', spare);
    assert.strictEqual(await vscode.env.clipboard.readText(), 'eni-bp17pdijfczax1huji00');
    await vscode.commands.executeCommand('alicloudEcs.copyPrivateIp', spare);
    assert.strictEqual(await vscode.env.clipboard.readText(), '172.16.181.240');
    await vscode.commands.executeCommand('alicloudEcs.showProperties', spare);
    const document = vscode.window.activeTextEditor?.document;
    assert.strictEqual(document?.uri.scheme, 'alicloud-ecs');
    const properties = JSON.parse(document?.getText() ?? '{}') as Record<string, unknown>;
    assert.strictEqual(properties.NetworkInterfaceId, 'eni-bp17pdijfczax1huji00');
    assert.strictEqual(properties.MacAddress !== undefined, true);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await api.treeView.reveal(spare, { select: true });
    // The selection comes back from the workbench as an event of its own, after the reveal resolved.
    await eventually(api, () => api.treeView.selection.some((node) => node.id === spare.id), 'the revealed row selected');
    assert.deepStrictEqual(
      api.treeView.selection.map((node) => node.id),
      [spare.id],
    );
  });

  it('refreshes one ENI from ECS and keeps the node', async () => {
    emulator = await useEmulator();
    const spare = await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k-2');
    const record = emulator.account().networkInterfaces.get('eni-bp18qejkgdaby2ivkj11');
    assert.ok(record);
    record.networkInterfaceName = 'renamed-elsewhere';
    await vscode.commands.executeCommand('alicloudEcs.refreshNode', spare);
    await eventually(api, () => item(spare).label === 'renamed-elsewhere');
  });
});
