import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { eventually, nodeAt, setSetting, useEmulator } from './harness';
import { recordingSession } from './session';
import { SPARE_K, WEB_2 } from '../emulator/demoIds';

describe('the Activity view: Retry, and names as the store knows them', () => {
  const session = recordingSession();

  it('attaches again the very ENI and instance the row names, every check made again, with no question from "another extension"', async () => {
    session.emulator = await useEmulator({ delays: { attachMs: 300 } });
    const activity = session.api.operations.activity;
    activity.clear();
    await nodeAt(session.api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
    session.emulator.faults.inject({ kind: 'error', code: 'OperationConflict' }, { action: 'AttachNetworkInterface' });
    session.ui.click('Attach');
    await vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface', {
      regionId: 'cn-hangzhou',
      networkInterfaceId: SPARE_K,
      instanceId: WEB_2,
    });
    const [failed] = session.api.activityProvider.getChildren();
    assert.deepStrictEqual([failed?.entry.status, failed?.entry.resourceIds], ['failed', [SPARE_K, WEB_2]]);
    const asked = session.ui.texts('ask').length;
    await vscode.commands.executeCommand('alicloudEcs.activity.retry', failed);
    await eventually(session.api, () => activity.entries[0]?.status === 'succeeded', 'the retried attach to succeed');
    assert.strictEqual(session.ui.texts('ask').length, asked, 'Retry is the user’s own click: it asks nothing more');
    assert.strictEqual(session.emulator.calls('AttachNetworkInterface'), 2);
    assert.deepStrictEqual(activity.entries[0]?.resourceIds, [SPARE_K, WEB_2]);
  });

  it('draws an entry again with the names of its resources once their region loads (after a window reload they were ids)', async () => {
    session.emulator = await useEmulator();
    const activity = session.api.operations.activity;
    activity.clear();
    const shSpare = 'eni-uf6d4e5f6g7h8i9j0k1l';
    await activity.record(
      {
        request: { action: 'DeleteNetworkInterface', regionId: 'cn-shanghai', params: [['NetworkInterfaceId', shSpare]] },
        resourceIds: [shSpare],
      },
      async () => 'request-1',
      (requestId) => ({ requestId }),
    );
    const provider = session.api.activityProvider;
    const label = (): unknown => provider.getTreeItem(provider.getChildren()[0] as never).label;
    assert.strictEqual(label(), `Delete ${shSpare}`, 'the region is not loaded: the id');
    let redrawn = 0;
    const listener = provider.onDidChangeTreeData(() => (redrawn += 1));
    try {
      await setSetting('regions', ['cn-hangzhou', 'cn-shanghai']);
      await nodeAt(session.api, 'China (Shanghai)', 'Network Interfaces', 'sh-spare-e');
      assert.ok(redrawn > 0, 'the view was told to draw again');
      assert.strictEqual(label(), 'Delete sh-spare-e');
    } finally {
      listener.dispose();
      await setSetting('regions', ['cn-hangzhou']);
    }
  });
});
