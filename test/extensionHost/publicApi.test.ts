import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { AlicloudEcsExplorerApi } from '../../api/alicloud-ecs-explorer';
import { EXTENSION_ID, useEmulator } from './harness';
import { recordingSession } from './session';
import { SPARE_K_2, WEB_2 } from '../emulator/demoIds';

describe('the documented API, as another extension reaches it', () => {
  const session = recordingSession();
  let api: AlicloudEcsExplorerApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<AlicloudEcsExplorerApi>(EXTENSION_ID);
    assert.ok(extension);
    api = await extension.activate();
    assert.strictEqual(api.apiVersion, 1);
  });

  it('hands out the API only: no tree provider, poller, log or connection', () => {
    assert.deepStrictEqual(Object.keys(api).sort(), [
      'apiVersion',
      'attachNetworkInterface',
      'detachNetworkInterface',
      'listInstances',
      'listNetworkInterfaces',
      'onDidChangeResources',
    ]);
  });

  it('lists a region, attaches and detaches (the detach asked first), and tells of the changes', async () => {
    session.emulator = await useEmulator();
    const enis = await api.listNetworkInterfaces('cn-hangzhou');
    const spare = enis.find((eni) => eni.networkInterfaceId === SPARE_K_2);
    assert.deepStrictEqual(spare && { status: spare.status, instanceId: spare.instanceId }, { status: 'Available', instanceId: '' });
    assert.ok((await api.listInstances('cn-hangzhou')).some((instance) => instance.name === 'web-2'));
    const changes: string[] = [];
    const listener = api.onDidChangeResources((change) => changes.push(change.regionId));
    try {
      assert.deepStrictEqual(
        await api.attachNetworkInterface({ regionId: 'cn-hangzhou', networkInterfaceId: SPARE_K_2, instanceId: WEB_2 }),
        {
          outcome: 'done',
        },
      );
      assert.ok(changes.includes('cn-hangzhou'), 'no change event after the attach');
      const attached = (await api.listNetworkInterfaces('cn-hangzhou')).find((eni) => eni.networkInterfaceId === SPARE_K_2);
      assert.strictEqual(attached?.instanceId, WEB_2);
      session.ui.click('Detach');
      assert.deepStrictEqual(await api.detachNetworkInterface({ regionId: 'cn-hangzhou', networkInterfaceId: SPARE_K_2 }), {
        outcome: 'done',
      });
      assert.strictEqual(session.ui.texts('ask').length, 1, 'the detach did not ask the user');
    } finally {
      listener.dispose();
    }
  });

  it('refuses malformed arguments, naming the field, and sends nothing', async () => {
    session.emulator = await useEmulator();
    const server = session.emulator;
    const before = server.calls('AttachNetworkInterface') + server.calls('DetachNetworkInterface');
    assert.deepStrictEqual(
      await api.attachNetworkInterface({ regionId: 'cn-hangzhou', networkInterfaceId: 'eni-; rm -rf', instanceId: WEB_2 }),
      {
        outcome: 'invalidArgument',
        field: 'networkInterfaceId',
      },
    );
    assert.deepStrictEqual(await api.detachNetworkInterface(null as never), { outcome: 'invalidArgument', field: 'request' });
    await assert.rejects(api.listNetworkInterfaces('../etc'), /regionId/);
    assert.strictEqual(server.calls('AttachNetworkInterface') + server.calls('DetachNetworkInterface'), before);
  });

  it('reports a refusal with its code: the ENI is already attached', async () => {
    session.emulator = await useEmulator();
    const result = await api.attachNetworkInterface({
      regionId: 'cn-hangzhou',
      networkInterfaceId: 'eni-bp1bthnjjgde15lynm44',
      instanceId: WEB_2,
    });
    assert.deepStrictEqual(result, { outcome: 'refused', code: 'InvalidOperation.InvalidEniState' });
  });
});
