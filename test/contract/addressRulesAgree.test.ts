import * as assert from 'node:assert';
import type { EcsApi } from '../../src/cloud/ecsApi';
import {
  type AddressTarget,
  checkAssignIpv6,
  checkAssignPrivateIps,
  checkUnassignIpv6,
  checkUnassignPrivateIps,
  ipv6InUse,
} from '../../src/domain/addressRules';
import { checkAttach, occupiedSlots } from '../../src/domain/attachRules';
import { addressesInUse } from '../../src/domain/lifecycleRules';
import type { AddressRequest } from '../../src/domain/networkInterfaceChanges';
import { answerOf, pausedEmulatorPerTest } from './helpers';

const REGION = 'cn-hangzhou';

/** The rules' inputs as a command would read them, fresh, through the adapter. */
async function targetOf(
  api: EcsApi,
  eniId: string,
): Promise<{ target: AddressTarget; inUse: Map<string, string>; v6: Map<string, string> }> {
  const [enis, instances, vSwitches] = await Promise.all([
    api.listNetworkInterfaces(REGION),
    api.listInstances(REGION),
    api.listVSwitches(REGION),
  ]);
  const eni = enis.find((e) => e.networkInterfaceId === eniId);
  const vSwitch = vSwitches.find((v) => v.vSwitchId === eni?.vSwitchId);
  assert.ok(eni && vSwitch, eniId);
  const instance = instances.find((i) => i.networkInterfaceIds.includes(eniId) || i.instanceId === eni.instanceId);
  const [instanceType] = eni.status === 'InUse' && instance ? await api.describeInstanceTypes([instance.instanceType]) : [];
  return {
    target: { eni, vSwitch, instanceType, instanceStatus: eni.type === 'Primary' ? instance?.status : undefined },
    inUse: addressesInUse(enis, instances, eni.vpcId),
    v6: ipv6InUse(enis, eni.vpcId),
  };
}

const ENIS = [
  'eni-bp17pdijfczax1huji00',
  'eni-bp1bthnjjgde15lynm44',
  'eni-bp1dvjpllifg37n0po66',
  'eni-bp1fxlrnnkhi59p2rq88',
  'eni-bp1asgmiifcd04kxml33',
  'eni-bp1h4adlltjc1d48goaq',
  'eni-bp1d0n8va6s4d2f0g8id',
];
const REQUESTS: AddressRequest[] = [
  { count: 1 },
  { count: 4 },
  { count: 11 },
  { count: 50 },
  { addresses: ['172.16.181.100'] },
  { addresses: ['172.16.181.100', '172.16.181.100'] },
  { addresses: ['172.16.181.225'] },
  { addresses: ['172.16.181.255'] },
  { addresses: ['10.0.1.77'] },
];
const IPV6_REQUESTS: AddressRequest[] = [
  { count: 1 },
  { count: 11 },
  { addresses: ['2001:db8:10:b5::77'] },
  { addresses: ['2001:db8:10:b5::1a'] },
  { addresses: ['2001:db8:99::1'] },
  { addresses: ['2001:db8:10:b5::5', '2001:db8:10:b5:0::5'] },
];
const UNASSIGN = [['172.16.181.250'], ['172.16.181.242'], ['172.16.181.9'], ['172.16.181.251', '172.16.181.251']];
const UNASSIGN_V6 = [['2001:db8:10:b5::1a'], ['2001:db8:10:b5::2'], ['2001:db8:10:b5::1a', '2001:db8:10:b5:0:0:0:1a']];

