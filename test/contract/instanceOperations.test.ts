import * as assert from 'node:assert';
import * as $Ecs from '../../src/cloud/sdkEcsModels';
import type { EcsApi } from '../../src/cloud/ecsApi';
import { checkAttach } from '../../src/domain/attachRules';
import type { Instance } from '../../src/domain/instance';
import { checkInstanceOperation, type InstanceOperation } from '../../src/domain/instanceRules';
import type { OneShotFault } from '../emulator/faults';
import type { EmInstance } from '../emulator/model';
import { DEFAULT_ACCESS_KEYS, EcsEmulator } from '../emulator/server';
import { adapterFor, callAction, DEMO_KEYS, ecsErrorOf, pausedEmulatorPerTest, sdkClientFor, sdkErrorOf } from './helpers';
import { BATCH_WORKER, LEGACY_ERP, SPARE_K, WEB_2 } from '../emulator/demoIds';

const REGION = 'cn-hangzhou';

describe('contract: start, stop and reboot through the real SDK', () => {
  let emulator: EcsEmulator;
  let api: EcsApi;

  pausedEmulatorPerTest((started) => ({ emulator, api } = started));

  const record = (id: string): EmInstance => {
    const found = emulator.account().instances.get(id);
    assert.ok(found, id);
    return found;
  };
  const read = async (id: string): Promise<Instance> => {
    const [found] = await api.getInstances(REGION, [id]);
    assert.ok(found, `${id} was not read back`);
    return found;
  };

  it('starts a Stopped instance: Starting, then Running with a new start time', async () => {
    const before = await read(BATCH_WORKER);
    assert.strictEqual(before.status, 'Stopped');
    await api.startInstance(REGION, BATCH_WORKER);
    assert.strictEqual((await read(BATCH_WORKER)).status, 'Starting');
    emulator.world.clock.advance(emulator.world.delays.startMs);
    const after = await read(BATCH_WORKER);
    assert.strictEqual(after.status, 'Running');
    assert.notStrictEqual(after.startTime, before.startTime);
    assert.strictEqual(after.properties.StoppedMode, 'Not-applicable');
  });

  it('stops in standard mode unless asked: Stopping, then Stopped, reported KeepCharging, not forced', async () => {
    await api.stopInstance(REGION, WEB_2);
    assert.strictEqual((await read(WEB_2)).status, 'Stopping');
    emulator.world.clock.advance(emulator.world.delays.stopMs);
    const after = await read(WEB_2);
    assert.deepStrictEqual([after.status, after.properties.StoppedMode], ['Stopped', 'KeepCharging']);
    assert.strictEqual(record(WEB_2).lastStopForced, false);
  });

  it('stops a pay-as-you-go VPC instance in economical mode when asked, and reports StopCharging', async () => {
    assert.strictEqual((await read(WEB_2)).properties.InstanceChargeType, 'PostPaid');
    await api.stopInstance(REGION, WEB_2, { stoppedMode: 'StopCharging' });
    emulator.world.clock.advance(emulator.world.delays.stopMs);
    assert.strictEqual((await read(WEB_2)).properties.StoppedMode, 'StopCharging');
  });

  it('stops a subscription instance asked for economical mode without an error, in standard mode, as documented', async () => {
    record(WEB_2).instanceChargeType = 'PrePaid';
    assert.strictEqual((await read(WEB_2)).properties.InstanceChargeType, 'PrePaid');
    await api.stopInstance(REGION, WEB_2, { stoppedMode: 'StopCharging' });
    emulator.world.clock.advance(emulator.world.delays.stopMs);
    const after = await read(WEB_2);
    assert.deepStrictEqual([after.status, after.properties.StoppedMode], ['Stopped', 'KeepCharging']);
  });

  it('honours ForceStop on a stop and on a reboot', async () => {
    await api.stopInstance(REGION, WEB_2, { force: true });
    assert.strictEqual(record(WEB_2).lastStopForced, true);
    await api.rebootInstance(REGION, LEGACY_ERP, true);
    assert.strictEqual(record(LEGACY_ERP).lastStopForced, true);
  });

  it('refuses a StoppedMode or a ForceStop it does not know with InvalidParameter, and stops nothing', async () => {
    const queries: Array<Record<string, string>> = [{ StoppedMode: 'Hibernate' }, { ForceStop: 'yes' }];
    for (const query of queries) {
      const refused = await sdkErrorOf(callAction(emulator, 'StopInstance', { InstanceId: WEB_2, ...query }));
      assert.deepStrictEqual([refused.code, refused.statusCode], ['InvalidParameter', 400], JSON.stringify(query));
    }
    assert.strictEqual(record(WEB_2).status, 'Running');
  });

  it('reboots: Starting, then Running with a new start time, so that the 2018 attach rule no longer applies', async () => {
    const [spare] = await api.getNetworkInterfaces(REGION, [SPARE_K]);
    assert.ok(spare);
    const attachRules = (instance: Instance): string[] =>
      checkAttach({ eni: spare, instance, instanceType: undefined, occupiedSlots: 1 }).map((v) => v.rule);
    const before = await read(LEGACY_ERP);
    assert.deepStrictEqual(attachRules(before), ['rebootRequired']);
    await api.rebootInstance(REGION, LEGACY_ERP);
    assert.strictEqual((await read(LEGACY_ERP)).status, 'Starting');
    assert.strictEqual(record(LEGACY_ERP).lastStopForced, false);
    emulator.world.clock.advance(emulator.world.delays.rebootMs - 1);
    assert.strictEqual((await read(LEGACY_ERP)).status, 'Starting');
    emulator.world.clock.advance(1);
    const after = await read(LEGACY_ERP);
    assert.strictEqual(after.status, 'Running');
    assert.ok(after.startTime > '2018-04-01', after.startTime);
    assert.deepStrictEqual(attachRules(after), []);
  });

  const refusals: Array<[InstanceOperation, string, (api: EcsApi) => Promise<string>]> = [
    ['start', WEB_2, (a) => a.startInstance(REGION, WEB_2)],
    ['stop', BATCH_WORKER, (a) => a.stopInstance(REGION, BATCH_WORKER, { stoppedMode: 'StopCharging', force: true })],
    ['reboot', BATCH_WORKER, (a) => a.rebootInstance(REGION, BATCH_WORKER, true)],
  ];
  for (const [operation, id, send] of refusals) {
    it(`refuses ${operation} in the wrong state with the code the rule names, once, and changes nothing`, async () => {
      const status = record(id).status;
      const [violation] = checkInstanceOperation(operation, await read(id));
      const error = await ecsErrorOf(send(api));
      assert.deepStrictEqual([error.code, error.httpStatus], [violation?.code, 403]);
      assert.strictEqual(record(id).status, status);
    });
  }

  it('agrees with the rules on every instance of the region in every state: DryRun passes where the rules allow', async () => {
    const client = sdkClientFor(emulator);
    const dryRun: Record<InstanceOperation, (id: string) => Promise<unknown>> = {
      start: (id) => client.startInstance(new $Ecs.StartInstanceRequest({ instanceId: id, dryRun: true })),
      stop: (id) => client.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: id, dryRun: true })),
      reboot: (id) => client.rebootInstance(new $Ecs.RebootInstanceRequest({ instanceId: id, dryRun: true })),
    };
    const instances = await api.listInstances(REGION);
    assert.ok(new Set(instances.map((i) => i.status)).size >= 4, 'the demo region holds instances in most states');
    for (const instance of instances) {
      for (const operation of ['start', 'stop', 'reboot'] as const) {
        const [violation] = checkInstanceOperation(operation, instance);
        const answer = await sdkErrorOf(dryRun[operation](instance.instanceId));
        assert.strictEqual(answer.code, violation?.code ?? 'DryRunOperation', `${operation} ${instance.instanceName} (${instance.status})`);
      }
    }
  });
});

