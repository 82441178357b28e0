import * as assert from 'node:assert';
import type { EcsApi } from '../../src/cloud/ecsApi';
import type { Tag } from '../../src/domain/instance';
import { addressesInUse, checkCreate, checkDelete, type CreateCheck } from '../../src/domain/lifecycleRules';
import { checkDescription, checkName, checkTags } from '../../src/domain/namingRules';
import type { SecurityGroup, VSwitch } from '../../src/domain/network';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, answerOf, DEMO_KEYS, ONE_ATTEMPT } from './helpers';

const REGION = 'cn-hangzhou';

/** The request as the create command builds it from a check. */
const send = (api: EcsApi, check: CreateCheck): Promise<unknown> =>
  api.createNetworkInterface({
    regionId: REGION,
    vSwitchId: check.vSwitch.vSwitchId,
    securityGroupIds: check.securityGroups.map((g) => g.securityGroupId),
    ...(check.name ? { name: check.name } : {}),
    ...(check.description ? { description: check.description } : {}),
    ...(check.primaryIpAddress ? { primaryIpAddress: check.primaryIpAddress } : {}),
    ...(check.tags.length > 0 ? { tags: check.tags } : {}),
  });

describe('contract: the create, delete and naming rules agree with the emulator', function () {
  this.timeout(120_000);
  let emulator: EcsEmulator;
  let api: EcsApi;
  let vSwitches: VSwitch[];
  let groups: SecurityGroup[];
  let inUse: Map<string, string>;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
    api = adapterFor(emulator, DEMO_KEYS, ONE_ATTEMPT);
    [vSwitches, groups] = await Promise.all([api.listVSwitches(REGION), api.listSecurityGroups(REGION)]);
    const [enis, instances] = await Promise.all([api.listNetworkInterfaces(REGION), api.listInstances(REGION)]);
    inUse = addressesInUse(enis, instances, 'vpc-bp171csbkbnjhg1bj3npw');
  });

  afterEach(async () => {
    await emulator.close();
  });

  /** Decides with the rules, sends, and checks that ECS agrees; returns what happened. */
  async function agree(check: CreateCheck, label: string): Promise<'allowed' | 'refused'> {
    // As the create command does: the vSwitch as it is now (earlier creates took its addresses).
    const vSwitch = (await api.listVSwitches(REGION)).find((v) => v.vSwitchId === check.vSwitch.vSwitchId) ?? check.vSwitch;
    const expected = checkCreate({ ...check, vSwitch })[0]?.code;
    const answered = await answerOf(send(api, check));
    assert.strictEqual(answered, expected, label);
    return expected === undefined ? 'allowed' : 'refused';
  }

  const base = (vSwitch: VSwitch, securityGroups: SecurityGroup[]): CreateCheck => ({
    vSwitch,
    securityGroups,
    name: '',
    description: '',
    primaryIpAddress: '',
    tags: [],
    addressesInUse: inUse,
  });

  it('for every vSwitch and security group of the demo region', async () => {
    const outcomes: string[] = [];
    for (const vSwitch of vSwitches) {
      for (const group of groups) {
        outcomes.push(await agree(base(vSwitch, [group]), `${vSwitch.vSwitchName} with ${group.securityGroupName} (${group.vpcId})`));
      }
    }
    assert.ok(outcomes.filter((o) => o === 'allowed').length >= 8, outcomes.join(' '));
    assert.ok(outcomes.filter((o) => o === 'refused').length >= 20, outcomes.join(' '));
  });

  it('for numbers of security groups around the limit', async () => {
    const vSwitch = vSwitches.find((v) => v.vSwitchName === 'prod-k');
    assert.ok(vSwitch);
    const prod = groups.filter((g) => g.vpcId === vSwitch.vpcId);
    assert.ok(prod.length >= 4, `${prod.length} groups in the VPC`);
    for (let n = 0; n <= prod.length; n += 1) {
      await agree(base(vSwitch, prod.slice(0, n)), `${n} security groups`);
    }
  });

  it('for primary addresses: free, reserved, outside, in use, malformed', async () => {
    const vSwitch = vSwitches.find((v) => v.vSwitchName === 'prod-k');
    const group = groups.find((g) => g.securityGroupName === 'web-servers');
    assert.ok(vSwitch && group);
    const addresses = [
      '172.16.181.10',
      '172.16.181.0',
      '172.16.181.253',
      '172.16.181.255',
      '172.16.182.10',
      '172.16.181.240',
      '172.16.181',
    ];
    const outcomes = [];
    for (const address of addresses) {
      outcomes.push(await agree({ ...base(vSwitch, [group]), primaryIpAddress: address }, address));
    }
    assert.deepStrictEqual(outcomes, ['allowed', 'refused', 'refused', 'refused', 'refused', 'refused', 'refused']);
  });

  it('for names, descriptions and tags, on create and on change', async () => {
    const vSwitch = vSwitches.find((v) => v.vSwitchName === 'prod-k');
    const group = groups.find((g) => g.securityGroupName === 'web-servers');
    assert.ok(vSwitch && group);
    const names = ['ab', 'a', 'a'.repeat(128), 'a'.repeat(129), '弹性网卡', '1web', 'http://web', 'web 1', 'web.1_a:b-c'];
    const descriptions = ['ok', 'x', 'x'.repeat(255), 'https://x', 'see https://x'];
    const tagSets: Tag[][] = [
      [{ key: 'env', value: 'prod' }],
      [{ key: 'aliyun:x', value: '' }],
      [{ key: 'acs:x', value: '' }],
      [{ key: 'k', value: 'acs:x' }],
      [{ key: 'k', value: 'http://x' }],
      [{ key: 'k'.repeat(129), value: '' }],
      [{ key: 'k', value: 'v'.repeat(129) }],
      [
        { key: 'k', value: '1' },
        { key: 'k', value: '2' },
      ],
      Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: '' })),
      Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, value: '' })),
    ];
    for (const name of names) {
      await agree({ ...base(vSwitch, [group]), name }, `name ${name.slice(0, 20)}`);
    }
    for (const description of descriptions) {
      await agree({ ...base(vSwitch, [group]), description }, `description ${description.slice(0, 20)}`);
    }
    for (const tags of tagSets) {
      await agree({ ...base(vSwitch, [group]), tags }, `tags ${JSON.stringify(tags).slice(0, 60)}`);
    }
    const eni = 'eni-bp17pdijfczax1huji00';
    for (const name of names) {
      assert.strictEqual(
        await answerOf(api.modifyNetworkInterfaceAttribute(REGION, eni, { name })),
        checkName(name)?.code,
        `rename ${name}`,
      );
    }
    for (const description of descriptions) {
      assert.strictEqual(
        await answerOf(api.modifyNetworkInterfaceAttribute(REGION, eni, { description })),
        checkDescription(description)?.code,
        `description ${description.slice(0, 20)}`,
      );
    }
    for (const tags of tagSets.slice(0, -1)) {
      const [current] = await api.getNetworkInterfaces(REGION, [eni]);
      const kept = (current?.tags ?? []).filter((tag) => !tags.some((t) => t.key === tag.key));
      // As Edit Tags does: the whole set after the change; a request naming a key twice is refused as such.
      const duplicate = checkTags(tags).find((v) => v.rule === 'tagDuplicate');
      const expected = (duplicate ?? checkTags([...kept, ...tags], 'OperationDenied.QuotaExceed')[0])?.code;
      assert.strictEqual(
        await answerOf(api.tagNetworkInterfaces(REGION, [eni], tags)),
        expected,
        `tag ${JSON.stringify(tags).slice(0, 60)}`,
      );
      await api.untagNetworkInterfaces(
        REGION,
        [eni],
        tags.map((t) => t.key).filter((k) => k !== ''),
      );
    }
  });

  it('for deleting every ENI of the demo region', async () => {
    const enis = await api.listNetworkInterfaces(REGION);
    let allowed = 0;
    for (const eni of enis) {
      const expected = checkDelete(eni)[0]?.code;
      allowed += expected === undefined ? 1 : 0;
      assert.strictEqual(await answerOf(api.deleteNetworkInterface(REGION, eni.networkInterfaceId)), expected, eni.networkInterfaceName);
    }
    assert.ok(allowed >= 3 && allowed < enis.length, `${allowed} of ${enis.length} deletable`);
  });
});
