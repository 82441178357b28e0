import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { attachOne } from '../../src/commands/operations/attachOperation';
import type { OperationContext } from '../../src/commands/kit/operationContext';
import { runStopAttachStart } from '../../src/commands/attach/stopAttachStart';
import type { Instance } from '../../src/domain/instance';
import type { NetworkInterface } from '../../src/domain/networkInterface';
import type { ProgressReport } from '../../src/ui/userInterface';
import type { EcsEmulator } from '../emulator/server';
import { RecordingUserInterface } from './recordingUserInterface';
import { activateExtension, type ExtensionApi, nodeAt, setSetting, useEmulator } from './harness';
import { SPARE_K, WEB_1_DATA, WEB_2 } from '../emulator/demoIds';
import { sentByCommandsRun } from './session';

const REGION = 'cn-hangzhou';
/** Running, of a type (ecs.t6-c1m2.large) that takes an ENI only while Stopped. */
const SHOP_API = 'i-bp1shop8t6c1m2burst';
const FAST = { attachMs: 300, detachMs: 300, startMs: 300, stopMs: 300 };

/** The commands' working parts as the extension built them, with a settle time the test chooses. */
const operations = (api: ExtensionApi, settleMs = 20_000): OperationContext => ({ ...api.operations, settleTimeoutMs: () => settleMs });

/** A progress that cancels its token the first time a report matches `when`, and keeps every report. */
function cancelling(when: RegExp): ProgressReport & { readonly reports: string[] } {
  const source = new vscode.CancellationTokenSource();
  const reports: string[] = [];
  return {
    reports,
    token: source.token,
    report: (message) => {
      reports.push(message);
      if (when.test(message)) {
        source.cancel();
      }
    },
  };
}

