import * as assert from 'node:assert';
import type { EcsApi } from '../../src/cloud/ecsApi';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, callAction, ecsErrorOf, sdkErrorOf } from './helpers';
import { DB_ACCESS, PROD_K, SPARE_K, SPARE_K_2, WEB_1_DATA, WEB_SERVERS } from '../emulator/demoIds';

const REGION = 'cn-hangzhou';
const WEB_1_PRIMARY = 'eni-bp1h4adlltjc1d48goaq';
const NLB_MANAGED = 'eni-bp1fxlrnnkhi59p2rq88';
const RETIRED = 'eni-bp1ewkqmmjgh48o1qp77';
const PROD_DEFAULT = 'sg-bp1d3fau1t7xq9w2k5m8';
const BUILD_AGENTS = 'sg-bp1fg655nh68xyz9i4eh';

describe('contract: DeleteNetworkInterface and ModifyNetworkInterfaceAttribute through the SDK and the adapter', () => {
  let emulator: EcsEmulator;
  let api: EcsApi;
  const status = async (eniId: string): Promise<string | undefined> => (await api.getNetworkInterfaces(REGION, [eniId]))[0]?.status;
  const freeInProdK = async (): Promise<number | undefined> =>
    (await api.listVSwitches(REGION)).find((v) => v.vSwitchId === PROD_K)?.availableIpAddressCount;
  const refusal = async (promise: Promise<unknown>): Promise<[string, number | undefined]> => {
    const error = await ecsErrorOf(promise);
    return [error.code, error.httpStatus];
  };

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
    api = adapterFor(emulator);
  });

  afterEach(async () => {
    await emulator.close();
  });

  it('deletes an Available ENI: Deleting, then gone, and its address is free again', async () => {
    emulator.world.clock.advance(10_000); // the demo's own transitions settle first: retired, Deleting, is gone
    const before = await freeInProdK();
    assert.ok(await api.deleteNetworkInterface(REGION, SPARE_K_2));
    assert.strictEqual(await status(SPARE_K_2), 'Deleting');
    assert.strictEqual(await freeInProdK(), before, 'a Deleting ENI still holds its address');
    emulator.world.clock.advance(emulator.world.delays.deleteMs - 1);
    assert.strictEqual(await status(SPARE_K_2), 'Deleting');
    emulator.world.clock.advance(1);
    assert.deepStrictEqual(await api.getNetworkInterfaces(REGION, [SPARE_K_2]), []);
    assert.strictEqual(await freeInProdK(), (before ?? 0) + 1);
  });

  it('gives back the address of an ENI it created once the ENI is deleted', async () => {
    emulator.world.clock.advance(10_000);
    const before = (await freeInProdK()) ?? 0;
    const { networkInterfaceId } = await api.createNetworkInterface({
      regionId: REGION,
      vSwitchId: PROD_K,
      securityGroupIds: [WEB_SERVERS],
    });
    assert.strictEqual(await freeInProdK(), before - 1);
    await api.deleteNetworkInterface(REGION, networkInterfaceId);
    emulator.world.clock.advance(emulator.world.delays.deleteMs);
    assert.strictEqual(await freeInProdK(), before);
  });

  it('refuses to delete an attached, primary, service-managed, unknown or malformed ENI, and accepts a repeat while Deleting', async () => {
    assert.deepStrictEqual(await refusal(api.deleteNetworkInterface(REGION, WEB_1_DATA)), ['InvalidOperation.InvalidEniState', 400]);
    assert.deepStrictEqual(await refusal(api.deleteNetworkInterface(REGION, WEB_1_PRIMARY)), ['InvalidOperation.InvalidEniType', 403]);
    assert.deepStrictEqual(await refusal(api.deleteNetworkInterface(REGION, NLB_MANAGED)), ['InvalidOperation.EniServiceManaged', 403]);
    assert.deepStrictEqual(await refusal(api.deleteNetworkInterface(REGION, 'eni-bp1doesnotexist0000')), ['InvalidEniId.NotFound', 404]);
    const malformed = await sdkErrorOf(callAction(emulator, 'DeleteNetworkInterface', { RegionId: REGION, NetworkInterfaceId: 'eni_x' }));
    assert.strictEqual(malformed.code, 'InvalidParams.EniId');
    assert.strictEqual(await status(RETIRED), 'Deleting');
    await api.deleteNetworkInterface(REGION, RETIRED);
    emulator.world.clock.advance(emulator.world.delays.deleteMs);
    assert.deepStrictEqual(await api.getNetworkInterfaces(REGION, [RETIRED]), []);
  });

  it("changes an ENI's name, description and security groups, each alone or together", async () => {
    await api.modifyNetworkInterfaceAttribute(REGION, SPARE_K, { name: 'renamed', description: 'A new description' });
    let [eni] = await api.getNetworkInterfaces(REGION, [SPARE_K]);
    assert.deepStrictEqual(
      [eni?.networkInterfaceName, eni?.properties.Description, eni?.securityGroupIds],
      ['renamed', 'A new description', [WEB_SERVERS]],
    );
    await api.modifyNetworkInterfaceAttribute(REGION, SPARE_K, { securityGroupIds: [PROD_DEFAULT, DB_ACCESS] });
    [eni] = await api.getNetworkInterfaces(REGION, [SPARE_K]);
    assert.deepStrictEqual([eni?.networkInterfaceName, eni?.securityGroupIds], ['renamed', [PROD_DEFAULT, DB_ACCESS]]);
    await api.modifyNetworkInterfaceAttribute(REGION, WEB_1_DATA, { name: 'attached-too' });
    assert.strictEqual((await api.getNetworkInterfaces(REGION, [WEB_1_DATA]))[0]?.networkInterfaceName, 'attached-too');
    await api.modifyNetworkInterfaceAttribute(REGION, WEB_1_PRIMARY, { name: 'primary-name', description: 'ok for a primary' });
    assert.strictEqual((await api.getNetworkInterfaces(REGION, [WEB_1_PRIMARY]))[0]?.networkInterfaceName, 'primary-name');
  });

  it('refuses modifications the references rule out, and changes nothing', async () => {
    const modify = (eniId: string, change: Parameters<EcsApi['modifyNetworkInterfaceAttribute']>[2]) =>
      refusal(api.modifyNetworkInterfaceAttribute(REGION, eniId, change));
    assert.deepStrictEqual(await modify(SPARE_K, { securityGroupIds: [BUILD_AGENTS] }), ['InvalidOperation.VpcMismatch', 403]);
    assert.deepStrictEqual(await modify(SPARE_K, { securityGroupIds: ['sg-bp1doesnotexist0000'] }), [
      'InvalidSecurityGroupId.NotFound',
      404,
    ]);
    assert.deepStrictEqual(await modify(SPARE_K, { securityGroupIds: [WEB_SERVERS, WEB_SERVERS] }), [
      'InvalidParameter.SecurityGroupIdRepeated',
      400,
    ]);
    emulator.account().securityGroupsPerEni = 2;
    assert.deepStrictEqual(await modify(SPARE_K, { securityGroupIds: [WEB_SERVERS, PROD_DEFAULT, DB_ACCESS] }), [
      'JoinedGroupLimitExceed',
      400,
    ]);
    assert.deepStrictEqual(await modify(WEB_1_PRIMARY, { securityGroupIds: [PROD_DEFAULT] }), [
      'InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc',
      404,
    ]);
    assert.deepStrictEqual(await modify(SPARE_K, { name: '9lives' }), ['InvalidParams.NetworkInterfaceName', 403]);
    assert.deepStrictEqual(await modify(SPARE_K, { name: 'fine', description: 'd'.repeat(256) }), ['InvalidDescription.Malformed', 400]);
    assert.deepStrictEqual(await modify(NLB_MANAGED, { name: 'mine' }), ['InvalidOperation.EniServiceManaged', 403]);
    assert.deepStrictEqual(await modify(RETIRED, { name: 'late' }), ['InvalidOperation.InvalidEniState', 400]);
    const [eni] = await api.getNetworkInterfaces(REGION, [SPARE_K]);
    assert.deepStrictEqual([eni?.networkInterfaceName, eni?.securityGroupIds], ['spare-k', [WEB_SERVERS]]);
    await api.modifyNetworkInterfaceAttribute(REGION, SPARE_K, { description: 'd'.repeat(255) });
  });
});
