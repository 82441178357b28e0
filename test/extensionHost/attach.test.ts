import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from './harness';
import type { EcsEmulator } from '../emulator/server';
import { activateExtension, eventually, item, labels, nodeAt, setSetting, useEmulator, withPollerAtRest } from './harness';
import { RecordingUserInterface } from './recordingUserInterface';
import { SPARE_K, WEB_1, WEB_2 } from '../emulator/demoIds';
import { sentByCommandsRun } from './session';

describe('attach and detach against the emulator', () => {
  let api: ExtensionApi;
  let emulator: EcsEmulator | undefined;

  before(async () => {
    api = await activateExtension();
    await setSetting('regions', ['cn-hangzhou']);
    // No automatic round in the middle of a test that counts the calls an attach makes.
    await setSetting('autoRefreshSeconds', 0);
  });

  const sent = sentByCommandsRun();
  beforeEach(() => sent.start());

  afterEach(async () => {
    const checkSent = sent.taken(emulator);
    await emulator?.close();
    emulator = undefined;
    checkSent();
  });

  after(async () => {
    await setSetting('autoRefreshSeconds', undefined);
    await setSetting('regions', undefined);
    await setSetting('endpoint', undefined);
  });

  /** Asked for as another extension would (a command argument), and agreed to in the question that comes first. */
  const attach = async (networkInterfaceId: string, instanceId: string, ui?: RecordingUserInterface): Promise<unknown> => {
    const answering = (ui ?? new RecordingUserInterface()).clickFirst('Attach');
    api.useUserInterface(answering);
    try {
      return await vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface', {
        regionId: 'cn-hangzhou',
        networkInterfaceId,
        instanceId,
      });
    } finally {
      if (!ui) {
        api.useUserInterface(undefined);
        answering.assertAllAnswered();
      }
    }
  };

  it('checks, attaches and follows an ENI to InUse, redrawing its rows, in at most 6 API calls', async () => {
    emulator = await useEmulator({ delays: { attachMs: 1200 } });
    const spare = await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
    await api.treeDataProvider.getChildren(await nodeAt(api, 'China (Hangzhou)', 'Instances'));
    const server = emulator;
    await withPollerAtRest(api, async () => {
      server.resetCallCounts();
      await attach(SPARE_K, WEB_2);
      assert.ok(server.totalCalls() <= 6, `${server.totalCalls()} calls: ${JSON.stringify(server.received.slice(-10))}`);
    });
    assert.match(String(item(spare).description), /InUse · Secondary · 172\.16\.181\.240 · → web-2/);
    assert.strictEqual(emulator.callCounts.get('AttachNetworkInterface'), 1);
    const web2 = await nodeAt(api, 'China (Hangzhou)', 'Instances', 'web-2');
    await eventually(api, async () => (await labels(api, web2)).includes('spare-k'));
  });

  it('explains a refused attach, with its code and meaning, without calling AttachNetworkInterface', async () => {
    emulator = await useEmulator();
    await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
    const ui = new RecordingUserInterface();
    api.useUserInterface(ui);
    try {
      const outcome = (await attach(SPARE_K, WEB_1, ui)) as { kind: string; code?: string } | undefined;
      assert.strictEqual(outcome?.kind, 'refused');
      const code = outcome.code ?? '';
      const [told] = ui.texts('fail');
      assert.ok(told?.startsWith(`Couldn't attach spare-k (${SPARE_K}) to web-1 (${WEB_1}): `), told);
      assert.ok(told.includes(`(${code})`), `the notification names the code ${code}: ${told}`);
      // web-1 is at its ENI limit: the fix-it comes first.
      assert.deepStrictEqual(ui.told.find((entry) => entry.kind === 'fail')?.actions, [
        'Detach One First…',
        'Open Documentation',
        'Show Log',
      ]);
    } finally {
      api.useUserInterface(undefined);
    }
    ui.assertAllAnswered();
    assert.strictEqual(emulator.callCounts.get('AttachNetworkInterface'), undefined, 'the rules stopped it before the call');
    assert.match(String(item(await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k')).description), /Available/);
  });

  it('follows an attach that fails in ECS back to Available', async () => {
    emulator = await useEmulator({ delays: { attachMs: 800 } });
    emulator.world.failNextAttach(SPARE_K);
    const spare = await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
    await attach(SPARE_K, WEB_2);
    assert.strictEqual(emulator.callCounts.get('AttachNetworkInterface'), 1);
    assert.match(String(item(spare).description), /Available · Secondary/);
    assert.ok(!String(item(spare).description).includes('→'));
  });

  it('surfaces an error ECS answered the attach with, and re-reads the rows', async () => {
    emulator = await useEmulator();
    emulator.faults.inject({ kind: 'error', code: 'OperationConflict' }, { action: 'AttachNetworkInterface' });
    await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
    const outcome = (await attach(SPARE_K, WEB_2)) as { kind: string; code?: string } | undefined;
    assert.strictEqual(outcome?.kind, 'error');
    assert.strictEqual(outcome.code, 'OperationConflict');
    assert.strictEqual(emulator.calls('AttachNetworkInterface'), 1, 'an attach is never retried blindly');
    const after = emulator.callOrder.slice(emulator.callOrder.lastIndexOf('AttachNetworkInterface') + 1);
    assert.ok(
      after.includes('DescribeNetworkInterfaces'),
      `the ENI was read again after the error; after the attach came: ${after.join(', ')}`,
    );
  });

  for (const lost of [
    { kind: 'reset', afterAction: true },
    { kind: 'error', code: 'InternalError', afterAction: true },
  ] as const) {
    it(`continues from what the ENI shows when ECS attached but the answer was lost (${lost.kind})`, async () => {
      emulator = await useEmulator({ delays: { attachMs: 600 } });
      const spare = await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
      emulator.faults.inject(lost, { action: 'AttachNetworkInterface' });
      const outcome = (await attach(SPARE_K, WEB_2)) as { kind: string } | undefined;
      assert.strictEqual(outcome?.kind, 'attached');
      assert.match(String(item(spare).description), /InUse/);
      assert.strictEqual(emulator.calls('AttachNetworkInterface'), 1, 'the attach reached ECS once and was never sent again');
    });
  }

  it('never attaches the same ENI twice at once', async () => {
    emulator = await useEmulator({ delays: { attachMs: 800 } });
    await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
    const ui = new RecordingUserInterface();
    try {
      await Promise.all([attach(SPARE_K, WEB_2, ui), attach(SPARE_K, 'i-bp1gw4x7c2v9b3n5m1kq', ui)]);
    } finally {
      api.useUserInterface(undefined);
    }
    ui.assertAllAnswered();
    assert.strictEqual(emulator.callCounts.get('AttachNetworkInterface'), 1);
  });
});