describe('trust: writes that cannot hurt', () => {
  let api: ExtensionApi;
  let emulator: EcsEmulator | undefined;

  before(async () => {
    api = await activateExtension();
    await setSetting('regions', [REGION]);
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
    await setSetting('regions', undefined);
    await setSetting('endpoint', undefined);
  });

  const shopApi = async (): Promise<Instance> => {
    const [instance] = (await api.store.readFresh(REGION, [SHOP_API], [])).instances;
    assert.ok(instance, 'shop-api exists');
    return instance;
  };
  const spareK = async (): Promise<NetworkInterface> => {
    const [eni] = (await api.store.readFresh(REGION, [], [SPARE_K])).networkInterfaces;
    assert.ok(eni, 'spare-k exists');
    return eni;
  };
  const statusOf = async (instanceId: string): Promise<string | undefined> =>
    (await api.store.readFresh(REGION, [instanceId], [])).instances[0]?.status;

  describe('stop, attach and start always starts the instance again', () => {
    beforeEach(() => sent.alsoRan('fixIt.stopAttachStart'));

    it('when the attach step fails with an error ECS answered after the stop', async () => {
      emulator = await useEmulator({ delays: FAST });
      emulator.faults.inject({ kind: 'error', code: 'InternalError' }, { action: 'AttachNetworkInterface' });
      const progress = cancelling(/^$/);
      const result = await runStopAttachStart(operations(api), REGION, await spareK(), await shopApi(), progress);
      assert.strictEqual(result.outcome.kind, 'error');
      assert.strictEqual(result.instanceRestored, true);
      assert.strictEqual(emulator.calls('StopInstance'), 1);
      assert.strictEqual(emulator.calls('AttachNetworkInterface'), 1, 'the attach was sent once and never again blindly');
      assert.strictEqual(emulator.calls('StartInstance'), 1);
      assert.strictEqual(await statusOf(SHOP_API), 'Running');
      assert.match(
        result.state,
        /shop-api \(i-bp1shop8t6c1m2burst\) is Running; spare-k \(eni-bp17pdijfczax1huji00\) is Available, not attached/,
      );
    });

    it('when the network fails on every read after the stop, so the attach step throws', async () => {
      emulator = await useEmulator({ delays: FAST });
      const instance = await shopApi();
      const eni = await spareK();
      // After the stop is accepted, the next reads of ENIs fail (the adapter tries each read four times).
      emulator.faults.inject({ kind: 'reset' }, { action: 'DescribeNetworkInterfaces', times: 4 });
      const progress = cancelling(/^$/);
      const result = await runStopAttachStart(operations(api), REGION, eni, instance, progress);
      assert.strictEqual(result.outcome.kind, 'error');
      assert.strictEqual(emulator.calls('StartInstance'), 1);
      assert.strictEqual(await statusOf(SHOP_API), 'Running');
      assert.strictEqual(result.instanceRestored, true);
    });

    it('when the user cancels while waiting for Stopped: nothing attached, the instance started again', async () => {
      emulator = await useEmulator({ delays: FAST });
      const progress = cancelling(/^1\/3 /);
      const result = await runStopAttachStart(operations(api), REGION, await spareK(), await shopApi(), progress);
      assert.strictEqual(result.outcome.kind, 'cancelled');
      assert.strictEqual(emulator.calls('StopInstance'), 1);
      assert.strictEqual(emulator.calls('AttachNetworkInterface'), 0);
      assert.strictEqual(emulator.calls('StartInstance'), 1);
      assert.strictEqual(await statusOf(SHOP_API), 'Running');
      assert.ok(
        progress.reports.some((message) => message.startsWith('3/3 ')),
        progress.reports.join(' | '),
      );
      assert.match(result.state, /is Running; .* is Available, not attached/);
    });

    it('when the stop takes longer than the attach timeout: it waits for Stopped, then starts it', async () => {
      emulator = await useEmulator({ delays: { ...FAST, stopMs: 1500 } });
      const progress = cancelling(/^$/);
      const result = await runStopAttachStart(operations(api, 300), REGION, await spareK(), await shopApi(), progress);
      assert.strictEqual(result.outcome.kind, 'timedOut');
      assert.strictEqual(emulator.calls('AttachNetworkInterface'), 0);
      assert.strictEqual(emulator.calls('StartInstance'), 1);
      assert.strictEqual(result.instanceRestored, true);
      assert.match(result.state, /shop-api .* is (Running|Starting)/);
    });

    it('sends the start again while ECS answers it is unavailable, until the instance runs', async () => {
      emulator = await useEmulator({ delays: FAST });
      emulator.faults.inject({ kind: 'error', code: 'ServiceUnavailable' }, { action: 'StartInstance', times: 2 });
      const result = await runStopAttachStart(operations(api), REGION, await spareK(), await shopApi(), cancelling(/^$/));
      assert.strictEqual(emulator.calls('StartInstance'), 3, 'two refused starts, then the one that went through');
      assert.strictEqual(result.instanceRestored, true);
      assert.strictEqual(result.outcome.kind, 'attached');
      assert.strictEqual(await statusOf(SHOP_API), 'Running');
      assert.strictEqual(api.operations.activity.entries[0]?.status, 'succeeded');
    });

    it('follows a start whose answer was lost, without sending it twice', async () => {
      emulator = await useEmulator({ delays: FAST });
      emulator.faults.inject({ kind: 'error', code: 'InternalError', afterAction: true }, { action: 'StartInstance' });
      const result = await runStopAttachStart(operations(api), REGION, await spareK(), await shopApi(), cancelling(/^$/));
      assert.strictEqual(emulator.calls('StartInstance'), 1);
      assert.strictEqual(result.instanceRestored, true);
      assert.strictEqual(await statusOf(SHOP_API), 'Running');
    });

    it('ends failed, naming the stopped instance, when ECS refuses the start for good', async () => {
      emulator = await useEmulator({ delays: FAST });
      emulator.faults.inject({ kind: 'error', code: 'Forbidden.RAM' }, { action: 'StartInstance' });
      const result = await runStopAttachStart(operations(api), REGION, await spareK(), await shopApi(), cancelling(/^$/));
      assert.strictEqual(emulator.calls('StartInstance'), 1, 'a refusal that would not change is not sent again');
      assert.strictEqual(result.instanceRestored, false);
      assert.strictEqual(result.restartFailure?.code, 'Forbidden.RAM');
      assert.match(result.state, /shop-api \(i-bp1shop8t6c1m2burst\) is Stopped and could not be started again: .*\(Forbidden\.RAM\)/);
      const entry = api.operations.activity.entries[0];
      assert.deepStrictEqual([entry?.status, entry?.error?.code], ['failed', 'Forbidden.RAM']);
    });

    it('ends attached and Running when every step works', async () => {
      emulator = await useEmulator({ delays: FAST });
      const progress = cancelling(/^$/);
      const result = await runStopAttachStart(operations(api), REGION, await spareK(), await shopApi(), progress);
      assert.strictEqual(result.outcome.kind, 'attached');
      assert.match(result.state, /shop-api .* is Running; spare-k .* is InUse on i-bp1shop8t6c1m2burst/);
    });
  });

  it('sends no attach when the user cancels during the check', async () => {
    sent.alsoRan('alicloudEcs.attachNetworkInterface');
    emulator = await useEmulator({ delays: FAST });
    const outcome = await attachOne(operations(api), REGION, SPARE_K, WEB_2, cancelling(/^Checking /));
    assert.strictEqual(outcome.kind, 'cancelled');
    assert.strictEqual(emulator.calls('AttachNetworkInterface'), 0);
  });

  it('refuses a malformed automation argument, naming the field, and sends nothing', async () => {
    emulator = await useEmulator({ delays: FAST });
    emulator.resetCallCounts();
    const attach = await vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface', {
      regionId: 'x@evil.example#',
      networkInterfaceId: SPARE_K,
      instanceId: WEB_2,
    });
    assert.deepStrictEqual(attach, { kind: 'invalidArgument', field: 'regionId' });
    const detach = await vscode.commands.executeCommand('alicloudEcs.detachFromInstance', {
      regionId: REGION,
      networkInterfaceId: 'eni-x&Action=StopInstance',
    });
    assert.deepStrictEqual(detach, { kind: 'invalidArgument', field: 'networkInterfaceId' });
    assert.strictEqual(emulator.totalCalls(), 0);
  });

  it('detaches by argument in a region the tree never loaded, and reads back a detach whose answer was lost', async () => {
    await setSetting('regions', ['cn-shanghai']);
    try {
      emulator = await useEmulator({ delays: FAST });
      await nodeAt(api, 'China (Shanghai)');
      emulator.faults.inject({ kind: 'reset', afterAction: true }, { action: 'DetachNetworkInterface' });
      const ui = new RecordingUserInterface().click('Detach');
      api.useUserInterface(ui);
      const outcome = await vscode.commands.executeCommand<{ kind: string }>('alicloudEcs.detachFromInstance', {
        regionId: REGION,
        networkInterfaceId: WEB_1_DATA,
      });
      assert.strictEqual(outcome?.kind, 'detached');
      assert.strictEqual(emulator.calls('DetachNetworkInterface'), 1);
      ui.assertAllAnswered();
    } finally {
      api.useUserInterface(undefined);
      await setSetting('regions', [REGION]);
    }
  });

  it('never sends two detaches of one ENI at once', async () => {
    emulator = await useEmulator({ delays: { ...FAST, detachMs: 1500 } });
    // The first detach's answer is held back, so that the two always overlap.
    emulator.faults.inject({ kind: 'slow', ms: 800 }, { action: 'DetachNetworkInterface' });
    const detach = (): Thenable<{ kind: string } | undefined> =>
      vscode.commands.executeCommand('alicloudEcs.detachFromInstance', {
        regionId: REGION,
        networkInterfaceId: WEB_1_DATA,
      });
    const ui = new RecordingUserInterface().click('Detach').click('Detach');
    api.useUserInterface(ui);
    const outcomes = await Promise.all([detach(), detach()]).finally(() => api.useUserInterface(undefined));
    ui.assertAllAnswered();
    assert.strictEqual(emulator.calls('DetachNetworkInterface'), 1);
    assert.deepStrictEqual(outcomes.map((o) => o?.kind).sort(), ['busy', 'detached']);
  });
});
