import * as assert from 'node:assert';
import type { EcsApi } from '../../src/cloud/ecsApi';
import type { OneShotFault } from '../emulator/faults';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, DEMO_KEYS, ecsErrorOf } from './helpers';
import { BATCH_WORKER, WEB_1, WEB_2 } from '../emulator/demoIds';

const REGION = 'cn-hangzhou';
const SPARE_ENI = 'eni-bp17pdijfczax1huji00';
const WEB_1_DATA_ENI = 'eni-bp1bthnjjgde15lynm44';

/** Long enough for any answer on a loaded two-core machine, short enough that a late answer keeps no test waiting. */
const READ_TIMEOUT_MS = 1000;

interface Write {
  readonly action: string;
  readonly send: (api: EcsApi) => Promise<string>;
  /** The resource as it is before the write and right after ECS carried it out. */
  readonly state: (emulator: EcsEmulator) => string;
  readonly before: string;
  readonly after: string;
}

const eniState =
  (eniId: string) =>
  (emulator: EcsEmulator): string => {
    const eni = emulator.account().networkInterfaces.get(eniId);
    return `${eni?.status} on ${eni?.instanceId || 'no instance'}`;
  };
const instanceState =
  (instanceId: string) =>
  (emulator: EcsEmulator): string =>
    String(emulator.account().instances.get(instanceId)?.status);

const ATTACH: Write = {
  action: 'AttachNetworkInterface',
  send: (api) => api.attachNetworkInterface(REGION, SPARE_ENI, WEB_2),
  state: eniState(SPARE_ENI),
  before: 'Available on no instance',
  after: `Attaching on ${WEB_2}`,
};
const DETACH: Write = {
  action: 'DetachNetworkInterface',
  send: (api) => api.detachNetworkInterface(REGION, WEB_1_DATA_ENI, WEB_1),
  state: eniState(WEB_1_DATA_ENI),
  before: `InUse on ${WEB_1}`,
  after: `Detaching on ${WEB_1}`,
};
const SPARE_ENI_2 = 'eni-bp18qejkgdaby2ivkj11';
const tagsOf =
  (eniId: string) =>
  (emulator: EcsEmulator): string =>
    (emulator.account().networkInterfaces.get(eniId)?.tags ?? []).map((tag) => `${tag.key}=${tag.value}`).join(',');
const CREATE: Write = {
  action: 'CreateNetworkInterface',
  send: async (api) =>
    (
      await api.createNetworkInterface({
        regionId: REGION,
        vSwitchId: 'vsw-bp1xgvok3myac6ctry030',
        securityGroupIds: ['sg-bp16q7p8yafqaure63n4'],
        name: 'made-once',
        clientToken: 'made-once-token',
      })
    ).networkInterfaceId,
  state: (emulator) =>
    `${[...emulator.account().networkInterfaces.values()].filter((eni) => eni.networkInterfaceName === 'made-once').length} made`,
  before: '0 made',
  after: '1 made',
};
const DELETE: Write = {
  action: 'DeleteNetworkInterface',
  send: (api) => api.deleteNetworkInterface(REGION, SPARE_ENI_2),
  state: eniState(SPARE_ENI_2),
  before: 'Available on no instance',
  after: 'Deleting on no instance',
};
/** Every write of the `EcsApi` port. */
const WRITES: readonly Write[] = [
  ATTACH,
  DETACH,
  CREATE,
  DELETE,
  {
    action: 'ModifyNetworkInterfaceAttribute',
    send: (api) => api.modifyNetworkInterfaceAttribute(REGION, SPARE_ENI_2, { name: 'renamed' }),
    state: (emulator) => String(emulator.account().networkInterfaces.get(SPARE_ENI_2)?.networkInterfaceName),
    before: 'spare-k-2',
    after: 'renamed',
  },
  {
    action: 'TagResources',
    send: (api) => api.tagNetworkInterfaces(REGION, [SPARE_ENI_2], [{ key: 'team', value: 'net' }]),
    state: tagsOf(SPARE_ENI_2),
    before: '',
    after: 'team=net',
  },
  {
    action: 'UntagResources',
    send: (api) => api.untagNetworkInterfaces(REGION, [SPARE_ENI], ['owner']),
    state: tagsOf(SPARE_ENI),
    before: 'owner=lisi',
    after: '',
  },
  {
    action: 'StopInstance',
    send: (api) => api.stopInstance(REGION, WEB_2),
    state: instanceState(WEB_2),
    before: 'Running',
    after: 'Stopping',
  },
  {
    action: 'StartInstance',
    send: (api) => api.startInstance(REGION, BATCH_WORKER),
    state: instanceState(BATCH_WORKER),
    before: 'Stopped',
    after: 'Starting',
  },
];

