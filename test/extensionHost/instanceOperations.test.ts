import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/explorer/nodes/treeNode';
import { demoAccount, secondAccount } from '../emulator/demoData';
import type { EmInstance } from '../emulator/model';
import { eventually, item, nodeAt, useEmulator } from './harness';
import { recordingSession } from './session';

const HANGZHOU = 'China (Hangzhou)';
const WEB_1 = 'web-1 (i-bp1h4adlltjc1d48goaq)';
const WEB_2 = 'web-2 (i-bp1b8kf3yu0o4q1jh2xa)';
const GATEWAY = 'gateway (i-bp1gw4x7c2v9b3n5m1kq)';
const BATCH_WORKER = 'batch-worker (i-bp1c9m2wq7e5r3t1y0ub)';
const LEGACY_ERP = 'legacy-erp (i-bp1legacy0startz7k2c)';

describe('start, stop and reboot instances against the emulator', () => {
  const session = recordingSession();

  const row = (name: string): Promise<TreeNode> => nodeAt(session.api, HANGZHOU, 'Instances', name);
  const record = (id: string): EmInstance => {
    const found = session.emulator?.account().instances.get(id);
    assert.ok(found, id);
    return found;
  };
  const asked = (): { text: string; actions: readonly string[] } => {
    const question = session.ui.told.find((entry) => entry.kind === 'ask');
    assert.ok(question, `nothing was asked: ${JSON.stringify(session.ui.told)}`);
    return question;
  };
  const run = (command: 'start' | 'stop' | 'reboot', node: TreeNode, selection?: readonly TreeNode[]): Thenable<unknown> =>
    vscode.commands.executeCommand(`alicloudEcs.${command}Instance`, node, selection);

  it('starts a Stopped instance without asking, follows it to Running, and says so once', async () => {
    session.emulator = await useEmulator({ delays: { startMs: 300 } });
    const batch = await row('batch-worker');
    await run('start', batch);
    assert.strictEqual(session.emulator.calls('StartInstance'), 1);
    assert.deepStrictEqual(session.ui.texts('ask'), []);
    assert.deepStrictEqual(session.ui.texts('inform'), [`${BATCH_WORKER} is Running.`]);
    assert.deepStrictEqual([...session.ui.texts('warn'), ...session.ui.texts('fail')], []);
    await eventually(session.api, async () => String(item(await row('batch-worker')).description).includes('Running'), 'the row Running');
  });

  it('stops after a modal naming the instance and its production tag, in standard mode by default', async () => {
    session.emulator = await useEmulator({ delays: { stopMs: 300 } });
    session.ui.click('Stop');
    await run('stop', await row('web-2'));
    const question = asked();
    assert.ok(question.text.startsWith(`Stop ${WEB_2}? `), question.text);
    assert.ok(question.text.includes(`${WEB_2} is tagged env=prod.`), question.text);
    assert.ok(question.text.includes('data not yet written to disk may be lost'), question.text);
    assert.deepStrictEqual(question.actions, ['Stop', 'Stop and Stop Charging', 'Force Stop']);
    assert.strictEqual(session.emulator.calls('StopInstance'), 1);
    assert.deepStrictEqual(
      [record('i-bp1b8kf3yu0o4q1jh2xa').stoppedMode, record('i-bp1b8kf3yu0o4q1jh2xa').lastStopForced],
      ['KeepCharging', false],
    );
    assert.deepStrictEqual(session.ui.texts('inform'), [`${WEB_2} is Stopped.`]);
  });

  it('stops a pay-as-you-go instance in economical mode when the user chooses Stop and Stop Charging', async () => {
    session.emulator = await useEmulator({ delays: { stopMs: 300 } });
    session.ui.click('Stop and Stop Charging');
    await run('stop', await row('web-2'));
    assert.strictEqual(record('i-bp1b8kf3yu0o4q1jh2xa').stoppedMode, 'StopCharging');
    assert.deepStrictEqual(session.ui.texts('inform'), [`${WEB_2} is Stopped.`]);
  });

  it('offers no economical mode for a subscription instance', async () => {
    const demo = demoAccount();
    const web2 = demo.instances.get('i-bp1b8kf3yu0o4q1jh2xa');
    assert.ok(web2);
    web2.instanceChargeType = 'PrePaid';
    session.emulator = await useEmulator({ accounts: { demo, second: secondAccount() }, delays: { stopMs: 300 } });
    session.ui.click('Stop');
    await run('stop', await row('web-2'));
    assert.deepStrictEqual(asked().actions, ['Stop', 'Force Stop']);
    assert.ok(!asked().text.includes('economical mode'), asked().text);
    assert.strictEqual(record('i-bp1b8kf3yu0o4q1jh2xa').stoppedMode, 'KeepCharging');
  });

  it('force-stops when the user chooses Force Stop', async () => {
    session.emulator = await useEmulator({ delays: { stopMs: 300 } });
    session.ui.click('Force Stop');
    await run('stop', await row('web-2'));
    assert.deepStrictEqual([record('i-bp1b8kf3yu0o4q1jh2xa').lastStopForced, record('i-bp1b8kf3yu0o4q1jh2xa').status], [true, 'Stopped']);
    assert.deepStrictEqual(session.ui.texts('inform'), [`${WEB_2} is Stopped.`]);
  });

  it('asks nothing more and sends nothing when the modal is dismissed', async () => {
    session.emulator = await useEmulator();
    session.ui.dismiss();
    await run('stop', await row('web-2'));
    assert.strictEqual(asked().actions.length, 3);
    assert.strictEqual(session.emulator.calls('StopInstance'), 0);
    assert.deepStrictEqual([...session.ui.texts('inform'), ...session.ui.texts('warn')], []);
  });

  it('reboots the 2018 instance after asking, follows it to Running, and its start time is new', async () => {
    session.emulator = await useEmulator({ delays: { rebootMs: 400 } });
    session.ui.click('Reboot');
    await run('reboot', await row('legacy-erp'));
    const question = asked();
    assert.ok(question.text.startsWith(`Reboot ${LEGACY_ERP}? `), question.text);
    assert.ok(question.text.includes(`${LEGACY_ERP} is tagged env=prod.`), question.text);
    assert.deepStrictEqual(question.actions, ['Reboot', 'Force Reboot']);
    assert.strictEqual(session.emulator.calls('RebootInstance'), 1);
    assert.deepStrictEqual(session.ui.texts('inform'), [`${LEGACY_ERP} is Running.`]);
    assert.ok(record('i-bp1legacy0startz7k2c').startTime > '2018-04-01', record('i-bp1legacy0startz7k2c').startTime);
    const seen = session.api.store.region('cn-hangzhou').instances.get('i-bp1legacy0startz7k2c');
    assert.ok(seen && seen.startTime > '2018-04-01', `the tree holds the new start time: ${seen?.startTime}`);
  });

  it('stops several selected instances after one question naming them, leaves the Stopped one alone, and sums up', async () => {
    session.emulator = await useEmulator({ delays: { stopMs: 300 } });
    const [web2, gateway, batch] = [await row('web-2'), await row('gateway'), await row('batch-worker')];
    session.ui.click('Stop');
    await run('stop', web2, [web2, gateway, batch]);
    const question = asked();
    assert.ok(question.text.startsWith(`Stop these 2 instances? ${WEB_2}\n${GATEWAY}\n`), question.text);
    assert.ok(question.text.includes(`${GATEWAY} is tagged env=prod.`), question.text);
    assert.ok(question.text.includes(`Left alone: ${BATCH_WORKER} is Stopped; only a Running instance can be stopped.`), question.text);
    assert.strictEqual(session.emulator.calls('StopInstance'), 2);
    assert.deepStrictEqual(session.ui.texts('inform'), []);
    assert.deepStrictEqual(session.ui.texts('warn'), [
      `${WEB_2} is Stopped. ${GATEWAY} is Stopped. Left alone: ${BATCH_WORKER} is Stopped; only a Running instance can be stopped.`,
    ]);
  });

  it('explains a refusal the state makes certain, with its code, and sends nothing', async () => {
    session.emulator = await useEmulator();
    await run('start', await row('web-1'));
    const [told] = session.ui.texts('fail');
    assert.ok(told?.startsWith(`Can't start ${WEB_1}: `), told);
    assert.ok(told.includes('(IncorrectInstanceStatus)'), told);
    assert.strictEqual(session.emulator.calls('StartInstance'), 0);
    assert.deepStrictEqual(session.ui.texts('ask'), []);
  });

  it('stops waiting when cancelled, says that the stop goes on, and names the state', async () => {
    session.emulator = await useEmulator({ delays: { stopMs: 60_000 } });
    session.ui.cancelWhen = /^Waiting until/;
    session.ui.click('Stop');
    await run('stop', await row('web-2'));
    assert.strictEqual(session.emulator.calls('StopInstance'), 1);
    assert.strictEqual(record('i-bp1b8kf3yu0o4q1jh2xa').status, 'Stopping');
    assert.deepStrictEqual(session.ui.texts('warn'), [
      `Stopped waiting; what was sent to ECS goes on. ${WEB_2} is still Stopping; the tree follows it until it settles.`,
    ]);
  });

  it('does not send a stop again whose answer was lost: it reads the instance, sees it Stopping, and follows it', async () => {
    session.emulator = await useEmulator({ delays: { stopMs: 300 } });
    const web2 = await row('web-2');
    session.emulator.faults.inject({ kind: 'error', code: 'InternalError', afterAction: true }, { action: 'StopInstance' });
    session.ui.click('Stop');
    await run('stop', web2);
    assert.strictEqual(session.emulator.calls('StopInstance'), 1);
    assert.deepStrictEqual(session.ui.texts('inform'), [`${WEB_2} is Stopped.`]);
  });
});
