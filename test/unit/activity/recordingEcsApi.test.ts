import * as assert from 'node:assert/strict';
import type { WriteEntry } from '../../../src/activity/activityEntry';
import { ActivityLog } from '../../../src/activity/activityLog';
import { recordingEcsApi } from '../../../src/activity/recordingEcsApi';
import type { EcsApi } from '../../../src/cloud/ecsApi';
import { EcsError } from '../../../src/cloud/ecsError';
import * as build from '../../../src/domain/export/ecsRequest';
import { eni, fakeApi, type FakeEcsApi, instance } from '../../support/fakeEcsApi';
import { FakeClock, FakeMemento, OPEN_GATE, tick } from './fakes';

const REGION = 'cn-hangzhou';
const ENI = 'eni-bp17pdijfczax1huji00';
const ENI_2 = 'eni-bp18qejkgdaby2ivkj11';
const INSTANCE = 'i-bp1h4adlltjc1d48goaq';
const SECRET = 'FAKEs3cretAbCdEfGhIjKlMnOpQrStUv';

interface WriteCase {
  readonly send: (api: EcsApi) => Promise<unknown>;
  readonly request: build.EcsRequest;
  readonly resourceIds: readonly string[];
  readonly requestId: string;
}

const WRITES: readonly WriteCase[] = [
  {
    send: (api) => api.attachNetworkInterface(REGION, ENI, INSTANCE),
    request: build.attachRequest(REGION, ENI, INSTANCE),
    resourceIds: [ENI, INSTANCE],
    requestId: 'R-attach',
  },
  {
    send: (api) => api.detachNetworkInterface(REGION, ENI, INSTANCE),
    request: build.detachRequest(REGION, ENI, INSTANCE),
    resourceIds: [ENI, INSTANCE],
    requestId: 'R-detach',
  },
  {
    send: (api) => api.createNetworkInterface({ regionId: REGION, vSwitchId: 'vsw-1', securityGroupIds: ['sg-1'], name: 'n' }),
    request: build.createRequest({ regionId: REGION, vSwitchId: 'vsw-1', securityGroupIds: ['sg-1'], name: 'n' }),
    resourceIds: ['eni-fake000001', 'vsw-1', 'sg-1'],
    requestId: 'R-create-1',
  },
  {
    send: (api) => api.deleteNetworkInterface(REGION, ENI),
    request: build.deleteRequest(REGION, ENI),
    resourceIds: [ENI],
    requestId: 'R-delete',
  },
  {
    send: (api) => api.modifyNetworkInterfaceAttribute(REGION, ENI, { description: 'd', securityGroupIds: ['sg-2'] }),
    request: build.modifyRequest(REGION, ENI, { description: 'd', securityGroupIds: ['sg-2'] }),
    resourceIds: [ENI],
    requestId: 'R-modify',
  },
  {
    send: (api) => api.tagNetworkInterfaces(REGION, [ENI, ENI_2], [{ key: 'env', value: 'prod' }]),
    request: build.tagRequest(REGION, [ENI, ENI_2], [{ key: 'env', value: 'prod' }]),
    resourceIds: [ENI, ENI_2],
    requestId: 'R-tag',
  },
  {
    send: (api) => api.untagNetworkInterfaces(REGION, [ENI], ['env']),
    request: build.untagRequest(REGION, [ENI], ['env']),
    resourceIds: [ENI],
    requestId: 'R-untag',
  },
  {
    send: (api) => api.startInstance(REGION, INSTANCE),
    request: build.startRequest(REGION, INSTANCE),
    resourceIds: [INSTANCE],
    requestId: 'R-start',
  },
  {
    send: (api) => api.stopInstance(REGION, INSTANCE, { stoppedMode: 'StopCharging', force: true }),
    request: build.stopRequest(REGION, INSTANCE, { stoppedMode: 'StopCharging', force: true }),
    resourceIds: [INSTANCE],
    requestId: 'R-stop',
  },
  {
    send: (api) => api.rebootInstance(REGION, INSTANCE, true),
    request: build.rebootRequest(REGION, INSTANCE, true),
    resourceIds: [INSTANCE],
    requestId: 'R-reboot',
  },
  {
    send: (api) => api.assignPrivateIpAddresses(REGION, ENI, { count: 2 }),
    request: build.assignPrivateIpAddressesRequest(REGION, ENI, { count: 2 }),
    resourceIds: [ENI],
    requestId: 'R-assign',
  },
  {
    send: (api) => api.unassignPrivateIpAddresses(REGION, ENI, ['10.0.1.1']),
    request: build.unassignPrivateIpAddressesRequest(REGION, ENI, ['10.0.1.1']),
    resourceIds: [ENI],
    requestId: 'R-unassign',
  },
  {
    send: (api) => api.assignIpv6Addresses(REGION, ENI, { addresses: ['2001:db8::9'] }),
    request: build.assignIpv6AddressesRequest(REGION, ENI, { addresses: ['2001:db8::9'] }),
    resourceIds: [ENI],
    requestId: 'R-assign-ipv6',
  },
  {
    send: (api) => api.unassignIpv6Addresses(REGION, ENI, ['2001:db8::9']),
    request: build.unassignIpv6AddressesRequest(REGION, ENI, ['2001:db8::9']),
    resourceIds: [ENI],
    requestId: 'R-unassign-ipv6',
  },
];

