import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { eventually, nodeAt, useEmulator } from './harness';
import { recordingSession } from './session';
import { SPARE_K, WEB_2 } from '../emulator/demoIds';

describe('Retry in the Activity view', () => {
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
});
