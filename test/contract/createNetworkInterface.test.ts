import * as assert from 'node:assert';
import type { EcsApi } from '../../src/cloud/ecsApi';
import { EcsError } from '../../src/cloud/ecsError';
import type { NewNetworkInterface } from '../../src/domain/networkInterfaceChanges';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, callAction, sdkErrorOf } from './helpers';
import { DB_ACCESS, PROD_K, WEB_SERVERS } from '../emulator/demoIds';

const REGION = 'cn-hangzhou';
const ALMOST_FULL = 'vsw-bp1n3arlyfu11ne4ipq2';
const FULL = 'vsw-bp1f0ul7n0ipl3ft5kq8z';
const PENDING = 'vsw-bp1p3nd1ngh7w2c9xs6uv';
const PROD_DEFAULT = 'sg-bp1d3fau1t7xq9w2k5m8';
const BUILD_AGENTS = 'sg-bp1fg655nh68xyz9i4eh';

describe('contract: CreateNetworkInterface through the SDK and the adapter', () => {
  let emulator: EcsEmulator;
  let api: EcsApi;
  const create = (more: Partial<NewNetworkInterface> = {}): ReturnType<EcsApi['createNetworkInterface']> =>
    api.createNetworkInterface({ regionId: REGION, vSwitchId: PROD_K, securityGroupIds: [WEB_SERVERS], ...more });
  /** `[code, HTTP status]` of the refusal, or `[]` when the ENI was created. */
  const codeOf = async (more: Partial<NewNetworkInterface>): Promise<[string, number | undefined] | []> => {
    try {
      await create(more);
      return [];
    } catch (caught) {
      if (caught instanceof EcsError) {
        return [caught.code, caught.httpStatus];
      }
      throw caught;
    }
  };
  const freeIn = async (vSwitchId: string): Promise<number | undefined> =>
    (await api.listVSwitches(REGION)).find((v) => v.vSwitchId === vSwitchId)?.availableIpAddressCount;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
    api = adapterFor(emulator);
  });

  afterEach(async () => {
    await emulator.close();
  });

  it('creates an Available ENI with every field given, an address of the CIDR block, and one free address fewer', async () => {
    // web-1-data holds two secondary addresses of prod-k.
    assert.strictEqual(await freeIn(PROD_K), 234);
    const { networkInterfaceId, requestId } = await create({
      securityGroupIds: [WEB_SERVERS, PROD_DEFAULT],
      name: 'web-data',
      description: 'Data plane of the web tier',
      tags: [
        { key: 'env', value: 'prod' },
        { key: 'owner', value: '' },
      ],
      clientToken: 'create-1',
    });
    assert.match(networkInterfaceId, /^eni-[a-z0-9]+$/);
    assert.ok(requestId);
    const [eni] = await api.getNetworkInterfaces(REGION, [networkInterfaceId]);
    assert.ok(eni);
    assert.deepStrictEqual(
      [eni.status, eni.type, eni.networkInterfaceName, eni.vSwitchId, eni.vpcId, eni.zoneId, eni.instanceId],
      ['Available', 'Secondary', 'web-data', PROD_K, 'vpc-bp171csbkbnjhg1bj3npw', 'cn-hangzhou-k', ''],
    );
    assert.deepStrictEqual(eni.securityGroupIds, [WEB_SERVERS, PROD_DEFAULT]);
    assert.deepStrictEqual(eni.tags, [
      { key: 'env', value: 'prod' },
      { key: 'owner', value: '' },
    ]);
    assert.strictEqual(eni.properties.Description, 'Data plane of the web tier');
    // The lowest free address: .0 is reserved, .1 is free.
    assert.strictEqual(eni.privateIpAddress, '172.16.181.1');
    assert.strictEqual(await freeIn(PROD_K), 233);
    const second = await create();
    assert.strictEqual((await api.getNetworkInterfaces(REGION, [second.networkInterfaceId]))[0]?.privateIpAddress, '172.16.181.2');
  });

  it('takes a free PrimaryIpAddress of the block, and refuses one in use, reserved or outside the block', async () => {
    const { networkInterfaceId } = await create({ primaryIpAddress: '172.16.181.100' });
    assert.strictEqual((await api.getNetworkInterfaces(REGION, [networkInterfaceId]))[0]?.privateIpAddress, '172.16.181.100');
    assert.deepStrictEqual(await codeOf({ primaryIpAddress: '172.16.181.100' }), ['InvalidPrivateIpAddress.Duplicated', 400]);
    assert.deepStrictEqual(await codeOf({ primaryIpAddress: '172.16.181.225' }), ['InvalidPrivateIpAddress.Duplicated', 400], 'web-1');
    for (const reserved of ['172.16.181.0', '172.16.181.253', '172.16.181.254', '172.16.181.255']) {
      assert.deepStrictEqual(await codeOf({ primaryIpAddress: reserved }), ['InvalidVSwitchId.IpInvalid', 403], reserved);
    }
    for (const outside of ['172.16.182.10', '10.0.1.9', '172.16.181', '172.16.181.256']) {
      assert.deepStrictEqual(await codeOf({ primaryIpAddress: outside }), ['InvalidVSwitchId.IpInvalid', 403], outside);
    }
    assert.deepStrictEqual(await codeOf({ primaryIpAddress: '172.16.181.252' }), [], 'the last address before the reserved three');
  }).timeout(10_000);

  it('hands out the last free address of a vSwitch, then refuses with IpNotEnough', async () => {
    assert.strictEqual(await freeIn(ALMOST_FULL), 1);
    const { networkInterfaceId } = await create({ vSwitchId: ALMOST_FULL });
    assert.strictEqual((await api.getNetworkInterfaces(REGION, [networkInterfaceId]))[0]?.privateIpAddress, '172.16.183.4');
    assert.strictEqual(await freeIn(ALMOST_FULL), 0);
    assert.deepStrictEqual(await codeOf({ vSwitchId: ALMOST_FULL }), ['InvalidVSwitchId.IpNotEnough', 403]);
    assert.deepStrictEqual(await codeOf({ vSwitchId: FULL }), ['InvalidVSwitchId.IpNotEnough', 403]);
  });

  it('refuses a vSwitch that is Pending or unknown, and security groups that are unknown, of another VPC, repeated or too many', async () => {
    assert.deepStrictEqual(await codeOf({ vSwitchId: PENDING }), ['IncorrectVSwitchStatus', 400]);
    assert.deepStrictEqual(await codeOf({ vSwitchId: 'vsw-bp1doesnotexist00000' }), ['InvalidVSwitchId.NotFound', 404]);
    assert.deepStrictEqual(await codeOf({ securityGroupIds: ['sg-bp1doesnotexist0000'] }), ['InvalidSecurityGroupId.NotFound', 404]);
    assert.deepStrictEqual(await codeOf({ securityGroupIds: [WEB_SERVERS, BUILD_AGENTS] }), ['InvalidOperation.VpcMismatch', 403]);
    assert.deepStrictEqual(await codeOf({ securityGroupIds: [WEB_SERVERS, WEB_SERVERS] }), [
      'InvalidParameter.SecurityGroupIdRepeated',
      400,
    ]);
    emulator.account().securityGroupsPerEni = 2;
    assert.deepStrictEqual(await codeOf({ securityGroupIds: [WEB_SERVERS, PROD_DEFAULT, DB_ACCESS] }), ['JoinedGroupLimitExceed', 400]);
    const both = await sdkErrorOf(
      callAction(emulator, 'CreateNetworkInterface', {
        RegionId: REGION,
        VSwitchId: PROD_K,
        SecurityGroupId: WEB_SERVERS,
        'SecurityGroupIds.1': PROD_DEFAULT,
      }),
    );
    assert.deepStrictEqual([both.code, both.statusCode], ['InvalidSecurityGroupId.SingleIdAndMultiIdConflict', 400]);
    const single = await callAction(emulator, 'CreateNetworkInterface', {
      RegionId: REGION,
      VSwitchId: PROD_K,
      SecurityGroupId: WEB_SERVERS,
    });
    assert.strictEqual(single.body.Status, 'Available', 'SecurityGroupId alone is accepted');
  });

  it('holds names and descriptions to their documented formats', async () => {
    const badNames = ['a', '1abc', '-abc', 'http://example', `a${'b'.repeat(128)}`, 'has space', 'slash/name'];
    for (const name of badNames) {
      assert.deepStrictEqual(await codeOf({ name }), ['InvalidParams.NetworkInterfaceName', 403], name);
    }
    for (const name of ['ab', 'web-1.data_2:x', '数据网卡', `a${'b'.repeat(127)}`]) {
      assert.deepStrictEqual(await codeOf({ name }), [], name);
    }
    for (const description of ['x', 'https://example.com', 'd'.repeat(257)]) {
      assert.deepStrictEqual(await codeOf({ description }), ['InvalidDescription.Malformed', 400], description.slice(0, 20));
    }
    assert.deepStrictEqual(await codeOf({ description: 'd'.repeat(256) }), []);
  }).timeout(10_000);

  it('holds tags to their documented rules: 20 at most, unique keys, no reserved prefixes, 128 characters', async () => {
    const tags = (count: number) => Array.from({ length: count }, (_, n) => ({ key: `k${n}`, value: `v${n}` }));
    assert.deepStrictEqual(await codeOf({ tags: tags(21) }), ['QuotaExceed.Tags', 403]);
    assert.deepStrictEqual(await codeOf({ tags: [...tags(1), ...tags(1)] }), ['Duplicate.TagKey', 400]);
    for (const key of ['aliyun-team', 'acs:team', 'see http://x', 'k'.repeat(129)]) {
      assert.deepStrictEqual(await codeOf({ tags: [{ key, value: 'v' }] }), ['InvalidTagKey.Malformed', 400], key.slice(0, 20));
    }
    for (const value of ['acs:value', 'see https://x', 'v'.repeat(129)]) {
      assert.deepStrictEqual(await codeOf({ tags: [{ key: 'k', value }] }), ['InvalidTagValue.Malformed', 400], value.slice(0, 20));
    }
    assert.deepStrictEqual(await codeOf({ tags: [...tags(19), { key: 'k'.repeat(128), value: 'v'.repeat(128) }] }), []);
  }).timeout(10_000);

  it("refuses beyond the region's ENI quota, which counts secondary ENIs", async () => {
    const secondary = [...emulator.account().networkInterfaces.values()].filter((e) => e.regionId === REGION && e.type !== 'Primary');
    emulator.account().eniQuotaPerRegion = secondary.length + 1;
    await create();
    assert.deepStrictEqual(await codeOf({}), ['MaxEniCountExceeded', 403]);
  });

  it('answers the same ENI to the same ClientToken, makes no second one, and refuses the token with other parameters', async () => {
    const before = emulator.account().networkInterfaces.size;
    const first = await create({ name: 'once', clientToken: 'token-123' });
    const again = await create({ name: 'once', clientToken: 'token-123' });
    assert.strictEqual(again.networkInterfaceId, first.networkInterfaceId);
    assert.strictEqual(emulator.account().networkInterfaces.size, before + 1);
    assert.strictEqual(emulator.calls('CreateNetworkInterface'), 2);
    assert.deepStrictEqual(await codeOf({ name: 'other', clientToken: 'token-123' }), ['IdempotentParameterMismatch', 400]);
    assert.deepStrictEqual(await codeOf({ clientToken: 't'.repeat(65) }), ['InvalidParameter', 400]);
    const other = await create({ name: 'once', clientToken: 'token-456' });
    assert.notStrictEqual(other.networkInterfaceId, first.networkInterfaceId);
  });

  it('sends nothing for a malformed vSwitch or security group id', async () => {
    for (const more of [{ vSwitchId: 'vsw_bad' }, { securityGroupIds: ['sg-BAD'] }]) {
      assert.deepStrictEqual(await codeOf(more), ['InvalidParameter', undefined]);
    }
    assert.strictEqual(emulator.calls('CreateNetworkInterface'), 0);
  });
});
