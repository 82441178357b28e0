import * as vscode from 'vscode';
import type { EcsEmulator } from '../emulator/server';
import type { ExtensionApi } from './harness';
import { activateExtension, eventually, item, labels, nodeAt, setSetting, useEmulator } from './harness';

describe('changes made elsewhere appear by themselves', function () {
  this.timeout(90_000);
  let api: ExtensionApi;
  let emulator: EcsEmulator | undefined;

  before(async () => {
    api = await activateExtension();
    await setSetting('regions', ['cn-hangzhou']);
  });

  after(async () => {
    await emulator?.close();
    await setSetting('autoRefreshSeconds', undefined);
    await setSetting('regions', undefined);
    await setSetting('endpoint', undefined);
  });

  it('shows a rename and a new ENI made through the SDK directly, without Refresh, while the view is visible', async () => {
    emulator = await useEmulator();
    await setSetting('autoRefreshSeconds', 15);
    await vscode.commands.executeCommand('alicloudEcs.resources.focus');
    const group = await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces');
    await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
    // Loaded here, not with the file: the activation test checks that nothing loaded the SDK before it.
    const { adapterFor } = await import('../contract/helpers');
    const elsewhere = adapterFor(emulator);
    await elsewhere.modifyNetworkInterfaceAttribute('cn-hangzhou', 'eni-bp17pdijfczax1huji00', { name: 'renamed-elsewhere' });
    await elsewhere.createNetworkInterface({
      regionId: 'cn-hangzhou',
      vSwitchId: 'vsw-bp1xgvok3myac6ctry030',
      securityGroupIds: ['sg-bp16q7p8yafqaure63n4'],
      name: 'made-elsewhere',
    });
    const server = emulator;
    const readsBefore = server.calls('DescribeNetworkInterfaces');
    await eventually(
      api,
      async () => {
        const shown = await labels(api, group);
        return shown.includes('renamed-elsewhere') && shown.includes('made-elsewhere') && !shown.includes('spare-k');
      },
      'the rename and the new ENI in the tree',
      45_000,
    );
    if (server.calls('DescribeNetworkInterfaces') === readsBefore) {
      throw new Error('the tree changed without reading ECS');
    }
  });

  it('keeps a selected row whose ENI was deleted elsewhere, saying so, until the selection moves on', async () => {
    emulator ??= await useEmulator();
    const { adapterFor } = await import('../contract/helpers');
    const elsewhere = adapterFor(emulator);
    const created = await elsewhere.createNetworkInterface({
      regionId: 'cn-hangzhou',
      vSwitchId: 'vsw-bp1xgvok3myac6ctry030',
      securityGroupIds: ['sg-bp16q7p8yafqaure63n4'],
      name: 'doomed',
    });
    const group = await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces');
    await eventually(
      api,
      async () => (await api.store.reloadLoaded(), (await labels(api, group)).includes('doomed')),
      'the new ENI',
      30_000,
    );
    const doomed = await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'doomed');
    await api.treeView.reveal(doomed, { select: true, focus: true });
    await elsewhere.deleteNetworkInterface('cn-hangzhou', created.networkInterfaceId);
    await eventually(
      api,
      async () => {
        await api.store.reloadLoaded();
        const row = (await api.treeDataProvider.getChildren(group)).find((node) => node.id === doomed.id);
        return row !== undefined && item(row).description === 'no longer exists';
      },
      'the selected row saying its ENI no longer exists',
      30_000,
    );
    await api.treeView.reveal(await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k-2'), { select: true });
    await eventually(
      api,
      async () => (await api.treeDataProvider.getChildren(group)).every((node) => node.id !== doomed.id),
      'the row gone once another is selected',
    );
  });

  it('keeps a selected ENI row under an instance it was detached from elsewhere, saying so', async () => {
    emulator ??= await useEmulator();
    const { adapterFor } = await import('../contract/helpers');
    const elsewhere = adapterFor(emulator);
    const web2 = await nodeAt(api, 'China (Hangzhou)', 'Instances', 'web-2');
    const spare = 'eni-bp18qejkgdaby2ivkj11';
    await elsewhere.attachNetworkInterface('cn-hangzhou', spare, 'i-bp1b8kf3yu0o4q1jh2xa');
    await eventually(
      api,
      async () => (
        await api.store.reloadLoaded(),
        (await labels(api, web2)).includes('spare-k-2') && api.store.region('cn-hangzhou').networkInterfaces.get(spare)?.status === 'InUse'
      ),
      'spare-k-2 attached to web-2',
      30_000,
    );
    const row = await nodeAt(api, 'China (Hangzhou)', 'Instances', 'web-2', 'spare-k-2');
    await api.treeView.reveal(row, { select: true, focus: true });
    await elsewhere.detachNetworkInterface('cn-hangzhou', spare, 'i-bp1b8kf3yu0o4q1jh2xa');
    await eventually(
      api,
      async () => {
        await api.store.reloadLoaded();
        const kept = (await api.treeDataProvider.getChildren(web2)).find((node) => node.id === row.id);
        return kept !== undefined && item(kept).description === 'no longer attached here';
      },
      'the selected row saying the ENI is no longer attached here',
      30_000,
    );
  });
});
