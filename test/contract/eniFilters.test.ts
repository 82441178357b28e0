import * as assert from 'node:assert';
import Ecs, {
  DescribeInstancesRequest,
  DescribeInstancesRequestTag,
  DescribeNetworkInterfacesRequest,
  DescribeNetworkInterfacesRequestTag,
} from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { EcsEmulator } from '../emulator/server';
import { SPARE_K, WEB_1, WEB_1_DATA, WEB_SERVERS } from '../emulator/demoIds';
import { DEMO_KEYS, sdkErrorOf } from './helpers';

const REGION = 'cn-hangzhou';

/**
 * DescribeNetworkInterfaces' filters, sent as the official SDK's typed request sends them: every one the request model
 * documents must filter in the emulator (none may be ignored), or be refused.
 */
describe('contract: the filters of DescribeNetworkInterfaces and DescribeInstances, through the SDK', () => {
  let emulator: EcsEmulator;
  let client: Ecs;
  const ids = async (fields: Partial<DescribeNetworkInterfacesRequest>): Promise<string[]> => {
    const answer = await client.describeNetworkInterfaces(
      new DescribeNetworkInterfacesRequest({ regionId: REGION, maxResults: 500, ...fields }),
    );
    return (answer.body?.networkInterfaceSets?.networkInterfaceSet ?? []).map((eni) => eni.networkInterfaceId ?? '').sort();
  };

  before(async () => {
    emulator = await EcsEmulator.start();
    client = new Ecs(
      new $OpenApiUtil.Config({
        endpoint: `127.0.0.1:${emulator.port}`,
        protocol: 'http',
        regionId: REGION,
        accessKeyId: DEMO_KEYS.accessKeyId,
        accessKeySecret: DEMO_KEYS.accessKeySecret,
      }),
    );
  });

  after(async () => {
    await emulator.close();
  });

  it('filters by tag: the key, and the value when one is given; several tags all hold', async () => {
    const tag = (key: string, value?: string) =>
      new DescribeNetworkInterfacesRequestTag({ key, ...(value === undefined ? {} : { value }) });
    assert.deepStrictEqual(await ids({ tag: [tag('owner', 'lisi')] }), [SPARE_K]);
    assert.deepStrictEqual(await ids({ tag: [tag('owner')] }), [SPARE_K]);
    assert.deepStrictEqual(await ids({ tag: [tag('owner', 'someone else')] }), []);
    assert.deepStrictEqual(await ids({ tag: [tag('owner', 'lisi'), tag('no-such-key')] }), []);
    const tooMany = Array.from({ length: 21 }, (_, n) => tag(`k${n}`));
    assert.strictEqual((await sdkErrorOf(ids({ tag: tooMany }))).code, 'InvalidParameter');
  });

  it('filters by name, primary address, any of the private or IPv6 addresses, security group and service management', async () => {
    const all = await ids({});
    assert.ok(all.length > 3, String(all.length));
    assert.deepStrictEqual(await ids({ networkInterfaceName: 'web-1-data' }), [WEB_1_DATA]);
    const [spare] =
      (await client.describeNetworkInterfaces(new DescribeNetworkInterfacesRequest({ regionId: REGION, networkInterfaceId: [SPARE_K] })))
        .body?.networkInterfaceSets?.networkInterfaceSet ?? [];
    const primary = spare?.privateIpAddress ?? '';
    assert.ok(primary);
    assert.deepStrictEqual(await ids({ primaryIpAddress: primary }), [SPARE_K]);
    assert.deepStrictEqual(await ids({ privateIpAddress: ['10.255.255.254', primary] }), [SPARE_K]);
    assert.deepStrictEqual(await ids({ ipv6Address: ['2408:4000::dead'] }), []);
    const inGroup = await ids({ securityGroupId: WEB_SERVERS });
    assert.ok(inGroup.length > 0 && inGroup.length < all.length, inGroup.join());
    const managed = await ids({ serviceManaged: true });
    assert.strictEqual(managed.length, 1, 'the demo has one ENI another service manages');
    assert.deepStrictEqual(
      await ids({ serviceManaged: false }),
      all.filter((id) => !managed.includes(id)),
    );
    assert.deepStrictEqual(await ids({ resourceGroupId: 'rg-bp67acfmxazb4p0001' }), [], 'every ENI is in the default group');
  });

  it('filters instances by tag, vSwitch, type, type family, security group, private address and charge type', async () => {
    const instances = async (fields: Partial<DescribeInstancesRequest>): Promise<string[]> => {
      const answer = await client.describeInstances(new DescribeInstancesRequest({ regionId: REGION, pageSize: 100, ...fields }));
      return (answer.body?.instances?.instance ?? []).map((instance) => instance.instanceId ?? '').sort();
    };
    const all = await instances({});
    const [web1] =
      (await client.describeInstances(new DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([WEB_1]) }))).body
        ?.instances?.instance ?? [];
    assert.ok(web1?.instanceType && web1.vpcAttributes?.vSwitchId && web1.vpcAttributes?.privateIpAddress?.ipAddress?.[0]);
    const family = web1.instanceType.split('.').slice(0, 2).join('.');
    for (const [filter, expectSome] of [
      [{ tag: [new DescribeInstancesRequestTag({ key: 'env', value: 'prod' })] }, true],
      [{ tag: [new DescribeInstancesRequestTag({ key: 'env', value: 'nowhere' })] }, false],
      [{ vSwitchId: web1.vpcAttributes.vSwitchId }, true],
      [{ instanceType: web1.instanceType }, true],
      [{ instanceTypeFamily: family }, true],
      [{ securityGroupId: WEB_SERVERS }, true],
      [{ privateIpAddresses: JSON.stringify(web1.vpcAttributes.privateIpAddress.ipAddress) }, true],
      [{ instanceChargeType: 'PrePaid' }, false],
      [{ ipv6Address: ['2408:4000::1'] }, false],
      [{ resourceGroupId: 'rg-bp67acfmxazb4p0001' }, false],
    ] satisfies ReadonlyArray<readonly [Partial<DescribeInstancesRequest>, boolean]>) {
      const found = await instances(filter);
      assert.ok(
        expectSome ? found.length > 0 && found.length < all.length : found.length === 0,
        `${JSON.stringify(filter)}: ${found.join()}`,
      );
    }
    assert.deepStrictEqual(await instances({ privateIpAddresses: JSON.stringify(web1.vpcAttributes.privateIpAddress.ipAddress) }), [WEB_1]);
    assert.deepStrictEqual(await instances({ instanceChargeType: 'PostPaid' }), all, 'every demo instance is pay-as-you-go');
  });

  it('refuses an instance filter the emulator does not model, rather than answer unfiltered', async () => {
    for (const filter of [{ imageId: 'm-bp1' }, { keyPairName: 'ops' }, { publicIpAddresses: '["47.1.1.1"]' }]) {
      const error = await sdkErrorOf(client.describeInstances(new DescribeInstancesRequest({ regionId: REGION, ...filter })));
      assert.strictEqual(error.code, 'UnsupportedParameter', JSON.stringify(filter));
    }
  });
});
