import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { AlicloudEcsExplorerApi } from '../../api/alicloud-ecs-explorer';
import { EXTENSION_ID, useEmulator } from './harness';
import { recordingSession } from './session';
import { SPARE_K_2, WEB_1_DATA, WEB_2 } from '../emulator/demoIds';

/** Running, of a type that takes an ENI only while Stopped. */
const SHOP_API = 'i-bp1shop8t6c1m2burst';

describe('the documented API, as another extension reaches it', () => {
  const session = recordingSession();
  let api: AlicloudEcsExplorerApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<AlicloudEcsExplorerApi>(EXTENSION_ID);
    assert.ok(extension);
    api = await extension.activate();
    assert.strictEqual(api.apiVersion, 2);
  });

  it('hands out the API only: no tree provider, poller, log or connection', () => {
    assert.deepStrictEqual(Object.keys(api).sort(), [
      'apiVersion',
      'attachNetworkInterface',
      'detachNetworkInterface',
      'listInstances',
      'listNetworkInterfaces',
      'onDidChangeResources',
      'previewAttach',
      'writeMode',
    ]);
  });

  it('previews an attach with only reads and no question: the stop and start a stopped-only type needs, or the codes that refuse it', async () => {
    session.emulator = await useEmulator();
    session.alsoRan('tool.alicloud_ecs_check_attach');
    const preview = await api.previewAttach({ regionId: 'cn-hangzhou', networkInterfaceId: SPARE_K_2, instanceId: SHOP_API });
    assert.strictEqual(preview.outcome, 'plan');
    assert.deepStrictEqual(preview.outcome === 'plan' && preview.calls.map((call) => [call.action, call.parameters['InstanceId']]), [
      ['StopInstance', SHOP_API],
      ['AttachNetworkInterface', SHOP_API],
      ['StartInstance', SHOP_API],
    ]);
    assert.deepStrictEqual(await api.previewAttach({ regionId: 'cn-hangzhou', networkInterfaceId: 'nope', instanceId: SHOP_API }), {
      outcome: 'invalidArgument',
      field: 'networkInterfaceId',
    });
    const refused = await api.previewAttach({ regionId: 'cn-hangzhou', networkInterfaceId: WEB_1_DATA, instanceId: WEB_2 });
    assert.deepStrictEqual(refused.outcome === 'refused' && refused.codes.length > 0, true, JSON.stringify(refused));
    assert.deepStrictEqual(api.writeMode(), { readOnly: false, dryRun: false });
    assert.deepStrictEqual(
      [...session.emulator.callCounts.keys()].filter((action) => !action.startsWith('Describe')),
      [],
    );
    assert.deepStrictEqual(session.ui.texts('ask'), []);
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
      session.ui.click('Attach');
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
      const [attachQuestion, detachQuestion] = session.ui.texts('ask');
      assert.match(attachQuestion ?? '', /^Attach spare-k-2 \(eni-\w+\) to web-2 \(i-\w+\) in cn-hangzhou\? Another extension/);
      assert.match(detachQuestion ?? '', /^Detach spare-k-2 \(eni-\w+\) from web-2 \(i-\w+\)\? Another extension/);
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

  it('sends nothing when the user declines what another extension asked: an attach asks first, naming both', async () => {
    session.emulator = await useEmulator();
    session.ui.dismiss();
    const declined = await api.attachNetworkInterface({ regionId: 'cn-hangzhou', networkInterfaceId: SPARE_K_2, instanceId: WEB_2 });
    assert.deepStrictEqual(declined, { outcome: 'cancelled' });
    assert.strictEqual(session.emulator.calls('AttachNetworkInterface'), 0);
    assert.match(session.ui.texts('ask')[0] ?? '', /spare-k-2 .* web-2 .* Another extension \(or a keybinding\) asked for this/);
  });

  it('names the ENI, the instance and the other extension when the attach needs the instance stopped', async () => {
    session.emulator = await useEmulator();
    session.ui.click('Attach').dismiss();
    const result = await api.attachNetworkInterface({ regionId: 'cn-hangzhou', networkInterfaceId: SPARE_K_2, instanceId: SHOP_API });
    assert.strictEqual(result.outcome, 'refused', 'the stop question was dismissed: nothing is stopped');
    const [, stopQuestion] = session.ui.texts('ask');
    assert.match(
      stopQuestion ?? '',
      /Stop shop-api \(i-bp1shop8t6c1m2burst\), attach spare-k-2 \(eni-\w+\), and start it again\? Another extension/,
    );
    assert.strictEqual(session.emulator.calls('StopInstance'), 0);
  });

  it('reports a refusal with its code: the ENI is already attached', async () => {
    session.emulator = await useEmulator();
    session.ui.click('Attach');
    const result = await api.attachNetworkInterface({
      regionId: 'cn-hangzhou',
      networkInterfaceId: 'eni-bp1bthnjjgde15lynm44',
      instanceId: WEB_2,
    });
    assert.deepStrictEqual(result, { outcome: 'refused', code: 'InvalidOperation.InvalidEniState' });
  });
});
