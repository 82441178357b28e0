import * as assert from 'node:assert';
import { EcsEmulator } from '../emulator/server';
import { callAction, sdkErrorOf } from './helpers';

type Json = Record<string, unknown>;
const list = (body: Json, outer: string, inner: string): Json[] => (body[outer] as Json)[inner] as Json[];

describe('contract: emulator actions through the SDK', () => {
  let emulator: EcsEmulator;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
  });

  afterEach(async () => {
    await emulator.close();
  });

  it('filters DescribeInstances by ids, VPC, zone, status and a name with *', async () => {
    const ids = await callAction(emulator, 'DescribeInstances', {
      RegionId: 'cn-hangzhou',
      InstanceIds: JSON.stringify(['i-bp1h4adlltjc1d48goaq', 'i-bp1c9m2wq7e5r3t1y0ub']),
    });
    assert.deepStrictEqual(
      list(ids.body, 'Instances', 'Instance').map((i) => i.InstanceName),
      ['web-1', 'batch-worker'],
    );
    const named = await callAction(emulator, 'DescribeInstances', { RegionId: 'cn-hangzhou', InstanceName: 'web-*' });
    assert.deepStrictEqual(
      list(named.body, 'Instances', 'Instance').map((i) => i.InstanceName),
      ['web-1', 'web-2'],
    );
    const stopped = await callAction(emulator, 'DescribeInstances', {
      RegionId: 'cn-hangzhou',
      Status: 'Stopped',
      ZoneId: 'cn-hangzhou-k',
    });
    assert.deepStrictEqual(
      list(stopped.body, 'Instances', 'Instance').map((i) => i.InstanceName),
      ['batch-worker'],
    );
    const vpc = await callAction(emulator, 'DescribeInstances', { RegionId: 'cn-hangzhou', VpcId: 'vpc-bp1opxu1zkhn00gzv26cd' });
    assert.deepStrictEqual(
      list(vpc.body, 'Instances', 'Instance').map((i) => i.InstanceName),
      ['build-agent'],
    );
    const malformed = await sdkErrorOf(callAction(emulator, 'DescribeInstances', { RegionId: 'cn-hangzhou', InstanceIds: 'i-1,i-2' }));
    assert.strictEqual(malformed.code, 'InvalidInstanceIds.Malformed');
  });

  it('pages DescribeInstances with PageNumber and PageSize, and clamps MaxResults', async () => {
    const second = await callAction(emulator, 'DescribeInstances', { RegionId: 'cn-hangzhou', PageNumber: '2', PageSize: '4' });
    assert.strictEqual(second.body.PageNumber, 2);
    assert.strictEqual(second.body.PageSize, 4);
    assert.strictEqual(second.body.TotalCount, 10);
    assert.deepStrictEqual(
      list(second.body, 'Instances', 'Instance').map((i) => i.InstanceName),
      ['db-replica', 'cache-1', 'build-agent', 'shop-api'],
    );
    const tooSmall = await callAction(emulator, 'DescribeInstances', { RegionId: 'cn-hangzhou', MaxResults: '3' });
    assert.strictEqual(list(tooSmall.body, 'Instances', 'Instance').length, 10, 'MaxResults below 10 counts as 10');
    const badSize = await sdkErrorOf(callAction(emulator, 'DescribeInstances', { RegionId: 'cn-hangzhou', PageSize: '101' }));
    assert.strictEqual(badSize.code, 'InvalidPageSize');
  });

  it('filters DescribeNetworkInterfaces and clamps MaxResults to 500', async () => {
    const byId = await callAction(emulator, 'DescribeNetworkInterfaces', {
      RegionId: 'cn-hangzhou',
      'NetworkInterfaceId.1': 'eni-bp17pdijfczax1huji00',
      'NetworkInterfaceId.2': 'eni-bp19rflhhebcz3jwlk22',
    });
    assert.deepStrictEqual(
      list(byId.body, 'NetworkInterfaceSets', 'NetworkInterfaceSet').map((e) => e.NetworkInterfaceName),
      ['spare-k', 'spare-i'],
    );
    const attached = await callAction(emulator, 'DescribeNetworkInterfaces', {
      RegionId: 'cn-hangzhou',
      InstanceId: 'i-bp1h4adlltjc1d48goaq',
    });
    assert.deepStrictEqual(
      list(attached.body, 'NetworkInterfaceSets', 'NetworkInterfaceSet').map((e) => e.Type),
      ['Primary', 'Secondary', 'Secondary'],
    );
    const filtered = await callAction(emulator, 'DescribeNetworkInterfaces', {
      RegionId: 'cn-hangzhou',
      Status: 'Available',
      Type: 'Secondary',
      VSwitchId: 'vsw-bp1xgvok3myac6ctry030',
      VpcId: 'vpc-bp171csbkbnjhg1bj3npw',
    });
    assert.deepStrictEqual(
      list(filtered.body, 'NetworkInterfaceSets', 'NetworkInterfaceSet').map((e) => e.NetworkInterfaceName),
      ['spare-k', 'spare-k-2'],
    );
    const paged = await callAction(emulator, 'DescribeNetworkInterfaces', { RegionId: 'cn-hangzhou', PageNumber: '2', PageSize: '10' });
    assert.strictEqual(list(paged.body, 'NetworkInterfaceSets', 'NetworkInterfaceSet').length, 10);
    const badStatus = await sdkErrorOf(callAction(emulator, 'DescribeNetworkInterfaces', { RegionId: 'cn-hangzhou', Status: 'Broken' }));
    assert.strictEqual(badStatus.code, 'InvalidStatus');
  });

  it('answers DescribeInstanceStatus, DescribeInstanceAttribute (no RegionId) and DescribeInstanceTypes', async () => {
    const statuses = await callAction(emulator, 'DescribeInstanceStatus', {
      RegionId: 'cn-hangzhou',
      'InstanceId.1': 'i-bp1c9m2wq7e5r3t1y0ub',
      'InstanceId.2': 'i-bp1d0n8va6s4d2f0g8id',
    });
    assert.deepStrictEqual(list(statuses.body, 'InstanceStatuses', 'InstanceStatus'), [
      { InstanceId: 'i-bp1c9m2wq7e5r3t1y0ub', Status: 'Stopped' },
      { InstanceId: 'i-bp1d0n8va6s4d2f0g8id', Status: 'Starting' },
    ]);
    const attribute = await callAction(emulator, 'DescribeInstanceAttribute', { InstanceId: 'i-uf6a1b2c3d4e5f6g7h8i' });
    assert.strictEqual(attribute.body.RegionId, 'cn-shanghai');
    assert.strictEqual(attribute.body.InstanceName, 'api-sh-1');
    const unknown = await sdkErrorOf(callAction(emulator, 'DescribeInstanceAttribute', { InstanceId: 'i-doesnotexist' }));
    assert.deepStrictEqual([unknown.code, unknown.statusCode], ['InvalidInstanceId.NotFound', 404]);
    const types = await callAction(emulator, 'DescribeInstanceTypes', {
      'InstanceTypes.1': 'ecs.g7.large',
      'InstanceTypes.2': 'ecs.t6-c1m1.large',
    });
    const found = list(types.body, 'InstanceTypes', 'InstanceType');
    assert.deepStrictEqual(
      found.map((t) => [t.InstanceTypeId, t.EniQuantity, t.EniPrivateIpAddressQuantity]),
      [
        ['ecs.g7.large', 3, 6],
        ['ecs.t6-c1m1.large', 2, 2],
      ],
    );
    assert.strictEqual(types.body.NextToken, '');
  });

  it('starts, stops and reboots instances through their transitional states', async () => {
    const stopped = 'i-bp1c9m2wq7e5r3t1y0ub';
    const status = async (id: string): Promise<unknown> =>
      list(
        (await callAction(emulator, 'DescribeInstanceStatus', { RegionId: 'cn-hangzhou', 'InstanceId.1': id })).body,
        'InstanceStatuses',
        'InstanceStatus',
      )[0]?.Status;
    await callAction(emulator, 'StartInstance', { InstanceId: stopped });
    assert.strictEqual(await status(stopped), 'Starting');
    emulator.world.clock.advance(emulator.world.delays.startMs);
    assert.strictEqual(await status(stopped), 'Running');
    await callAction(emulator, 'StopInstance', { InstanceId: stopped });
    assert.strictEqual(await status(stopped), 'Stopping');
    emulator.world.clock.advance(emulator.world.delays.stopMs);
    assert.strictEqual(await status(stopped), 'Stopped');
    const wrongState = await sdkErrorOf(callAction(emulator, 'StopInstance', { InstanceId: stopped }));
    assert.deepStrictEqual([wrongState.code, wrongState.statusCode], ['IncorrectInstanceStatus', 403]);
    const legacy = 'i-bp1legacy0startz7k2c';
    await callAction(emulator, 'RebootInstance', { InstanceId: legacy });
    emulator.world.clock.advance(emulator.world.delays.rebootMs);
    const attribute = await callAction(emulator, 'DescribeInstanceAttribute', { InstanceId: legacy });
    assert.ok(String(attribute.body.StartTime) > '2018-04-01', 'a reboot moves the last start time');
    const dryRun = await sdkErrorOf(callAction(emulator, 'StartInstance', { InstanceId: stopped, DryRun: 'true' }));
    assert.strictEqual(dryRun.code, 'DryRunOperation');
  });

  it('creates and deletes network interfaces, within the region quota', async () => {
    const created = await callAction(emulator, 'CreateNetworkInterface', {
      RegionId: 'cn-shanghai',
      VSwitchId: 'vsw-uf6kfbrxhc3ikxvbxkpuz',
      SecurityGroupId: 'sg-uf6bpwh0vb4x9m2yg2rf',
      NetworkInterfaceName: 'made-by-test',
      'Tag.1.Key': 'owner',
      'Tag.1.Value': 'ci',
    });
    const id = String(created.body.NetworkInterfaceId);
    assert.match(id, /^eni-/);
    assert.strictEqual(created.body.Status, 'Available');
    assert.strictEqual(created.body.ZoneId, 'cn-shanghai-f');
    await callAction(emulator, 'DeleteNetworkInterface', { RegionId: 'cn-shanghai', NetworkInterfaceId: id });
    emulator.world.clock.advance(emulator.world.delays.deleteMs);
    const gone = await callAction(emulator, 'DescribeNetworkInterfaces', { RegionId: 'cn-shanghai', 'NetworkInterfaceId.1': id });
    assert.deepStrictEqual(list(gone.body, 'NetworkInterfaceSets', 'NetworkInterfaceSet'), []);
    const missingGroup = await sdkErrorOf(
      callAction(emulator, 'CreateNetworkInterface', { RegionId: 'cn-shanghai', VSwitchId: 'vsw-uf6kfbrxhc3ikxvbxkpuz' }),
    );
    assert.strictEqual(missingGroup.code, 'MissingSecurityGroupId');
    emulator.account().eniQuotaPerRegion = 2;
    const quota = await sdkErrorOf(
      callAction(emulator, 'CreateNetworkInterface', {
        RegionId: 'cn-shanghai',
        VSwitchId: 'vsw-uf6kfbrxhc3ikxvbxkpuz',
        SecurityGroupId: 'sg-uf6bpwh0vb4x9m2yg2rf',
      }),
    );
    assert.deepStrictEqual([quota.code, quota.statusCode], ['MaxEniCountExceeded', 403]);
    const inUse = await sdkErrorOf(
      callAction(emulator, 'DeleteNetworkInterface', { RegionId: 'cn-hangzhou', NetworkInterfaceId: 'eni-bp1bthnjjgde15lynm44' }),
    );
    assert.strictEqual(inUse.code, 'InvalidOperation.InvalidEniState');
  });

  it("lets the demo data's transitional resources settle on their own", async () => {
    emulator.world.clock.advance(10_000);
    const enis = await callAction(emulator, 'DescribeNetworkInterfaces', {
      RegionId: 'cn-hangzhou',
      'NetworkInterfaceId.1': 'eni-bp1cuiokkhef26mzon55',
      'NetworkInterfaceId.2': 'eni-bp1dvjpllifg37n0po66',
    });
    assert.deepStrictEqual(
      list(enis.body, 'NetworkInterfaceSets', 'NetworkInterfaceSet').map((e) => e.Status),
      ['InUse', 'Available'],
    );
    const instances = await callAction(emulator, 'DescribeInstances', { RegionId: 'cn-hangzhou' });
    assert.ok(list(instances.body, 'Instances', 'Instance').every((i) => i.Status === 'Running' || i.Status === 'Stopped'));
  });

  it('answers actions with a missing or unknown RegionId as documented', async () => {
    const missing = await sdkErrorOf(callAction(emulator, 'DescribeInstances', {}));
    assert.deepStrictEqual([missing.code, missing.statusCode], ['MissingRegionId', 400]);
    const unknown = await sdkErrorOf(callAction(emulator, 'DescribeZones', { RegionId: 'mars-1' }));
    assert.deepStrictEqual([unknown.code, unknown.statusCode], ['InvalidRegionId.NotFound', 404]);
  });
});
