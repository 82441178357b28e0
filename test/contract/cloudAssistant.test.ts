import * as assert from 'node:assert';
import type Ecs from '@alicloud/ecs20140526';
import * as $Ecs from '@alicloud/ecs20140526';
import { BATCH_WORKER, LEGACY_ERP, SPARE_K_2, WEB_1, WEB_2 } from '../emulator/demoIds';
import { EcsEmulator } from '../emulator/server';
import type { EcsApi } from '../../src/cloud/ecsApi';
import { adapterFor, DEMO_KEYS, ecsErrorOf, ONE_ATTEMPT, sdkClientFor } from './helpers';

const REGION = 'cn-hangzhou';

/** The code of the error the SDK call was answered with, or undefined when ECS accepted. */
async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (caught) {
    return (caught as { code?: string }).code;
  }
}

/**
 * Cloud Assistant's actions through the official SDK's generated client: the agent's status, its install, and a
 * command's run followed to its end, as ECS's API reference describes them.
 */
describe('Cloud Assistant, through the official SDK', () => {
  let emulator: EcsEmulator;
  let ecs: Ecs;
  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
    ecs = sdkClientFor(emulator);
  });
  afterEach(async () => {
    await emulator.close();
  });

  const run = (script: string, instanceIds: string[], more: Partial<$Ecs.RunCommandRequest> = {}) =>
    ecs.runCommand(
      new $Ecs.RunCommandRequest({ regionId: REGION, type: 'RunShellScript', commandContent: script, instanceId: instanceIds, ...more }),
    );
  const results = async (invokeId: string) =>
    (await ecs.describeInvocationResults(new $Ecs.DescribeInvocationResultsRequest({ regionId: REGION, invokeId }))).body?.invocation
      ?.invocationResults?.invocationResult ?? [];
  const later = (ms: number): void => emulator.world.clock.advance(ms);

  it('tells whether the agent is online, its version, and whether it takes sessions', async () => {
    const answer = await ecs.describeCloudAssistantStatus(
      new $Ecs.DescribeCloudAssistantStatusRequest({ regionId: REGION, instanceId: [WEB_1, BATCH_WORKER, LEGACY_ERP] }),
    );
    const rows = answer.body?.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus ?? [];
    assert.deepStrictEqual(
      rows.map((row) => [row.instanceId, row.cloudAssistantStatus, row.cloudAssistantVersion, row.supportSessionManager, row.OSType]),
      [
        [WEB_1, 'true', '2.2.3.857', true, 'Linux'],
        [BATCH_WORKER, 'false', '', false, 'Linux'],
        [LEGACY_ERP, 'false', '', false, 'Linux'],
      ],
    );
  });

  it('installs the agent, which comes online after the instance restarts', async () => {
    await ecs.installCloudAssistant(new $Ecs.InstallCloudAssistantRequest({ regionId: REGION, instanceId: [LEGACY_ERP] }));
    const status = async () =>
      (await ecs.describeCloudAssistantStatus(new $Ecs.DescribeCloudAssistantStatusRequest({ regionId: REGION, instanceId: [LEGACY_ERP] })))
        .body?.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus?.[0]?.cloudAssistantStatus;
    assert.strictEqual(await status(), 'false', 'not before a restart');
    await ecs.rebootInstance(new $Ecs.RebootInstanceRequest({ instanceId: LEGACY_ERP }));
    later(emulator.world.delays.rebootMs);
    assert.strictEqual(await status(), 'true');
    assert.strictEqual(
      await codeOf(
        ecs.installCloudAssistant(new $Ecs.InstallCloudAssistantRequest({ regionId: REGION, instanceId: ['i-bp1nosuchinstance00'] })),
      ),
      'InvalidInstance.NotFound',
    );
  });

  it('runs a script: Pending, then Running with the output so far, then Success with the exit code, in Base64 unless asked', async () => {
    const started = await run('echo 你好\nsleep 3\nip -br addr show dev eth0\nexit 0', [WEB_1], { name: 'probe', timeout: 30 });
    const invokeId = started.body?.invokeId ?? '';
    assert.match(invokeId, /^t-/);
    assert.match(started.body?.commandId ?? '', /^c-/);
    assert.deepStrictEqual(
      (await results(invokeId)).map((row) => [row.instanceId, row.invocationStatus, row.invokeRecordStatus, row.output]),
      [[WEB_1, 'Pending', 'Running', '']],
    );
    later(emulator.world.delays.deliveryMs + 1000);
    const running = (await results(invokeId))[0];
    assert.strictEqual(running?.invocationStatus, 'Running');
    assert.strictEqual(Buffer.from(running?.output ?? '', 'base64').toString('utf8'), '你好\n');
    later(2000);
    const done = (await results(invokeId))[0];
    assert.deepStrictEqual(
      [done?.invocationStatus, done?.invokeRecordStatus, done?.exitCode, done?.errorCode],
      ['Success', 'Finished', 0, ''],
    );
    assert.strictEqual(
      Buffer.from(done?.output ?? '', 'base64').toString('utf8'),
      '你好\neth0             UP             172.16.181.225/24 \n',
    );

    const listed = await ecs.describeInvocations(
      new $Ecs.DescribeInvocationsRequest({ regionId: REGION, invokeId, includeOutput: true, contentEncoding: 'PlainText' }),
    );
    const invocation = listed.body?.invocations?.invocation?.[0];
    assert.deepStrictEqual(
      [invocation?.invocationStatus, invocation?.invokeStatus, invocation?.commandName, invocation?.commandContent, invocation?.parameters],
      ['Success', 'Finished', 'probe', 'echo 你好\nsleep 3\nip -br addr show dev eth0\nexit 0', '{}'],
    );
    assert.strictEqual(invocation?.invokeInstances?.invokeInstance?.[0]?.output?.startsWith('你好'), true);
  });

  it('fails an instance whose script exits non-zero, times one out at its Timeout, and sums them up as the invocation’s status', async () => {
    const failing = (await run('echo no; exit 3', [WEB_1, WEB_2])).body?.invokeId ?? '';
    const slow = (await run('sleep 120', [WEB_1], { timeout: 10 })).body?.invokeId ?? '';
    later(emulator.world.delays.deliveryMs + 11_000);
    assert.deepStrictEqual(
      (await results(failing)).map((row) => [row.invocationStatus, row.exitCode, row.errorCode, row.errorInfo]),
      [
        ['Failed', 3, 'ExitCodeNonzero', 'the command execution exit code is not zero'],
        ['Failed', 3, 'ExitCodeNonzero', 'the command execution exit code is not zero'],
      ],
    );
    assert.deepStrictEqual(
      (await results(slow)).map((row) => [row.invocationStatus, row.invokeRecordStatus, row.errorCode]),
      [['Timeout', 'Failed', 'ExecutionTimeout']],
    );
    const overall = await ecs.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: REGION, invokeId: failing }));
    assert.strictEqual(overall.body?.invocations?.invocation?.[0]?.invocationStatus, 'Failed');
  });

  it('changes the guest only through what the script runs', async () => {
    const attach = await ecs.attachNetworkInterface(
      new $Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: SPARE_K_2, instanceId: WEB_2 }),
    );
    assert.ok(attach.body?.requestId);
    later(emulator.world.delays.attachMs);
    const show = async (): Promise<string> => {
      const invokeId = (await run('ip -br addr show dev eth2', [WEB_2])).body?.invokeId ?? '';
      later(emulator.world.delays.deliveryMs);
      return Buffer.from((await results(invokeId))[0]?.output ?? '', 'base64').toString('utf8');
    };
    assert.strictEqual(
      await show(),
      'eth2             DOWN           \n',
      'Ubuntu leaves a hot-plugged ENI down (eth1 is the ENI web-2 was attaching)',
    );
    await run('ip link set dev eth2 up && dhclient -1 eth2', [WEB_2]);
    later(emulator.world.delays.deliveryMs);
    assert.strictEqual(await show(), 'eth2             UP             172.16.181.241/24 \n');
  });

  it('stops an invocation: an instance that has not started does not run it; one that has started carries on', async () => {
    const early = (await run('sleep 5; echo ran', [WEB_1])).body?.invokeId ?? '';
    await ecs.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: REGION, invokeId: early }));
    const late = (await run('sleep 5; echo ran', [WEB_1])).body?.invokeId ?? '';
    later(emulator.world.delays.deliveryMs + 1000);
    await ecs.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: REGION, invokeId: late }));
    later(5000);
    assert.deepStrictEqual(
      (await results(early)).map((row) => [row.invocationStatus, row.invokeRecordStatus, row.output, row.stopTime !== '']),
      [['Cancelled', 'Stopped', '', true]],
    );
    assert.deepStrictEqual(
      (await results(late)).map((row) => [row.invocationStatus, row.output]),
      [['Success', Buffer.from('ran\n').toString('base64')]],
    );
    const overall = await ecs.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: REGION, invokeId: early }));
    assert.strictEqual(overall.body?.invocations?.invocation?.[0]?.invocationStatus, 'Stopped');
    assert.strictEqual(
      await codeOf(ecs.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: REGION, invokeId: 't-nosuchinvocation' }))),
      'InvalidInvokeId.NotFound',
    );
  });

  it('refuses what the reference refuses, and runs nothing when one instance cannot', async () => {
    assert.strictEqual(await codeOf(run('echo', [WEB_1, BATCH_WORKER])), 'InvalidInstance.NotMatch', 'batch-worker is Stopped');
    assert.strictEqual(await codeOf(run('echo', [WEB_1, LEGACY_ERP])), 'InvalidInstance.NotMatch', 'legacy-erp has no agent');
    assert.strictEqual(emulator.accounts.get('demo')?.invocations.size ?? 0, 0);
    assert.strictEqual(await codeOf(run('echo', ['i-bp1nosuchinstance00'])), 'InvalidInstance.NotFound');
    assert.strictEqual(await codeOf(run('echo', [WEB_1], { type: 'RunPythonScript' })), 'InvalidCmdType.NotFound');
    assert.strictEqual(await codeOf(run('x'.repeat(19_000), [WEB_1])), 'CmdContent.ExceedLimit', '19,000 bytes are 25,336 in Base64');
    assert.strictEqual(await codeOf(run('echo', [])), 'MissingParam.InstanceId');
    assert.strictEqual(
      await codeOf(
        run(
          'echo',
          Array.from({ length: 101 }, () => WEB_1),
        ),
      ),
      'InstanceIds.ExceedLimit',
    );
    assert.strictEqual(await codeOf(run('echo', [WEB_1], { name: 'n'.repeat(129) })), 'CmdName.ExceedLimit');
    assert.strictEqual(await codeOf(run('echo', [WEB_1], { frequency: 'rate(5m)' })), 'UnsupportedParameter');
  });

  it('takes Base64 content when told, and answers a repeated ClientToken with the first invocation, running it once', async () => {
    const script = Buffer.from('echo once').toString('base64');
    const first = await run(script, [WEB_1], { contentEncoding: 'Base64', clientToken: 'run-1' });
    const again = await run(script, [WEB_1], { contentEncoding: 'Base64', clientToken: 'run-1' });
    assert.strictEqual(again.body?.invokeId, first.body?.invokeId);
    assert.strictEqual(await codeOf(run('echo twice', [WEB_1], { clientToken: 'run-1' })), 'IdempotentParameterMismatch');
    later(emulator.world.delays.deliveryMs);
    const rows = await results(first.body?.invokeId ?? '');
    assert.deepStrictEqual(
      rows.map((row) => Buffer.from(row.output ?? '', 'base64').toString()),
      ['once\n'],
    );
  });
});

