import * as assert from 'node:assert';
import { AccountBuilder, net } from '../emulator/accountBuilder';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, callAction, sdkErrorOf } from './helpers';

type Json = Record<string, unknown>;
const list = (body: Json, outer: string, inner: string): Json[] => (body[outer] as Json)[inner] as Json[];

const REGION = 'cn-hangzhou';
const PROD_VPC = 'vpc-bp171csbkbnjhg1bj3npw';
const STAGING_VPC = 'vpc-bp1st4g1ngq7w5e3r9t0y';

describe('contract: DescribeVSwitches and DescribeSecurityGroups through the SDK', () => {
  let emulator: EcsEmulator;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
  });

  afterEach(async () => {
    await emulator.close();
  });

  it("lists the demo region's vSwitches with names, CIDR blocks, states and the free addresses left", async () => {
    const vSwitches = await adapterFor(emulator).listVSwitches(REGION);
    const byName = new Map(vSwitches.map((v) => [v.vSwitchName, v]));
    assert.strictEqual(vSwitches.length, 11);
    assert.deepStrictEqual(byName.get('prod-k'), {
      vSwitchId: 'vsw-bp1xgvok3myac6ctry030',
      vSwitchName: 'prod-k',
      regionId: REGION,
      vpcId: PROD_VPC,
      zoneId: 'cn-hangzhou-k',
      cidrBlock: '172.16.181.0/24',
      ipv6CidrBlock: '2001:db8:10:b5::/64',
      status: 'Available',
      // 256 addresses, 4 reserved, 18 in use by 7 instances (their primary ENIs share the address), 9 other ENIs and
      // web-1-data's two secondary addresses.
      availableIpAddressCount: 234,
    });
    assert.strictEqual(byName.get('prod-i')?.availableIpAddressCount, 249);
    assert.strictEqual(byName.get('build-k')?.availableIpAddressCount, 250);
    assert.strictEqual(byName.get('build-k')?.ipv6CidrBlock, '');
    assert.strictEqual(byName.get('prod-k-almost-full')?.availableIpAddressCount, 1);
    assert.strictEqual(byName.get('prod-k-full')?.availableIpAddressCount, 0);
    assert.strictEqual(byName.get('prod-h-new')?.status, 'Pending');
    assert.deepStrictEqual(
      vSwitches.filter((v) => v.vpcId === STAGING_VPC).map((v) => [v.vSwitchName, v.zoneId]),
      [
        ['staging-h', 'cn-hangzhou-h'],
        ['staging-i', 'cn-hangzhou-i'],
      ],
    );
    const instances = await adapterFor(emulator).listInstances(REGION);
    assert.ok(!instances.some((i) => i.vpcId === STAGING_VPC), 'the staging VPC holds no instance');
  });

  it('filters and pages DescribeVSwitches by number only, at most 50 a page', async () => {
    const zoneK = await callAction(emulator, 'DescribeVSwitches', { RegionId: REGION, VpcId: PROD_VPC, ZoneId: 'cn-hangzhou-k' });
    assert.deepStrictEqual(
      list(zoneK.body, 'VSwitches', 'VSwitch').map((v) => v.VSwitchName),
      ['prod-k', 'prod-k-b', 'prod-k-almost-full', 'prod-k-full'],
    );
    const second = await callAction(emulator, 'DescribeVSwitches', { RegionId: REGION, PageNumber: '2', PageSize: '4' });
    assert.deepStrictEqual([second.body.PageNumber, second.body.PageSize, second.body.TotalCount], [2, 4, 11]);
    assert.strictEqual(list(second.body, 'VSwitches', 'VSwitch').length, 4);
    const firstByDefault = await callAction(emulator, 'DescribeVSwitches', { RegionId: REGION });
    assert.deepStrictEqual([firstByDefault.body.PageSize, list(firstByDefault.body, 'VSwitches', 'VSwitch').length], [10, 10]);
    const tooBig = await sdkErrorOf(callAction(emulator, 'DescribeVSwitches', { RegionId: REGION, PageSize: '51' }));
    assert.deepStrictEqual([tooBig.code, tooBig.statusCode], ['InvalidPageSize', 400]);
    const unknownRegion = await sdkErrorOf(callAction(emulator, 'DescribeVSwitches', { RegionId: 'xx-nowhere-1' }));
    assert.strictEqual(unknownRegion.code, 'InvalidRegionId.NotFound');
  });

  it('lists security groups with names and VPCs, sorted by id descending, a couple per VPC', async () => {
    const groups = await adapterFor(emulator).listSecurityGroups(REGION);
    assert.strictEqual(groups.length, 8);
    const ids = groups.map((g) => g.securityGroupId);
    assert.deepStrictEqual(ids, [...ids].sort().reverse());
    assert.deepStrictEqual(
      groups.find((g) => g.securityGroupId === 'sg-bp16q7p8yafqaure63n4'),
      {
        securityGroupId: 'sg-bp16q7p8yafqaure63n4',
        securityGroupName: 'web-servers',
        regionId: REGION,
        vpcId: PROD_VPC,
        description: 'HTTP and HTTPS from the internet',
      },
    );
    assert.deepStrictEqual(
      groups
        .filter((g) => g.vpcId === STAGING_VPC)
        .map((g) => g.securityGroupName)
        .sort(),
      ['default', 'staging-web'],
    );
  });

  it('pages DescribeSecurityGroups by NextToken without a TotalCount, or by number with one', async () => {
    const first = await callAction(emulator, 'DescribeSecurityGroups', { RegionId: REGION, MaxResults: '3' });
    assert.strictEqual(list(first.body, 'SecurityGroups', 'SecurityGroup').length, 3);
    assert.ok(first.body.NextToken, 'a next page');
    assert.strictEqual(first.body.TotalCount, undefined, 'token paging answers no TotalCount');
    const rest = await callAction(emulator, 'DescribeSecurityGroups', {
      RegionId: REGION,
      MaxResults: '100',
      NextToken: String(first.body.NextToken),
    });
    assert.strictEqual(list(rest.body, 'SecurityGroups', 'SecurityGroup').length, 5);
    assert.strictEqual(rest.body.NextToken, '');
    const numbered = await callAction(emulator, 'DescribeSecurityGroups', { RegionId: REGION, PageNumber: '1', PageSize: '50' });
    assert.strictEqual(numbered.body.TotalCount, 8);
    const tooBig = await sdkErrorOf(callAction(emulator, 'DescribeSecurityGroups', { RegionId: REGION, PageSize: '51' }));
    assert.strictEqual(tooBig.code, 'InvalidPageSize');
    const byVpc = await callAction(emulator, 'DescribeSecurityGroups', { RegionId: REGION, VpcId: STAGING_VPC });
    assert.strictEqual(list(byVpc.body, 'SecurityGroups', 'SecurityGroup').length, 2);
    const byIds = await callAction(emulator, 'DescribeSecurityGroups', {
      RegionId: REGION,
      SecurityGroupIds: JSON.stringify(['sg-bp1fg655nh68xyz9i4eh', 'sg-bp1bd3fau1tq8w6e4r2t']),
    });
    assert.deepStrictEqual(
      list(byIds.body, 'SecurityGroups', 'SecurityGroup').map((g) => g.SecurityGroupName),
      ['build-agents', 'default'],
    );
    const badIds = await sdkErrorOf(callAction(emulator, 'DescribeSecurityGroups', { RegionId: REGION, SecurityGroupIds: 'sg-1' }));
    assert.strictEqual(badIds.code, 'InvalidSecurityGroupIds.Malformed');
  });

  it('reads every page of a region with more vSwitches and security groups than one page holds', async () => {
    const builder = new AccountBuilder('1000');
    for (let n = 0; n < 120; n += 1) {
      builder.vSwitch(net(REGION, 'cn-hangzhou-k', 'vpc-big', `vsw-big${String(n).padStart(4, '0')}`, '', `10.${n}.0.0/24`), {
        name: `big-${n}`,
      });
      builder.securityGroup(REGION, 'vpc-big', { id: `sg-big${String(n).padStart(4, '0')}`, name: `big-${n}` });
      builder.securityGroup(REGION, 'vpc-big', { id: `sg-big${String(n + 500).padStart(4, '0')}`, name: `big-${n + 500}` });
    }
    const big = await EcsEmulator.start({ accounts: { demo: builder.build() } });
    try {
      const api = adapterFor(big);
      const vSwitches = await api.listVSwitches(REGION);
      assert.strictEqual(new Set(vSwitches.map((v) => v.vSwitchId)).size, 120);
      assert.strictEqual(big.calls('DescribeVSwitches'), 3, '50 a page');
      const groups = await api.listSecurityGroups(REGION);
      assert.strictEqual(new Set(groups.map((g) => g.securityGroupId)).size, 240);
      assert.strictEqual(big.calls('DescribeSecurityGroups'), 3, '100 a page');
    } finally {
      await big.close();
    }
  });
});
