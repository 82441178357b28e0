import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { eventually, item, nodeAt, useEmulator } from './harness';
import type { EcsEmulator } from '../emulator/server';
import type { RecordingUserInterface } from './recordingUserInterface';
import { recordingSession } from './session';
import { LEGACY_ERP, SPARE_K, SPARE_K_2, WEB_1, WEB_2 } from '../emulator/demoIds';

const HANGZHOU = 'China (Hangzhou)';
const LEAVING = 'eni-bp1dvjpllifg37n0po66';

describe('fix-its: a refused attach offers its remedy as a plan, carried out step by step', () => {
  const session = recordingSession();

  /** Asked for as another extension would (a command argument), and agreed to in the question that comes first. */
  const attach = (networkInterfaceId: string, instanceId: string): Thenable<unknown> => {
    session.ui.clickFirst('Attach');
    return vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface', {
      regionId: 'cn-hangzhou',
      networkInterfaceId,
      instanceId,
    });
  };
  const finished = (): string | undefined =>
    [...session.ui.texts('inform'), ...session.ui.texts('warn'), ...session.ui.texts('fail')].find((text) =>
      /^Done: |^Cancelled\. |stopped at/.test(text),
    );

  it('reboots an instance last started before April 2018, then attaches, and says what state everything is in', async () => {
    session.emulator = await useEmulator({ delays: { rebootMs: 600, attachMs: 600 } });
    await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k-2');
    const label = 'Reboot, then Attach';
    session.ui.clickOn(/^Couldn't attach/, label).click(label);
    const outcome = (await attach(SPARE_K_2, LEGACY_ERP)) as { kind: string; code?: string };
    assert.deepStrictEqual([outcome.kind, outcome.code], ['refused', 'InvalidOperation.InvalidEcsState']);
    await eventually(session.api, () => finished() !== undefined, 'the plan to end', 30_000);
    const [consent, question] = session.ui.told.filter((entry) => entry.kind === 'ask');
    assert.match(consent?.text ?? '', /^Attach spare-k-2 .* to legacy-erp .*legacy-erp \(i-bp1legacy0startz7k2c\) is tagged env=prod\./s);
    assert.match(
      question?.text ?? '',
      /^Reboot legacy-erp \(i-bp1legacy0startz7k2c\), wait for Running, attach spare-k-2 .*\?\s1\. Reboot legacy-erp .* and wait until it is Running\n2\. Attach spare-k-2/s,
    );
    assert.match(question?.text ?? '', /legacy-erp \(i-bp1legacy0startz7k2c\) is tagged as production\./);
    assert.match(
      finished() ?? '',
      /^Done: .*Now: legacy-erp \(i-bp1legacy0startz7k2c\) is Running; spare-k-2 \(eni-bp18qejkgdaby2ivkj11\) is InUse on i-bp1legacy0startz7k2c\.$/,
    );
    assert.strictEqual(session.emulator.calls('RebootInstance'), 1);
    assert.strictEqual(session.emulator.calls('AttachNetworkInterface'), 1);
    const progress = session.ui.texts('progress');
    assert.ok(
      progress.some((text) => text.startsWith('1/2 · Reboot legacy-erp')) &&
        progress.some((text) => text.startsWith('2/2 · Attach spare-k-2')),
      progress.join(' | '),
    );
  });

  /**
   * Attaches spare-k to web-1, which is at its limit, and takes Detach One First… with web-1-data, answering what
   * `answer` queues after that; lets the detach through. The demo's "leaving" stays Detaching (a slot of web-1)
   * until the clock is moved on, once web-1-data is detached.
   */
  async function detachWeb1DataFirst(
    attachMs: number,
    prepare: (server: EcsEmulator, ui: RecordingUserInterface) => void = () => undefined,
  ): Promise<{ server: EcsEmulator; outcome: { kind: string; code?: string } }> {
    session.emulator = await useEmulator({ delays: { detachMs: 60_000, attachMs } });
    const server = session.emulator;
    await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k');
    const label = 'Detach One First…';
    session.ui
      .clickOn(/^Couldn't attach/, label)
      .pickLabelled('web-1-data')
      .click(label);
    prepare(server, session.ui);
    const outcome = (await attach(SPARE_K, WEB_1)) as { kind: string; code?: string };
    await eventually(session.api, () => server.calls('DetachNetworkInterface') === 1, 'the detach to be sent');
    server.world.clock.advance(61_000);
    return { server, outcome };
  }

  it('detaches the ENI the user picks from an instance at its limit, then attaches', async () => {
    const { outcome } = await detachWeb1DataFirst(600);
    assert.deepStrictEqual([outcome.kind, outcome.code], ['refused', 'EniPerInstanceLimitExceeded']);
    await eventually(session.api, () => finished() !== undefined, 'the plan to end', 30_000);
    assert.match(
      finished() ?? '',
      /^Done: Detach web-1-data .*; Attach spare-k .*Now: web-1 .* is Running; web-1-data .* is Available, not attached; spare-k .* is InUse on i-bp1h4adlltjc1d48goaq\.$/,
    );
    assert.match(String(item(await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'web-1-data')).description), /Available/);
  });

  it('when the attach after the detach fails, offers to attach the detached ENI again, naming where everything is', async () => {
    const { server } = await detachWeb1DataFirst(600, (emulator, ui) => {
      emulator.faults.inject({ kind: 'error', code: 'OperationConflict' }, { action: 'AttachNetworkInterface' });
      ui.clickOn(/stopped at/, 'Attach web-1-data (eni-bp1bthnjjgde15lynm44) Again').click('Attach Again');
    });
    await eventually(session.api, () => finished()?.startsWith('Done: Attach web-1-data') === true, 'the way back to end', 30_000);
    const failure = session.ui.texts('fail').find((text) => text.includes('stopped at'));
    assert.match(
      failure ?? '',
      /Done: Detach web-1-data .*\. Not done: nothing\. Now: web-1 .* is Running; web-1-data \(eni-\w+\) is Available, not attached; spare-k .* is Available, not attached\.$/,
    );
    assert.match(finished() ?? '', /Now: web-1 .* is Running; web-1-data .* is InUse on i-bp1h4adlltjc1d48goaq; spare-k .* is Available/);
    assert.strictEqual(server.calls('AttachNetworkInterface'), 2);
  });

  it('says an attach the user cancelled after ECS took it is under way, not failed, and names every resource', async () => {
    const { server } = await detachWeb1DataFirst(5000, (_emulator, ui) => {
      ui.cancelWhen = /^Attaching spare-k/;
    });
    await eventually(session.api, () => finished() !== undefined, 'the plan to end', 30_000);
    assert.match(
      finished() ?? '',
      /^Cancelled\. Done: Detach web-1-data .*\. Still under way in ECS: Attach spare-k .*\. Not done: nothing\. Now: web-1 .*; web-1-data .* is Available, not attached; spare-k .* is Attaching on i-bp1h4adlltjc1d48goaq\.$/,
    );
    assert.deepStrictEqual(
      session.ui.texts('fail').filter((text) => text.includes('stopped at')),
      [],
      'no failure is reported: nothing failed',
    );
    assert.strictEqual(server.calls('AttachNetworkInterface'), 1);
    // Left settled: the next test's emulator must not find an ENI the poller still follows.
    server.world.clock.advance(6000);
    await eventually(
      session.api,
      async () => (await session.api.store.readFresh('cn-hangzhou', [], [SPARE_K])).networkInterfaces[0]?.status === 'InUse',
      'the attach to end in ECS',
    );
  });

  it('waits for an ENI that is detaching, then attaches it', async () => {
    session.emulator = await useEmulator({ delays: { detachMs: 2500, attachMs: 600 } });
    await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'leaving');
    const label = 'Wait, then Attach';
    session.ui.clickOn(/^Couldn't attach/, label).click(label);
    const outcome = (await attach(LEAVING, WEB_2)) as { kind: string; code?: string };
    assert.deepStrictEqual([outcome.kind, outcome.code], ['refused', 'InvalidOperation.InvalidEniState']);
    await eventually(session.api, () => finished() !== undefined, 'the plan to end', 30_000);
    assert.match(finished() ?? '', /^Done: Wait until leaving .*; Attach leaving .* is InUse on i-bp1b8kf3yu0o4q1jh2xa\.$/);
  });

  it('stops at a step that fails, saying what was done, what was not, and the state of everything', async () => {
    session.emulator = await useEmulator({ delays: { rebootMs: 600 } });
    await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k-2');
    session.emulator.faults.inject({ kind: 'error', code: 'OperationConflict' }, { action: 'AttachNetworkInterface' });
    const label = 'Reboot, then Attach';
    session.ui.clickOn(/^Couldn't attach/, label).click(label);
    await attach(SPARE_K_2, LEGACY_ERP);
    await eventually(session.api, () => finished() !== undefined, 'the plan to end', 30_000);
    const told = finished() ?? '';
    assert.match(
      told,
      /stopped at “Attach spare-k-2 [^”]*”: .* \(OperationConflict\) .* Done: Reboot legacy-erp .*\. Not done: nothing\. Now: legacy-erp .* is Running; spare-k-2 .* is Available, not attached\.$/,
    );
    assert.ok(!told.includes('.:'), told);
    assert.strictEqual(session.emulator.calls('AttachNetworkInterface'), 1);
  });
});