describe('contract: stop and reboot are sent once, and a lost answer is reported as an outcome unknown', () => {
  let emulator: EcsEmulator;
  let api: EcsApi;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
    api = adapterFor(emulator, DEMO_KEYS, { timeoutMs: 1000 });
  });

  afterEach(async () => {
    await emulator.close();
  });

  const status = (id: string): string | undefined => emulator.account().instances.get(id)?.status;
  const writes: Array<[string, (api: EcsApi) => Promise<string>, string]> = [
    ['StopInstance', (a) => a.stopInstance(REGION, WEB_2, { stoppedMode: 'StopCharging', force: true }), WEB_2],
    ['RebootInstance', (a) => a.rebootInstance(REGION, WEB_2, true), WEB_2],
  ];
  const lost: Array<[string, OneShotFault, string]> = [
    ['the connection is dropped without an answer', { kind: 'reset', afterAction: true }, 'NetworkError.Reset'],
    ['the answer is a server error', { kind: 'error', code: 'InternalError', afterAction: true }, 'InternalError'],
  ];
  const refusedFirst: Array<[string, OneShotFault, string]> = [
    ['ServiceUnavailable (503)', { kind: 'error', code: 'ServiceUnavailable' }, 'ServiceUnavailable'],
    ['a reset connection', { kind: 'reset' }, 'NetworkError.Reset'],
  ];
  for (const [action, send, id] of writes) {
    for (const [what, fault, code] of lost) {
      it(`${action}: carried out, but ${what}: sent once, ${code} with the outcome unknown`, async () => {
        emulator.faults.inject(fault, { action });
        const error = await ecsErrorOf(send(api));
        assert.deepStrictEqual([error.code, error.outcomeUnknown], [code, true]);
        assert.strictEqual(emulator.calls(action), 1);
        assert.notStrictEqual(status(id), 'Running', 'the emulator carried the write out');
      });
    }
    for (const [what, fault, code] of refusedFirst) {
      it(`${action}: not retried after ${what}`, async () => {
        emulator.faults.inject(fault, { action, times: 4 });
        assert.strictEqual((await ecsErrorOf(send(api))).code, code);
        assert.strictEqual(emulator.calls(action), 1);
        assert.strictEqual(status(id), 'Running');
      });
    }
    it(`${action}: retried after throttling, which ECS refused before doing anything, and carried out once`, async () => {
      emulator.faults.inject({ kind: 'error', code: 'Throttling.User' }, { action });
      await send(api);
      assert.strictEqual(emulator.calls(action), 2);
      assert.notStrictEqual(status(id), 'Running');
    });
  }

  it('RebootInstance: refused with an explained Forbidden.RAM to a key whose policy lacks it, once, and nothing changes', async () => {
    await emulator.close();
    const [demo] = DEFAULT_ACCESS_KEYS;
    assert.ok(demo);
    emulator = await EcsEmulator.start({ accessKeys: [{ ...demo, deniedRamActions: ['ecs:RebootInstance'] }] });
    const error = await ecsErrorOf(adapterFor(emulator).rebootInstance(REGION, WEB_2));
    assert.deepStrictEqual([error.code, error.httpStatus, error.action], ['Forbidden.RAM', 403, 'RebootInstance']);
    assert.strictEqual(emulator.calls('RebootInstance'), 0);
    assert.strictEqual(status(WEB_2), 'Running');
  });
});
