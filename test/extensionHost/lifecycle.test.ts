import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { Candidate } from '../../src/ui/candidatePicker';
import type { VSwitch } from '../../src/domain/network';
import { withPollerAtRest, eventually, item, labels, nodeAt, useEmulator } from './harness';
import { recordingSession } from './session';

const HANGZHOU = 'China (Hangzhou)';

describe('the ENI lifecycle against the emulator: create, create and attach, delete, rename, tag', () => {
  const session = recordingSession();

  const enisNamed = async (name: string): Promise<string[]> =>
    (await labels(session.api, await nodeAt(session.api, HANGZHOU, 'Network Interfaces'))).filter((label) => label === name);

  it('creates an ENI from the group: full and pending vSwitches listed with their reasons, then the new row', async () => {
    session.emulator = await useEmulator();
    const group = await nodeAt(session.api, HANGZHOU, 'Network Interfaces');
    let offered: ReadonlyArray<Candidate<VSwitch>> = [];
    session.ui
      .answer((_prompt, _actions, choices) => {
        offered = choices as ReadonlyArray<Candidate<VSwitch>>;
        const chosen = offered.find((c) => c.label === 'prod-k');
        return chosen ? { kind: 'picked', candidate: chosen } : { kind: 'cancelled' };
      })
      .pickLabelled('web-servers', 'default')
      .type('spare-new')
      .type('made by a test')
      .type('')
      .type('env=test, owner=ops')
      .click('Create');
    const id = (await vscode.commands.executeCommand('alicloudEcs.createNetworkInterface', group)) as string | undefined;
    const reasons = Object.fromEntries(offered.map((c) => [c.label, c.violations[0]?.code]));
    assert.strictEqual(reasons['prod-k-full'], 'InvalidVSwitchId.IpNotEnough');
    assert.strictEqual(reasons['prod-h-new'], 'IncorrectVSwitchStatus');
    assert.strictEqual(reasons['prod-k-almost-full'], undefined);
    assert.ok(id?.startsWith('eni-'), `created ${String(id)}`);
    assert.strictEqual(session.emulator.calls('CreateNetworkInterface'), 1);
    const [created] = session.ui.texts('inform');
    assert.match(created ?? '', /^Created spare-new \(eni-[a-z0-9]+\) in vsw-bp1xgvok3myac6ctry030 with the address 172\.16\.181\.\d+\.$/);
    await eventually(session.api, async () => (await enisNamed('spare-new')).length === 1, 'the new row');
    const row = item(await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-new'));
    assert.match(String(row.description), /Available · Secondary · 172\.16\.181\./);
    assert.match(String((row.tooltip as vscode.MarkdownString).value), /env=test, owner=ops/);
  });

  it('explains a vSwitch that cannot take one, with its code and documentation, and creates nothing', async () => {
    session.emulator = await useEmulator();
    session.ui.pickCandidateLabelled('prod-k-full');
    await vscode.commands.executeCommand('alicloudEcs.createNetworkInterface', await nodeAt(session.api, HANGZHOU, 'Network Interfaces'));
    const [told] = session.ui.texts('fail');
    assert.ok(told?.startsWith("Can't create a network interface in vsw-bp1f0ul7n0ipl3ft5kq8z: "), told);
    assert.ok(told.includes('(InvalidVSwitchId.IpNotEnough)'), told);
    assert.deepStrictEqual(session.ui.told.find((entry) => entry.kind === 'fail')?.actions, ['Open Documentation', 'Show Log']);
    assert.strictEqual(session.emulator.calls('CreateNetworkInterface'), 0);
  });

  it('creates and attaches from an instance: checked first, InUse on it at the end, in at most 8 API calls', async () => {
    session.emulator = await useEmulator({ delays: { attachMs: 600 } });
    const web2 = await nodeAt(session.api, HANGZHOU, 'Instances', 'web-2');
    await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k');
    session.ui.type('web-2-extra').click('Create and Attach');
    await withPollerAtRest(session.api, async () => {
      session.emulator?.resetCallCounts();
      const outcome = await vscode.commands.executeCommand('alicloudEcs.createAndAttachNetworkInterface', web2);
      assert.strictEqual(outcome, 'attached', JSON.stringify(session.ui.told));
      const server = session.emulator;
      assert.ok(server);
      assert.strictEqual(server.calls('CreateNetworkInterface'), 1);
      assert.strictEqual(server.calls('AttachNetworkInterface'), 1);
      assert.ok(server.totalCalls() <= 8, `${server.totalCalls()} calls: ${JSON.stringify(server.received.slice(-12))}`);
    });
    await eventually(session.api, async () => (await labels(session.api, web2)).includes('web-2-extra'), 'the new ENI under web-2');
    assert.match(
      String(item(await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'web-2-extra')).description),
      /InUse · Secondary · .* → web-2/,
    );
  });

  it('says in the failure that the new ENI stays when ECS refuses the attach, and the tree shows it', async () => {
    session.emulator = await useEmulator({ delays: { attachMs: 600 } });
    session.emulator.faults.inject({ kind: 'error', code: 'OperationConflict' }, { action: 'AttachNetworkInterface' });
    const web2 = await nodeAt(session.api, HANGZHOU, 'Instances', 'web-2');
    await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k');
    session.ui.type('web-2-left').click('Create and Attach');
    await vscode.commands.executeCommand('alicloudEcs.createAndAttachNetworkInterface', web2);
    assert.strictEqual(session.emulator.calls('CreateNetworkInterface'), 1);
    const failures = session.ui.texts('fail');
    assert.strictEqual(failures.length, 1, failures.join(' | '));
    assert.match(
      failures[0] ?? '',
      /^Couldn't attach web-2-left \(eni-\w+\) to web-2 .*\(OperationConflict\).* eni-\w+ was created in vsw-\w+ and is not attached to i-\w+\./,
    );
    assert.match(String(item(await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'web-2-left')).description), /Available/);
  });

  it('creates nothing for an instance at its ENI limit, and says why', async () => {
    session.emulator = await useEmulator();
    const web1 = await nodeAt(session.api, HANGZHOU, 'Instances', 'web-1');
    await vscode.commands.executeCommand('alicloudEcs.createAndAttachNetworkInterface', web1);
    const [told] = session.ui.texts('fail');
    assert.ok(told?.includes('(EniPerInstanceLimitExceeded)'), told);
    assert.strictEqual(session.emulator.calls('CreateNetworkInterface'), 0);
  });

  it('deletes two selected ENIs after one question naming both, follows them until gone, and sums up', async () => {
    session.emulator = await useEmulator({ delays: { deleteMs: 500 } });
    const spareK = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k');
    const spareK2 = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k-2');
    session.ui.click('Delete');
    await vscode.commands.executeCommand('alicloudEcs.deleteNetworkInterface', spareK, [spareK, spareK2]);
    const question = session.ui.told.find((entry) => entry.kind === 'ask')?.text ?? '';
    assert.match(
      question,
      /^Delete these 2 network interfaces\? spare-k \(eni-bp17pdijfczax1huji00\)\nspare-k-2 \(eni-bp18qejkgdaby2ivkj11\)/,
    );
    assert.strictEqual(session.emulator.calls('DeleteNetworkInterface'), 2);
    assert.deepStrictEqual(session.ui.texts('inform'), [
      'Deleted: spare-k (eni-bp17pdijfczax1huji00), spare-k-2 (eni-bp18qejkgdaby2ivkj11).',
    ]);
    await eventually(
      session.api,
      async () => (await enisNamed('spare-k')).length === 0 && (await enisNamed('spare-k-2')).length === 0,
      'the rows gone',
    );
  });

  it('deletes only what may be deleted, and names what it left alone', async () => {
    session.emulator = await useEmulator({ delays: { deleteMs: 200 } });
    const spareI = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-i');
    const webData = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'web-1-data');
    session.ui.click('Delete');
    await vscode.commands.executeCommand('alicloudEcs.deleteNetworkInterface', spareI, [webData, spareI]);
    assert.match(
      session.ui.told.find((entry) => entry.kind === 'ask')?.text ?? '',
      /Left alone: web-1-data \(eni-bp1bthnjjgde15lynm44\) is InUse/,
    );
    assert.strictEqual(session.emulator.calls('DeleteNetworkInterface'), 1);
  });

  it('renames an ENI, checking the name as it is typed, and shows the new name', async () => {
    session.emulator = await useEmulator();
    const spareI = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-i');
    session.ui.type('1-bad-name');
    assert.strictEqual(await vscode.commands.executeCommand('alicloudEcs.renameNetworkInterface', spareI), false);
    assert.deepStrictEqual(session.ui.texts('refused'), ['A name starts with a letter or a Chinese character.']);
    assert.strictEqual(session.emulator.calls('ModifyNetworkInterfaceAttribute'), 0);
    session.ui.type('spare-i-renamed');
    const done = await vscode.commands.executeCommand('alicloudEcs.renameNetworkInterface', spareI);
    assert.strictEqual(done, true);
    assert.strictEqual(session.emulator.calls('ModifyNetworkInterfaceAttribute'), 1);
    await eventually(session.api, async () => (await enisNamed('spare-i-renamed')).length === 1, 'the renamed row');
  });

  it('edits tags: removes the dropped keys, adds and changes the others', async () => {
    session.emulator = await useEmulator();
    const spareK = await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k');
    session.ui.type('env=test, team=network');
    const done = await vscode.commands.executeCommand('alicloudEcs.editNetworkInterfaceTags', spareK);
    assert.strictEqual(done, true, JSON.stringify(session.ui.told));
    assert.strictEqual(session.emulator.calls('UntagResources'), 1);
    assert.strictEqual(session.emulator.calls('TagResources'), 1);
    const tooltip = String(
      (item(await nodeAt(session.api, HANGZHOU, 'Network Interfaces', 'spare-k')).tooltip as vscode.MarkdownString).value,
    );
    assert.match(tooltip, /env=test, team=network/);
    assert.ok(!tooltip.includes('owner=lisi'), tooltip);
  });
});