/** The support fake, with instance writes that answer with request ids and fail on `writeFail` like the others. */
function fakeEcs(clock?: FakeClock): FakeEcsApi {
  const api = fakeApi([instance(INSTANCE)], [eni(ENI), eni(ENI_2)]);
  const instanceWrite = (requestId: string) => async (): Promise<string> => {
    if (clock) {
      clock.time += 1500;
    }
    if (api.writeFail) {
      throw api.writeFail;
    }
    return requestId;
  };
  api.attachNetworkInterface = instanceWrite('R-attach');
  api.detachNetworkInterface = instanceWrite('R-detach');
  api.startInstance = instanceWrite('R-start');
  api.stopInstance = instanceWrite('R-stop');
  api.rebootInstance = instanceWrite('R-reboot');
  return api;
}

const onlyWrite = (log: ActivityLog): WriteEntry => {
  assert.equal(log.entries.length, 1);
  const [entry] = log.entries;
  assert.equal(entry?.kind, 'write');
  return entry;
};

describe('activity: the recording EcsApi', () => {
  for (const write of WRITES) {
    it(`records ${write.request.action}: the request the export builds, the resources, the request id`, async () => {
      const clock = new FakeClock();
      const log = new ActivityLog(new FakeMemento(), { now: clock.now });
      const api = recordingEcsApi(fakeEcs(clock), log, OPEN_GATE);
      const started = clock.time;
      await write.send(api);
      const entry = onlyWrite(log);
      assert.deepEqual(
        { title: entry.title, action: entry.action, regionId: entry.regionId, request: entry.request, resourceIds: entry.resourceIds },
        {
          title: write.request.action,
          action: write.request.action,
          regionId: REGION,
          request: write.request,
          resourceIds: write.resourceIds,
        },
      );
      assert.equal(entry.status, 'succeeded');
      assert.equal(entry.requestId, write.requestId);
      assert.equal(entry.startedAt, started);
      assert.equal(entry.error, undefined);
    });

    it(`records ${write.request.action} failing with the EcsError's code, detail and request id, and rethrows`, async () => {
      const clock = new FakeClock();
      const log = new ActivityLog(new FakeMemento(), { now: clock.now });
      const inner = fakeEcs(clock);
      const refusal = new EcsError(
        'Forbidden.RAM',
        `denied for AccessKeySecret=${SECRET}`,
        'R-refused',
        403,
        undefined,
        'X',
        undefined,
        'No.',
      );
      inner.writeFail = refusal;
      await assert.rejects(write.send(recordingEcsApi(inner, log, OPEN_GATE)), (error) => error === refusal);
      const entry = onlyWrite(log);
      assert.equal(entry.status, 'failed');
      assert.deepEqual(entry.error, { code: 'Forbidden.RAM', detail: 'No.', requestId: 'R-refused' });
      assert.equal(entry.requestId, undefined);
      assert.ok(entry.durationMs !== undefined && entry.durationMs >= 0);
      assert.ok(!JSON.stringify(log.entries).includes(SECRET));
    });
  }

  for (const [code, status] of [
    ['RequestTimeout', undefined],
    ['NetworkError.Reset', undefined],
    ['InternalError', 500],
  ] as const) {
    it(`records a write whose answer was lost (${code}) as unknown, never as failed: it may have been done`, async () => {
      const log = new ActivityLog(new FakeMemento(), { now: new FakeClock().now });
      const inner = fakeEcs(new FakeClock());
      inner.writeFail = new EcsError(code, 'lost', undefined, status, undefined, 'AttachNetworkInterface');
      const [write] = WRITES;
      assert.ok(write);
      await assert.rejects(write.send(recordingEcsApi(inner, log, OPEN_GATE)));
      assert.equal(onlyWrite(log).status, 'unknown');
    });
  }

  it('measures a write from start to answer on the injected clock, and is running meanwhile', async () => {
    const clock = new FakeClock();
    const log = new ActivityLog(new FakeMemento(), { now: clock.now });
    const inner = fakeEcs();
    let release: () => void = () => undefined;
    inner.attachNetworkInterface = () =>
      new Promise((resolve) => {
        release = () => resolve('R-late');
      });
    const sent = recordingEcsApi(inner, log, OPEN_GATE).attachNetworkInterface(REGION, ENI, INSTANCE);
    // The write starts once the gate let it out.
    await tick();
    assert.equal(onlyWrite(log).status, 'running');
    assert.equal(onlyWrite(log).durationMs, undefined);
    clock.time += 4321;
    release();
    assert.equal(await sent, 'R-late');
    assert.equal(onlyWrite(log).durationMs, 4321);
    assert.equal(onlyWrite(log).requestId, 'R-late');
  });

  it('passes reads straight through and records none of them', async () => {
    const log = new ActivityLog(new FakeMemento());
    const inner = fakeEcs();
    const api = recordingEcsApi(inner, log, OPEN_GATE);
    await api.describeRegions();
    assert.deepEqual(
      (await api.listInstances(REGION)).map((found) => found.instanceId),
      [INSTANCE],
    );
    await api.listNetworkInterfaces(REGION);
    await api.getInstances(REGION, [INSTANCE]);
    await api.getNetworkInterfaces(REGION, [ENI]);
    await api.describeInstanceTypes(['ecs.g7.large']);
    await api.listVSwitches(REGION);
    await api.listSecurityGroups(REGION);
    await api.describeSecurityGroupRules(REGION, 'sg-1');
    assert.equal(inner.calls.length, 9);
    assert.deepEqual(log.entries, []);
  });

  it('keeps no secret: neither the message of an EcsError nor anything of another error, in memory or in storage', async () => {
    const memento = new FakeMemento();
    const log = new ActivityLog(memento);
    log.switchAccount('account-1');
    const inner = fakeEcs();
    const api = recordingEcsApi(inner, log, OPEN_GATE);
    inner.writeFail = new EcsError(
      'SignatureDoesNotMatch',
      `https://ecs.aliyuncs.com/?AccessKeyId=LTAI5tFakeKeyId0001&AccessKeySecret=${SECRET}&Signature=abc`,
      'R-sig',
      400,
      undefined,
      'DeleteNetworkInterface',
      undefined,
      `The signature does not match; AccessKeySecret=${SECRET}`,
    );
    await assert.rejects(api.deleteNetworkInterface(REGION, ENI));
    inner.writeFail = new Error(`socket hang up; secret ${SECRET}`) as EcsError;
    await assert.rejects(api.deleteNetworkInterface(REGION, ENI));
    await log.flush();
    const [other, signature] = log.entries;
    assert.deepEqual(other?.error, { code: 'UnknownError' });
    assert.equal(signature?.error?.code, 'SignatureDoesNotMatch');
    assert.match(signature?.error?.detail ?? '', /\[redacted\]/);
    assert.ok(!JSON.stringify(log.entries).includes(SECRET));
    assert.ok(!JSON.stringify([...memento.values]).includes(SECRET));
    assert.equal(memento.values.size, 1);
  });
});
