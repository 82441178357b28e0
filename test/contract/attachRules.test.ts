import * as assert from 'node:assert';
import { EcsEmulator } from '../emulator/server';
import { callAction, sdkErrorOf } from './helpers';

type Json = Record<string, unknown>;

const ENI = {
  spareK: 'eni-bp17pdijfczax1huji00',
  spareK2: 'eni-bp18qejkgdaby2ivkj11',
  spareI: 'eni-bp19rflhhebcz3jwlk22',
  otherVpc: 'eni-bp1asgmiifcd04kxml33',
  web1Data: 'eni-bp1bthnjjgde15lynm44',
  leaving: 'eni-bp1dvjpllifg37n0po66',
  nlbManaged: 'eni-bp1fxlrnnkhi59p2rq88',
  member: 'eni-bp1hzntppmjk71r4tsaa',
  web1Primary: 'eni-bp1h4adlltjc1d48goaq',
};
const INSTANCE = {
  web1: 'i-bp1h4adlltjc1d48goaq',
  web2: 'i-bp1b8kf3yu0o4q1jh2xa',
  batchWorker: 'i-bp1c9m2wq7e5r3t1y0ub',
  legacyErp: 'i-bp1legacy0startz7k2c',
  dbReplica: 'i-bp1d0n8va6s4d2f0g8id',
  shopApi: 'i-bp1shop8t6c1m2burst',
  gateway: 'i-bp1gw4x7c2v9b3n5m1kq',
  oldGen: 'i-bp1oldgen2t1small9zz',
};