describe('Cloud Assistant, through the adapter', () => {
  let emulator: EcsEmulator;
  let api: EcsApi;
  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
    api = adapterFor(emulator, DEMO_KEYS, ONE_ATTEMPT);
  });
  afterEach(async () => {
    await emulator.close();
  });
  const later = (ms: number): void => emulator.world.clock.advance(ms);

  it('reads every agent of the region without names, and the named ones with them', async () => {
    const all = await api.describeCloudAssistantStatus(REGION);
    const hangzhou = [...(emulator.accounts.get('demo')?.instances.values() ?? [])].filter((instance) => instance.regionId === REGION);
    assert.deepStrictEqual(all.map((agent) => agent.instanceId).sort(), hangzhou.map((instance) => instance.instanceId).sort());
    assert.deepStrictEqual(await api.describeCloudAssistantStatus(REGION, [WEB_1, LEGACY_ERP]), [
      { instanceId: WEB_1, online: true, version: '2.2.3.857', supportsSessions: true },
      { instanceId: LEGACY_ERP, online: false, version: '', supportsSessions: false },
    ]);
    assert.deepStrictEqual(emulator.received.filter((request) => request.action === 'DescribeCloudAssistantStatus').length, 2);
  });

  it('sends the script in Base64 and reads each instance’s output decoded, Chinese and all', async () => {
    const started = await api.runCommand({
      regionId: REGION,
      instanceIds: [WEB_1, WEB_2],
      script: "echo '你好，世界'\nhostname",
      name: 'vscode-alicloud-ecs',
      timeoutSeconds: 30,
      clientToken: 'contract-1',
    });
    const sent = new Map(emulator.received.find((request) => request.action === 'RunCommand')?.params);
    assert.strictEqual(sent.get('ContentEncoding'), 'Base64');
    assert.strictEqual(sent.get('CommandContent'), Buffer.from("echo '你好，世界'\nhostname").toString('base64'));
    later(emulator.world.delays.deliveryMs);
    const runs = await api.describeInvocationResults(REGION, started.invokeId);
    assert.deepStrictEqual(
      runs.map((run) => [run.instanceId, run.status, run.exitCode, run.output]),
      [
        [WEB_1, 'Success', 0, '你好，世界\niZbp1h4adlltjc1d48goaqZ\n'],
        [WEB_2, 'Success', 0, '你好，世界\niZbp1b8kf3yu0o4q1jh2xaZ\n'],
      ],
    );
  });

  it('answers a RunCommand sent again with its client token with the first run, which ran once', async () => {
    emulator.faults.inject({ kind: 'reset', afterAction: true }, { action: 'RunCommand' });
    const request = { regionId: REGION, instanceIds: [WEB_1], script: 'echo once', name: 'n', timeoutSeconds: 30, clientToken: 'lost-1' };
    const lost = await ecsErrorOf(api.runCommand(request));
    assert.strictEqual(lost.outcomeUnknown, true);
    const again = await api.runCommand(request);
    assert.strictEqual(emulator.accounts.get('demo')?.invocations.size, 1);
    later(emulator.world.delays.deliveryMs);
    assert.deepStrictEqual(
      (await api.describeInvocationResults(REGION, again.invokeId)).map((run) => run.output),
      ['once\n'],
    );
  });

  it('stops a run and installs the agent, each one request', async () => {
    const started = await api.runCommand({ regionId: REGION, instanceIds: [WEB_1], script: 'sleep 5', name: 'n', timeoutSeconds: 30 });
    assert.ok((await api.stopInvocation(REGION, started.invokeId)) !== '');
    assert.deepStrictEqual(
      (await api.describeInvocationResults(REGION, started.invokeId)).map((run) => run.status),
      ['Cancelled'],
    );
    assert.ok((await api.installCloudAssistant(REGION, [LEGACY_ERP])) !== '');
    assert.strictEqual(emulator.accounts.get('demo')?.instances.get(LEGACY_ERP)?.guest?.agent.pendingVersion, '2.2.3.857');
  });
});