describe('contract: writes are sent once, and a lost answer is reported as an outcome unknown', () => {
  let emulator: EcsEmulator;
  /** The real adapter with its default retry policy: a write it wrongly retried would reach the emulator again. */
  let api: EcsApi;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
    api = adapterFor(emulator, DEMO_KEYS, { timeoutMs: READ_TIMEOUT_MS });
  });

  afterEach(async () => {
    await emulator.close();
  });

  const lost: Array<[string, OneShotFault, string]> = [
    ['the connection is dropped without an answer', { kind: 'reset', afterAction: true }, 'NetworkError.Reset'],
    ['the answer is a server error', { kind: 'error', code: 'InternalError', afterAction: true }, 'InternalError'],
    ['the answer comes after the read timeout', { kind: 'slow', ms: READ_TIMEOUT_MS * 3 }, 'RequestTimeout'],
  ];

  for (const write of [ATTACH, DETACH, CREATE, DELETE]) {
    for (const [what, fault, code] of lost) {
      it(`${write.action}: carried out, but ${what}: sent once, ${code} with the outcome unknown`, async () => {
        assert.strictEqual(write.state(emulator), write.before);
        emulator.faults.inject(fault, { action: write.action });
        const error = await ecsErrorOf(write.send(api));
        assert.strictEqual(error.code, code, error.message);
        assert.strictEqual(error.outcomeUnknown, true, `${error.code} (HTTP ${error.httpStatus}) is not reported as an outcome unknown`);
        assert.strictEqual(emulator.calls(write.action), 1, 'the write reached the emulator more than once');
        assert.strictEqual(write.state(emulator), write.after, 'the emulator did not carry the write out');
      });
    }
  }

  const refusedFirst: Array<[string, OneShotFault, string]> = [
    ['ServiceUnavailable (503)', { kind: 'error', code: 'ServiceUnavailable' }, 'ServiceUnavailable'],
    ['InternalError (500)', { kind: 'error', code: 'InternalError' }, 'InternalError'],
    ['a reset connection', { kind: 'reset' }, 'NetworkError.Reset'],
    ['a body that is not JSON', { kind: 'garbage' }, 'InvalidResponse'],
  ];

  for (const write of WRITES) {
    for (const [what, fault, code] of refusedFirst) {
      it(`${write.action}: not retried after ${what}, which a read would be retried on`, async () => {
        emulator.faults.inject(fault, { action: write.action, times: 4 });
        const error = await ecsErrorOf(write.send(api));
        assert.strictEqual(error.code, code, error.message);
        assert.strictEqual(emulator.calls(write.action), 1, 'the write was sent again');
        assert.strictEqual(write.state(emulator), write.before);
      });
    }

    it(`${write.action}: retried after throttling, which ECS refused before doing anything, and carried out once`, async () => {
      emulator.faults.inject({ kind: 'error', code: 'Throttling.User' }, { action: write.action });
      await write.send(api);
      assert.strictEqual(emulator.calls(write.action), 2);
      assert.strictEqual(write.state(emulator), write.after);
    });
  }

  it('CreateNetworkInterface: after a lost answer, the same ClientToken sent again answers the ENI made, and makes no other', async () => {
    emulator.faults.inject({ kind: 'error', code: 'InternalError', afterAction: true }, { action: CREATE.action });
    const lostAnswer = await ecsErrorOf(CREATE.send(api));
    assert.strictEqual(lostAnswer.outcomeUnknown, true);
    const made = [...emulator.account().networkInterfaces.values()].find((eni) => eni.networkInterfaceName === 'made-once');
    assert.ok(made, 'the first request made the ENI');
    assert.strictEqual(await CREATE.send(api), made.networkInterfaceId);
    assert.strictEqual(CREATE.state(emulator), '1 made');
    assert.strictEqual(emulator.calls(CREATE.action), 2);
  });
});