describe('contract: the address rules agree with the emulator', function () {
  this.timeout(120_000);
  let api: EcsApi;

  pausedEmulatorPerTest((started) => ({ api } = started));

  it('for every ENI and request of the table: the first rule refused is the code ECS answers', async () => {
    const outcomes = { allowed: 0, refused: 0 };
    const agree = async (expected: string | undefined, sent: Promise<unknown>, label: string): Promise<void> => {
      assert.strictEqual(await answerOf(sent), expected, label);
      outcomes[expected === undefined ? 'allowed' : 'refused'] += 1;
    };
    for (const id of ENIS) {
      for (const request of REQUESTS) {
        const { target, inUse } = await targetOf(api, id);
        const expected = checkAssignPrivateIps(target, request, inUse)[0]?.code;
        await agree(expected, api.assignPrivateIpAddresses(REGION, id, request), `IPv4 ${id} ${JSON.stringify(request)}`);
      }
      for (const request of IPV6_REQUESTS) {
        const { target, v6 } = await targetOf(api, id);
        await agree(
          checkAssignIpv6(target, request, v6)[0]?.code,
          api.assignIpv6Addresses(REGION, id, request),
          `IPv6 ${id} ${JSON.stringify(request)}`,
        );
      }
      for (const addresses of UNASSIGN) {
        const { target } = await targetOf(api, id);
        const expected = checkUnassignPrivateIps(target, addresses)[0]?.code;
        await agree(expected, api.unassignPrivateIpAddresses(REGION, id, addresses), `unassign ${id} ${addresses.join(' ')}`);
      }
      for (const addresses of UNASSIGN_V6) {
        const { target } = await targetOf(api, id);
        const expected = checkUnassignIpv6(target, addresses)[0]?.code;
        await agree(expected, api.unassignIpv6Addresses(REGION, id, addresses), `unassign IPv6 ${id} ${addresses.join(' ')}`);
      }
    }
    assert.ok(outcomes.allowed >= 8 && outcomes.refused >= 60, JSON.stringify(outcomes));
  });

  it('for attaching an ENI whose addresses a type cannot take: the attach rules name the code ECS answers', async () => {
    const spare = 'eni-bp17pdijfczax1huji00';
    await api.assignPrivateIpAddresses(REGION, spare, { count: 2 });
    await api.assignIpv6Addresses(REGION, spare, { count: 1 });
    const [enis, instances] = await Promise.all([api.listNetworkInterfaces(REGION), api.listInstances(REGION)]);
    const eni = enis.find((e) => e.networkInterfaceId === spare);
    assert.ok(eni);
    const seen: string[] = [];
    for (const instance of instances) {
      const [type] = await api.describeInstanceTypes([instance.instanceType]);
      const expected: string | undefined = checkAttach({
        eni,
        instance,
        instanceType: type,
        occupiedSlots: occupiedSlots(enis, instance.instanceId),
      })[0]?.code;
      if (expected === undefined) {
        continue; // an allowed attach would change the ENI for the next instance; the demo's own pairs test those.
      }
      assert.strictEqual(await answerOf(api.attachNetworkInterface(REGION, spare, instance.instanceId)), expected, instance.instanceName);
      seen.push(expected);
    }
    const emptied = { ...eni, ipv6Addresses: [] };
    const batch = instances.find((i) => i.instanceName === 'batch-worker');
    assert.ok(batch);
    const [t6] = await api.describeInstanceTypes([batch.instanceType]);
    assert.strictEqual(
      checkAttach({ eni, instance: batch, instanceType: t6, occupiedSlots: 1 })[0]?.code,
      'InvalidOperation.Ipv4CountExceeded',
    );
    await api.unassignPrivateIpAddresses(
      REGION,
      spare,
      eni.privateIpSets.filter((s) => !s.primary).map((s) => s.privateIpAddress),
    );
    const fewer = { ...emptied, privateIpSets: eni.privateIpSets.filter((s) => s.primary), ipv6Addresses: eni.ipv6Addresses };
    assert.strictEqual(
      checkAttach({ eni: fewer, instance: batch, instanceType: t6, occupiedSlots: 1 })[0]?.code,
      'InvalidOperation.Ipv6NotSupport',
    );
    assert.strictEqual(await answerOf(api.attachNetworkInterface(REGION, spare, batch.instanceId)), 'InvalidOperation.Ipv6NotSupport');
    assert.ok(seen.includes('InvalidOperation.Ipv4CountExceeded'), seen.join(' '));
  });
});
