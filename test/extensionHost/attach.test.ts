import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';
import type { EcsEmulator } from '../emulator/server';
import { activateExtension, eventually, item, labels, nodeAt, setSetting, useEmulator } from './harness';

const SPARE_K = 'eni-bp17pdijfczax1huji00';
const WEB_1 = 'i-bp1h4adlltjc1d48goaq';
const WEB_2 = 'i-bp1b8kf3yu0o4q1jh2xa';

describe('attach and detach against the emulator', () => {
  let api: ExtensionApi;
  let emulator: EcsEmulator | undefined;

  before(async () => {
    api = await activateExtension();
    await setSetting('regions', ['cn-hangzhou']);
  });

  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });

  after(async () => {
    await setSetting('regions', undefined);
    await setSetting('endpoint', undefined);
  });

  const attach = (networkInterfaceId: string, instanceId: string): Thenable<unknown> =>
    vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface', { regionId: 'cn-hangzhou', networkInterfaceId, instanceId });

  it('checks, attaches and follows an ENI to InUse, redrawing its rows, in at most 6 API calls', async () => {
    emulator = await useEmulator({ delays: { attachMs: 1200 } });
    const spare = await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
    await api.treeDataProvider.getChildren(await nodeAt(api, 'China (Hangzhou)', 'Instances'));
    emulator.resetCallCounts();
    await attach(SPARE_K, WEB_2);
    assert.match(String(item(spare).description), /InUse · Secondary · 172\.16\.181\.240 · → web-2/);
    assert.ok(emulator.totalCalls() <= 6, `${emulator.totalCalls()} calls: ${JSON.stringify([...emulator.callCounts])}`);
    assert.strictEqual(emulator.callCounts.get('AttachNetworkInterface'), 1);
    const web2 = await nodeAt(api, 'China (Hangzhou)', 'Instances', 'web-2');
    await eventually(api, async () => (await labels(api, web2)).includes('spare-k'));
  });

  it('explains a refused attach without calling AttachNetworkInterface', async () => {
    emulator = await useEmulator();
    await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
    await attach(SPARE_K, WEB_1);
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
    await attach(SPARE_K, WEB_2);
    assert.strictEqual(emulator.callCounts.get('AttachNetworkInterface'), 1, 'an attach is never retried blindly');
    assert.ok((emulator.callCounts.get('DescribeNetworkInterfaces') ?? 0) >= 2, 'the ENI was read again after the error');
  });

  it('continues from what the ENI shows when the answer to the attach was lost', async () => {
    emulator = await useEmulator({ delays: { attachMs: 600 } });
    const spare = await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
    // ECS carries out the attach, but the answer never arrives: the call looks like a reset.
    const original = emulator.faults.take.bind(emulator.faults);
    let armed = true;
    emulator.faults.take = (action, regionId, now) => {
      if (armed && action === 'AttachNetworkInterface') {
        armed = false;
        return undefined;
      }
      return original(action, regionId, now);
    };
    emulator.faults.inject({ kind: 'reset' }, { action: 'AttachNetworkInterface' });
    await attach(SPARE_K, WEB_2);
    assert.match(String(item(spare).description), /InUse/);
    assert.strictEqual(emulator.callCounts.get('AttachNetworkInterface'), 1);
  });

  it('never attaches the same ENI twice at once', async () => {
    emulator = await useEmulator({ delays: { attachMs: 800 } });
    await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k');
    await Promise.all([attach(SPARE_K, WEB_2), attach(SPARE_K, 'i-bp1gw4x7c2v9b3n5m1kq')]);
    assert.strictEqual(emulator.callCounts.get('AttachNetworkInterface'), 1);
  });
});
