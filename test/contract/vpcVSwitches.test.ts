import * as assert from 'node:assert';
import Vpc, { DescribeVSwitchesRequest, DescribeVSwitchesRequestTag } from '@alicloud/vpc20160428';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, callAction, DEMO_KEYS, sdkErrorOf } from './helpers';

const REGION = 'cn-hangzhou';
const PROD_VPC = 'vpc-bp171csbkbnjhg1bj3npw';

/** VPC's generated client, pointed at the emulator as the adapter points its own. */
const vpcClient = (emulator: EcsEmulator, keys: { accessKeyId: string; accessKeySecret: string } = DEMO_KEYS): Vpc =>
  new Vpc(
    new $OpenApiUtil.Config({
      endpoint: `127.0.0.1:${emulator.port}`,
      protocol: 'http',
      regionId: REGION,
      accessKeyId: keys.accessKeyId,
      accessKeySecret: keys.accessKeySecret,
    }),
  );

/**
 * VPC's DescribeVSwitches (2016-04-28), which the adapter reads vSwitches with: ECS's own action of the same name is
 * deprecated in its favour (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describevswitches).
 */
describe("contract: VPC's DescribeVSwitches through the generated VPC client", () => {
  let emulator: EcsEmulator;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
  });

  afterEach(async () => {
    await emulator.close();
  });

  it('answers the typed request with the IPv6 CIDR block and the free addresses, cast into the SDK model', async () => {
    const response = await vpcClient(emulator).describeVSwitches(
      new DescribeVSwitchesRequest({ regionId: REGION, vpcId: PROD_VPC, vSwitchName: 'prod-k' }),
    );
    const found = response.body?.vSwitches?.vSwitch ?? [];
    assert.deepStrictEqual(
      found.map((v) => [v.vSwitchId, v.cidrBlock, v.ipv6CidrBlock, v.availableIpAddressCount, v.zoneId]),
      [['vsw-bp1xgvok3myac6ctry030', '172.16.181.0/24', '2001:db8:10:b5::/64', 234, 'cn-hangzhou-k']],
    );
    assert.strictEqual(response.body?.totalCount, 1);
  });

  it('filters by EnableIpv6 and pages by number, at most 50 a page', async () => {
    const client = vpcClient(emulator);
    const withIpv6 = await client.describeVSwitches(new DescribeVSwitchesRequest({ regionId: REGION, enableIpv6: true, pageSize: 50 }));
    const withoutIpv6 = await client.describeVSwitches(new DescribeVSwitchesRequest({ regionId: REGION, enableIpv6: false, pageSize: 50 }));
    const all = await client.describeVSwitches(new DescribeVSwitchesRequest({ regionId: REGION, pageSize: 50 }));
    const ids = (body: typeof all.body): string[] => (body?.vSwitches?.vSwitch ?? []).map((v) => v.vSwitchId ?? '');
    assert.ok(ids(withIpv6.body).length > 0 && ids(withoutIpv6.body).length > 0);
    assert.deepStrictEqual([...ids(withIpv6.body), ...ids(withoutIpv6.body)].sort(), ids(all.body).sort());
    assert.ok((withIpv6.body?.vSwitches?.vSwitch ?? []).every((v) => v.ipv6CidrBlock !== ''));
    const second = await client.describeVSwitches(new DescribeVSwitchesRequest({ regionId: REGION, pageNumber: 2, pageSize: 4 }));
    assert.deepStrictEqual(
      [second.body?.pageNumber, second.body?.pageSize, second.body?.totalCount, ids(second.body).length],
      [2, 4, 11, 4],
    );
    const tooBig = await sdkErrorOf(client.describeVSwitches(new DescribeVSwitchesRequest({ regionId: REGION, pageSize: 51 })));
    assert.deepStrictEqual([tooBig.code, tooBig.statusCode], ['InvalidPageSize', 400]);
  });

  it('takes the region from VpcId when RegionId is left out, as the reference allows either', async () => {
    const response = await vpcClient(emulator).describeVSwitches(new DescribeVSwitchesRequest({ vpcId: PROD_VPC, pageSize: 50 }));
    const found = response.body?.vSwitches?.vSwitch ?? [];
    assert.ok(found.length > 0 && found.every((v) => v.vpcId === PROD_VPC));
  });

  it('refuses the filters it does not model (tags, route table, owner) rather than ignore them', async () => {
    const client = vpcClient(emulator);
    const byTag = new DescribeVSwitchesRequest({ regionId: REGION, tag: [new DescribeVSwitchesRequestTag({ key: 'env', value: 'prod' })] });
    const byRouteTable = new DescribeVSwitchesRequest({ regionId: REGION, routeTableId: 'vtb-1' });
    const byOwner = new DescribeVSwitchesRequest({ regionId: REGION, vSwitchOwnerId: 1234567890 });
    for (const request of [byTag, byRouteTable, byOwner]) {
      const error = await sdkErrorOf(client.describeVSwitches(request));
      assert.deepStrictEqual([error.code, error.statusCode], ['UnsupportedParameter', 400]);
    }
    const inGroup = await client.describeVSwitches(new DescribeVSwitchesRequest({ regionId: REGION, resourceGroupId: 'rg-aek2abc' }));
    assert.deepStrictEqual(inGroup.body?.vSwitches?.vSwitch ?? [], [], 'everything is in the default group, which no filter names');
  });

  it("leaves the IPv6 CIDR block out of ECS's deprecated action, as its SDK model does, and needs vpc:DescribeVSwitches for both", async () => {
    const ecs = await callAction(emulator, 'DescribeVSwitches', { RegionId: REGION, VpcId: PROD_VPC });
    const rows = (ecs.body.VSwitches as { VSwitch: Array<Record<string, unknown>> }).VSwitch;
    assert.ok(rows.length > 0 && rows.every((row) => !('Ipv6CidrBlock' in row)));
    emulator.accessKeys.set('no-vpc', {
      accessKeyId: 'no-vpc',
      accessKeySecret: 'no-vpc-secret',
      account: 'demo',
      deniedRamActions: ['vpc:DescribeVSwitches'],
    });
    const keys = { accessKeyId: 'no-vpc', accessKeySecret: 'no-vpc-secret' };
    const viaVpc = await sdkErrorOf(vpcClient(emulator, keys).describeVSwitches(new DescribeVSwitchesRequest({ regionId: REGION })));
    const viaEcs = await sdkErrorOf(callAction(emulator, 'DescribeVSwitches', { RegionId: REGION }, keys));
    assert.deepStrictEqual([viaVpc.code, viaEcs.code], ['Forbidden.RAM', 'Forbidden.RAM']);
  });

  it("sends the adapter's vSwitch reads to VPC's version, through the same endpoint", async () => {
    await adapterFor(emulator).listVSwitches(REGION);
    const sent = emulator.received.filter((call) => call.action === 'DescribeVSwitches');
    assert.ok(sent.length > 0);
    assert.deepStrictEqual(emulator.versionsOf('DescribeVSwitches'), ['2016-04-28']);
  });
});
