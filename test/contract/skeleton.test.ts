import * as assert from 'node:assert';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { AccountBuilder } from '../emulator/accountBuilder';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, DEMO_KEYS, ecsErrorOf, restoreEnv, sdkClientFor } from './helpers';

describe('contract: the SDK adapter against the emulator', () => {
  let emulator: EcsEmulator;

  before(async () => {
    emulator = await EcsEmulator.start();
  });

  after(async () => {
    await emulator.close();
  });

  it('reads the regions with DescribeRegions', async () => {
    const regions = await adapterFor(emulator).describeRegions();
    assert.deepStrictEqual(
      regions.map((r) => r.regionId),
      ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'ap-southeast-1', 'eu-central-1'],
    );
    assert.deepStrictEqual(regions[0], { regionId: 'cn-hangzhou', localName: 'China (Hangzhou)', status: 'available' });
  });

  it("names regions in the language asked for, Chinese being ECS's own default", async () => {
    const chinese = await adapterFor(emulator, DEMO_KEYS, { acceptLanguage: 'zh-CN' }).describeRegions();
    assert.deepStrictEqual(
      chinese.slice(0, 3).map((r) => r.localName),
      ['华东1（杭州）', '华东2（上海）', '华北2（北京）'],
    );
    const { DescribeRegionsRequest } = await import('@alicloud/ecs20140526');
    const untold = await sdkClientFor(emulator).describeRegions(new DescribeRegionsRequest({}));
    assert.strictEqual(untold.body?.regions?.region?.[0]?.localName, '华东1（杭州）');
  });

  it('reads the zones of a region with DescribeZones through the SDK', async () => {
    const { DescribeZonesRequest } = await import('@alicloud/ecs20140526');
    const response = await sdkClientFor(emulator).describeZones(new DescribeZonesRequest({ regionId: 'cn-shanghai' }));
    assert.deepStrictEqual(
      response.body?.zones?.zone?.map((z) => z.zoneId),
      ['cn-shanghai-e', 'cn-shanghai-f'],
    );
  });

  it('maps instances with their network and attached interfaces, primary first', async () => {
    const instances = await adapterFor(emulator).listInstances('cn-hangzhou');
    const found = instances.find((i) => i.instanceId === 'i-bp1h4adlltjc1d48goaq');
    assert.ok(found);
    const { properties, ...web1 } = found;
    assert.strictEqual(properties.InstanceId, 'i-bp1h4adlltjc1d48goaq', 'properties keep the API field names');
    assert.strictEqual((properties.VpcAttributes as Record<string, unknown>).VpcId, 'vpc-bp171csbkbnjhg1bj3npw');
    assert.deepStrictEqual(web1, {
      instanceId: 'i-bp1h4adlltjc1d48goaq',
      instanceName: 'web-1',
      regionId: 'cn-hangzhou',
      zoneId: 'cn-hangzhou-k',
      status: 'Running',
      instanceType: 'ecs.g7.large',
      vpcId: 'vpc-bp171csbkbnjhg1bj3npw',
      vSwitchId: 'vsw-bp1xgvok3myac6ctry030',
      privateIpAddress: '172.16.181.225',
      securityGroupIds: ['sg-bp16q7p8yafqaure63n4'],
      startTime: '2026-10-02T09:15Z',
      networkInterfaceIds: ['eni-bp1h4adlltjc1d48goaq', 'eni-bp1bthnjjgde15lynm44', 'eni-bp1dvjpllifg37n0po66'],
      tags: [{ key: 'env', value: 'prod' }],
    });
    assert.deepStrictEqual(new Set(instances.map((i) => i.status)), new Set(['Pending', 'Running', 'Starting', 'Stopping', 'Stopped']));
  });

  it('maps network interfaces of every status and type, with the service-managed one', async () => {
    const enis = await adapterFor(emulator).listNetworkInterfaces('cn-hangzhou');
    assert.deepStrictEqual(new Set(enis.map((e) => e.status)), new Set(['Available', 'Attaching', 'InUse', 'Detaching', 'Deleting']));
    assert.deepStrictEqual(new Set(enis.map((e) => e.type)), new Set(['Primary', 'Secondary', 'Trunk', 'Member']));
    const managed = enis.filter((e) => e.serviceManaged);
    assert.deepStrictEqual(
      managed.map((e) => [e.networkInterfaceId, e.instanceId]),
      [['eni-bp1fxlrnnkhi59p2rq88', '']],
    );
    const attached = enis.find((e) => e.networkInterfaceId === 'eni-bp1bthnjjgde15lynm44');
    assert.strictEqual(attached?.instanceId, 'i-bp1h4adlltjc1d48goaq');
    assert.strictEqual(attached?.macAddress.startsWith('00:16:3e:'), true);
  });

  it('pages through a larger region without losing or repeating a row', async () => {
    const builder = new AccountBuilder('1000');
    const network = {
      regionId: 'cn-hangzhou',
      zoneId: 'cn-hangzhou-k',
      vpcId: 'vpc-x',
      vSwitchId: 'vsw-x',
      securityGroupId: 'sg-x',
      cidrBlock: '10.0.0.0/16',
    };
    for (let n = 0; n < 250; n += 1) {
      builder.instance(network, { id: `i-big${n}`, name: `big-${n}`, status: 'Running', type: 'ecs.g7.large', host: 1 + n });
    }
    for (let n = 0; n < 1200; n += 1) {
      builder.eni(network, { id: `eni-spare${n}`, name: '', status: 'Available', host: 300 + n });
    }
    const big = await EcsEmulator.start({ accounts: { demo: builder.build() } });
    try {
      const api = adapterFor(big);
      assert.strictEqual((await api.listInstances('cn-hangzhou')).length, 250);
      assert.strictEqual(big.callCounts.get('DescribeInstances'), 3);
      assert.strictEqual(new Set((await api.listInstances('cn-hangzhou')).map((i) => i.instanceId)).size, 250);
      const enis = await api.listNetworkInterfaces('cn-hangzhou');
      assert.strictEqual(enis.length, 1450);
      assert.strictEqual(new Set(enis.map((e) => e.networkInterfaceId)).size, 1450);
      assert.strictEqual(big.callCounts.get('DescribeNetworkInterfaces'), 15);
    } finally {
      await big.close();
    }
  });

  it('takes credentials from the standard chain (environment variables)', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'emulator-ak-2',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'emulator-secret-2',
      ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true',
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    });
    try {
      const instances = await adapterFor(emulator, { kind: 'chain' }).listInstances('cn-beijing');
      assert.deepStrictEqual(
        instances.map((i) => i.instanceName),
        ['analytics-bj'],
      );
    } finally {
      restoreEnv(saved);
    }
  });

  it('answers a wrong secret with SignatureDoesNotMatch', async () => {
    const error = await ecsErrorOf(adapterFor(emulator, { ...DEMO_KEYS, accessKeySecret: 'wrong' }).describeRegions());
    assert.strictEqual(error.code, 'SignatureDoesNotMatch');
    assert.strictEqual(error.httpStatus, 400);
    assert.match(error.requestId ?? '', /^[0-9A-F-]{36}$/);
    assert.match(error.recommendUrl ?? '', /troubleshoot\?q=SignatureDoesNotMatch&product=Ecs&requestId=/);
  });

  it('answers an unknown AccessKey with InvalidAccessKeyId.NotFound', async () => {
    const error = await ecsErrorOf(
      adapterFor(emulator, { kind: 'accessKey', accessKeyId: 'nobody', accessKeySecret: 'x' }).describeRegions(),
    );
    assert.strictEqual(error.code, 'InvalidAccessKeyId.NotFound');
    assert.strictEqual(error.httpStatus, 404);
  });

  it('answers an unknown action with InvalidAction.NotFound', async () => {
    const params = new $OpenApiUtil.Params({
      action: 'DescribeNothing',
      version: '2014-05-26',
      protocol: 'HTTP',
      pathname: '/',
      method: 'POST',
      authType: 'AK',
      style: 'RPC',
      reqBodyType: 'formData',
      bodyType: 'json',
    });
    await assert.rejects(sdkClientFor(emulator).callApi(params, new $OpenApiUtil.OpenApiRequest({ query: {} }), {} as never), {
      code: 'InvalidAction.NotFound',
      statusCode: 404,
    });
  });

  it('answers an unknown region with InvalidRegionId.NotFound', async () => {
    const error = await ecsErrorOf(adapterFor(emulator).listInstances('xx-nowhere-1'));
    assert.strictEqual(error.code, 'InvalidRegionId.NotFound');
    assert.strictEqual(error.action, 'DescribeInstances');
  });

  it('explains a refused connection as a network error', async () => {
    const closed = await EcsEmulator.start();
    const api = adapterFor(closed);
    await closed.close();
    const error = await ecsErrorOf(api.describeRegions());
    assert.strictEqual(error.code, 'NetworkError.ConnectionRefused');
  });
});