describe('contract: attach and detach rules of the emulator', () => {
  let emulator: EcsEmulator;

  const attach = (eni: string, instance: string, extra: Record<string, string> = {}): Promise<unknown> =>
    callAction(emulator, 'AttachNetworkInterface', { RegionId: 'cn-hangzhou', NetworkInterfaceId: eni, InstanceId: instance, ...extra });
  const detach = (eni: string, instance: string): Promise<unknown> =>
    callAction(emulator, 'DetachNetworkInterface', { RegionId: 'cn-hangzhou', NetworkInterfaceId: eni, InstanceId: instance });
  const eniStatus = async (eni: string): Promise<Json | undefined> => {
    const answer = await callAction(emulator, 'DescribeNetworkInterfaces', { RegionId: 'cn-hangzhou', 'NetworkInterfaceId.1': eni });
    return ((answer.body.NetworkInterfaceSets as Json).NetworkInterfaceSet as Json[])[0];
  };

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
  });

  afterEach(async () => {
    await emulator.close();
  });

  const refused: Array<[string, () => Promise<unknown>, string, number]> = [
    ['a primary ENI', () => attach(ENI.web1Primary, INSTANCE.web2), 'InvalidOperation.InvalidEniType', 403],
    ['a member ENI', () => attach(ENI.member, INSTANCE.web2), 'InvalidOperation.InvalidEniType', 403],
    ['a service-managed ENI', () => attach(ENI.nlbManaged, INSTANCE.web2), 'InvalidOperation.EniServiceManaged', 403],
    ['an ENI that is not Available', () => attach(ENI.web1Data, INSTANCE.web2), 'InvalidOperation.InvalidEniState', 400],
    ['an instance that is Starting', () => attach(ENI.spareI, INSTANCE.dbReplica), 'InvalidOperation.InvalidEcsState', 400],
    [
      'a Running instance of a type that must be Stopped',
      () => attach(ENI.spareK, INSTANCE.shopApi),
      'InvalidOperation.InvalidEcsState',
      400,
    ],
    [
      'a Running instance last started before 2018-04-01',
      () => attach(ENI.spareK, INSTANCE.legacyErp),
      'InvalidOperation.InvalidEcsState',
      400,
    ],
    ['an instance type that is not I/O optimized', () => attach(ENI.spareK, INSTANCE.oldGen), 'InvalidOperation.InvalidGeneration', 400],
    ['an ENI of another VPC', () => attach(ENI.otherVpc, INSTANCE.web2), 'InvalidOperation.VpcMismatch', 403],
    ['an ENI of another zone', () => attach(ENI.spareI, INSTANCE.web2), 'InvalidOperation.AvailabilityZoneMismatch', 403],
    ['an instance at its ENI limit', () => attach(ENI.spareK, INSTANCE.web1), 'EniPerInstanceLimitExceeded', 403],
    ['an unknown ENI', () => attach('eni-doesnotexist', INSTANCE.web2), 'InvalidEniId.NotFound', 404],
    ['an unknown instance', () => attach(ENI.spareK, 'i-doesnotexist'), 'InvalidEcsId.NotFound', 404],
    ['a malformed instance id', () => attach(ENI.spareK, 'web-2'), 'InvalidInstanceID.Malformed', 400],
    ['a malformed ENI id', () => attach('nic-1', INSTANCE.web2), 'InvalidParams.EniId', 400],
    [
      'no NetworkInterfaceId',
      () => callAction(emulator, 'AttachNetworkInterface', { RegionId: 'cn-hangzhou', InstanceId: INSTANCE.web2 }),
      'MissingNetworkInterfaceId',
      400,
    ],
    ['an empty InstanceId', () => attach(ENI.spareK, ' '), 'MissingParameter', 400],
    [
      'no RegionId',
      () => callAction(emulator, 'AttachNetworkInterface', { NetworkInterfaceId: ENI.spareK, InstanceId: INSTANCE.web2 }),
      'MissingRegionId',
      400,
    ],
    [
      'an unknown region',
      () =>
        callAction(emulator, 'AttachNetworkInterface', {
          RegionId: 'xx-nowhere-1',
          NetworkInterfaceId: ENI.spareK,
          InstanceId: INSTANCE.web2,
        }),
      'InvalidOperation.InvalidRegion',
      400,
    ],
    [
      'a trunk ENI parameter',
      () => attach(ENI.spareK, INSTANCE.web2, { TrunkNetworkInstanceId: 'eni-trunk' }),
      'UnsupportedParameter',
      400,
    ],
    ['a network card the type lacks', () => attach(ENI.spareK, INSTANCE.web2, { NetworkCardIndex: '3' }), 'InvalidParameter', 400],
  ];

  for (const [what, call, code, status] of refused) {
    it(`refuses to attach ${what} with ${code}`, async () => {
      const error = await sdkErrorOf(call());
      assert.deepStrictEqual([error.code, error.statusCode], [code, status], error.message);
      assert.strictEqual(error.data.Code, code);
      assert.match(String(error.data.Recommend), new RegExp(`q=${code.replace(/\./g, '\\.')}&product=Ecs`));
    });
  }

  it('attaches: Attaching at once, InUse after the delay, and the instance lists the ENI', async () => {
    await attach(ENI.spareK, INSTANCE.web2);
    const attaching = await eniStatus(ENI.spareK);
    assert.deepStrictEqual([attaching?.Status, attaching?.InstanceId], ['Attaching', INSTANCE.web2]);
    emulator.world.clock.advance(emulator.world.delays.attachMs);
    assert.strictEqual((await eniStatus(ENI.spareK))?.Status, 'InUse');
    const instance = await callAction(emulator, 'DescribeInstances', {
      RegionId: 'cn-hangzhou',
      InstanceIds: JSON.stringify([INSTANCE.web2]),
    });
    const enis = (((instance.body.Instances as Json).Instance as Json[])[0]?.NetworkInterfaces as Json).NetworkInterface as Json[];
    assert.ok(enis.some((eni) => eni.NetworkInterfaceId === ENI.spareK));
  });

  it('attaches to a Stopped instance of a type that must be Stopped', async () => {
    await attach(ENI.spareK, INSTANCE.batchWorker);
    assert.strictEqual((await eniStatus(ENI.spareK))?.Status, 'Attaching');
  });

  it('counts an ENI still attaching against the instance limit', async () => {
    await attach(ENI.spareK, INSTANCE.web2);
    const error = await sdkErrorOf(attach(ENI.spareK2, INSTANCE.web2));
    assert.strictEqual(error.code, 'EniPerInstanceLimitExceeded');
  });

  it('can make an attach fail asynchronously, back to Available', async () => {
    emulator.world.failNextAttach(ENI.spareK);
    await attach(ENI.spareK, INSTANCE.web2);
    assert.strictEqual((await eniStatus(ENI.spareK))?.Status, 'Attaching');
    emulator.world.clock.advance(emulator.world.delays.attachMs);
    const after = await eniStatus(ENI.spareK);
    assert.deepStrictEqual([after?.Status, after?.InstanceId], ['Available', '']);
  });

  it('refuses a key whose RAM policy denies the action with Forbidden.RAM', async () => {
    emulator.accessKeys.set('limited-ak', {
      accessKeyId: 'limited-ak',
      accessKeySecret: 'limited-secret',
      account: 'demo',
      deniedRamActions: ['ecs:AttachNetworkInterface'],
    });
    const error = await sdkErrorOf(
      callAction(
        emulator,
        'AttachNetworkInterface',
        { RegionId: 'cn-hangzhou', NetworkInterfaceId: ENI.spareK, InstanceId: INSTANCE.web2 },
        { accessKeyId: 'limited-ak', accessKeySecret: 'limited-secret' },
      ),
    );
    assert.deepStrictEqual([error.code, error.statusCode], ['Forbidden.RAM', 403]);
  });

  it('detaches: Detaching at once, Available after the delay', async () => {
    await detach(ENI.web1Data, INSTANCE.web1);
    assert.strictEqual((await eniStatus(ENI.web1Data))?.Status, 'Detaching');
    emulator.world.clock.advance(emulator.world.delays.detachMs);
    const after = await eniStatus(ENI.web1Data);
    assert.deepStrictEqual([after?.Status, after?.InstanceId], ['Available', '']);
  });

  it('lets a detach be sent again while the ENI is Detaching', async () => {
    await detach(ENI.leaving, INSTANCE.web1);
    assert.strictEqual((await eniStatus(ENI.leaving))?.Status, 'Detaching');
  });

  const detachRefused: Array<[string, () => Promise<unknown>, string, number]> = [
    ['a primary ENI', () => detach(ENI.web1Primary, INSTANCE.web1), 'InvalidOperation.DetachPrimaryEniNotAllowed', 400],
    ['an ENI that is Available', () => detach(ENI.spareK, INSTANCE.web1), 'InvalidOperation.InvalidEniState', 400],
    ['an ENI attached to another instance', () => detach(ENI.web1Data, INSTANCE.web2), 'InvalidOperation.InvalidEniState', 400],
    ['a service-managed ENI', () => detach(ENI.nlbManaged, INSTANCE.gateway), 'InvalidOperation.EniServiceManaged', 403],
  ];

  for (const [what, call, code, status] of detachRefused) {
    it(`refuses to detach ${what} with ${code}`, async () => {
      const error = await sdkErrorOf(call());
      assert.deepStrictEqual([error.code, error.statusCode], [code, status], error.message);
    });
  }

  it('refuses to detach from a Running instance of a type that must be Stopped', async () => {
    const eni = emulator.account().networkInterfaces.get(ENI.spareK);
    assert.ok(eni);
    Object.assign(eni, { status: 'InUse', instanceId: INSTANCE.shopApi, deviceIndex: 1 });
    const error = await sdkErrorOf(detach(ENI.spareK, INSTANCE.shopApi));
    assert.strictEqual(error.code, 'InvalidOperation.InvalidEcsState');
  });
});
