import * as vscode from 'vscode';
import type { EcsEmulator } from '../emulator/server';
import type { ExtensionApi } from './harness';
import { activateExtension, eventually, labels, nodeAt, setSetting, useEmulator } from './harness';

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
});
