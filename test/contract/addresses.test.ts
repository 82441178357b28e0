import * as assert from 'node:assert';
import type { EcsApi } from '../../src/cloud/ecsApi';
import { secondaryPrivateIps } from '../../src/domain/networkInterface';
import { ecsErrorOf, pausedEmulatorPerTest } from './helpers';
import { SPARE_K, WEB_1_DATA } from '../emulator/demoIds';

const REGION = 'cn-hangzhou';
const OTHER_VPC = 'eni-bp1asgmiifcd04kxml33';
const LEAVING = 'eni-bp1dvjpllifg37n0po66';
const NLB_MANAGED = 'eni-bp1fxlrnnkhi59p2rq88';

describe('contract: ENI addresses through the SDK and the adapter', function () {
  this.timeout(60_000);
  let api: EcsApi;

  pausedEmulatorPerTest((started) => ({ api } = started));

  const read = async (id: string) => {
    const [eni] = await api.getNetworkInterfaces(REGION, [id]);
    assert.ok(eni, id);
    return eni;
  };

  it("shows the demo ENIs' address sets: secondary IPs, IPv6 and the EIP", async () => {
    const eni = await read(WEB_1_DATA);
    assert.deepStrictEqual(eni.privateIpSets, [
      { privateIpAddress: '172.16.181.242', primary: true, publicIpAddress: '47.96.10.21' },
      { privateIpAddress: '172.16.181.250', primary: false, publicIpAddress: '' },
      { privateIpAddress: '172.16.181.251', primary: false, publicIpAddress: '' },
    ]);
    assert.deepStrictEqual(eni.ipv6Addresses, ['2001:db8:10:b5::1a']);
    assert.strictEqual(eni.publicIpAddress, '47.96.10.21');
    const vSwitch = (await api.listVSwitches(REGION)).find((v) => v.vSwitchId === eni.vSwitchId);
    assert.strictEqual(vSwitch?.ipv6CidrBlock, '2001:db8:10:b5::/64');
    const [type] = await api.describeInstanceTypes(['ecs.g7.large']);
    assert.deepStrictEqual(type, {
      instanceTypeId: 'ecs.g7.large',
      eniQuantity: 3,
      eniPrivateIpAddressQuantity: 6,
      eniIpv6AddressQuantity: 1,
    });
  });

  it('assigns by count (free addresses of the vSwitch), by address, and unassigns; the describe follows', async () => {
    const byCount = await api.assignPrivateIpAddresses(REGION, SPARE_K, { count: 2 });
    assert.strictEqual(byCount.addresses.length, 2);
    assert.ok(byCount.requestId);
    const byAddress = await api.assignPrivateIpAddresses(REGION, SPARE_K, { addresses: ['172.16.181.100'] });
    assert.deepStrictEqual(byAddress.addresses, ['172.16.181.100']);
    assert.deepStrictEqual(secondaryPrivateIps(await read(SPARE_K)), [...byCount.addresses, '172.16.181.100']);
    assert.ok(await api.unassignPrivateIpAddresses(REGION, SPARE_K, [byCount.addresses[0] ?? '']));
    assert.deepStrictEqual(secondaryPrivateIps(await read(SPARE_K)), [byCount.addresses[1], '172.16.181.100']);
  });

  it('never hands out an address twice, however many are assigned', async () => {
    const enis = ['eni-bp17pdijfczax1huji00', 'eni-bp18qejkgdaby2ivkj11'];
    for (let round = 0; round < 4; round += 1) {
      for (const id of enis) {
        await api.assignPrivateIpAddresses(REGION, id, { count: 10 });
      }
    }
    const all = (await api.listNetworkInterfaces(REGION)).filter((eni) => eni.vSwitchId === 'vsw-bp1xgvok3myac6ctry030');
    const addresses = all.flatMap((eni) => eni.privateIpSets.map((set) => set.privateIpAddress));
    const instances = (await api.listInstances(REGION)).map((instance) => instance.privateIpAddress);
    const primaries = new Set(all.filter((eni) => eni.type === 'Primary').map((eni) => eni.privateIpAddress));
    assert.strictEqual(addresses.length, 18 + 80);
    assert.strictEqual(new Set(addresses).size, addresses.length);
    assert.ok(instances.every((address) => primaries.has(address) || !addresses.includes(address)));
  });

  it('assigns and unassigns IPv6 addresses in the vSwitch’s IPv6 block', async () => {
    const assigned = await api.assignIpv6Addresses(REGION, SPARE_K, { count: 2 });
    assert.deepStrictEqual(assigned.addresses, ['2001:db8:10:b5::1', '2001:db8:10:b5::2']);
    const named = await api.assignIpv6Addresses(REGION, SPARE_K, { addresses: ['2001:db8:10:b5:0:0:0:99'] });
    assert.deepStrictEqual(named.addresses, ['2001:db8:10:b5::99']);
    assert.ok(await api.unassignIpv6Addresses(REGION, SPARE_K, ['2001:db8:10:b5::1']));
    assert.deepStrictEqual((await read(SPARE_K)).ipv6Addresses, ['2001:db8:10:b5::2', '2001:db8:10:b5::99']);
  });

  const refusals: Array<[string, (api: EcsApi) => Promise<unknown>, string, number]> = [
    ['an ENI that is Detaching', (a) => a.assignPrivateIpAddresses(REGION, LEAVING, { count: 1 }), 'InvalidOperation.InvalidEniState', 400],
    ['a managed ENI', (a) => a.assignPrivateIpAddresses(REGION, NLB_MANAGED, { count: 1 }), 'InvalidOperation.EniServiceManaged', 403],
    [
      'more than the type allows',
      (a) => a.assignPrivateIpAddresses(REGION, WEB_1_DATA, { count: 4 }),
      'InvalidOperation.Ipv4CountExceeded',
      403,
    ],
    [
      'more than 49 unattached',
      (a) => a.assignPrivateIpAddresses(REGION, SPARE_K, { count: 50 }),
      'InvalidOperation.Ipv4CountExceeded',
      403,
    ],
    [
      'an address outside the block',
      (a) => a.assignPrivateIpAddresses(REGION, SPARE_K, { addresses: ['10.0.0.9'] }),
      'InvalidVSwitchId.IpInvalid',
      403,
    ],
    [
      'an address in use',
      (a) => a.assignPrivateIpAddresses(REGION, SPARE_K, { addresses: ['172.16.181.225'] }),
      'InvalidIp.IpAssigned',
      403,
    ],
    [
      'an address twice',
      (a) => a.assignPrivateIpAddresses(REGION, SPARE_K, { addresses: ['172.16.181.9', '172.16.181.9'] }),
      'InvalidIp.IpRepeated',
      403,
    ],
    ['a count of 0', (a) => a.assignPrivateIpAddresses(REGION, SPARE_K, { count: 0 }), 'InvalidParameter', 400],
    ['the primary address', (a) => a.unassignPrivateIpAddresses(REGION, WEB_1_DATA, ['172.16.181.242']), 'InvalidIp.IpUnassigned', 403],
    [
      'an address it does not hold',
      (a) => a.unassignPrivateIpAddresses(REGION, WEB_1_DATA, ['172.16.181.9']),
      'InvalidIp.IpUnassigned',
      403,
    ],
    ['IPv6 without an IPv6 vSwitch', (a) => a.assignIpv6Addresses(REGION, OTHER_VPC, { count: 1 }), 'InvalidVSwitch.Ipv6NotTurnOn', 403],
    [
      'IPv6 past the type’s limit',
      (a) => a.assignIpv6Addresses(REGION, WEB_1_DATA, { count: 1 }),
      'InvalidOperation.Ipv6CountExceeded',
      403,
    ],
    [
      'more than 10 IPv6 unattached',
      (a) => a.assignIpv6Addresses(REGION, SPARE_K, { count: 11 }),
      'InvalidOperation.Ipv6CountExceeded',
      403,
    ],
    [
      'an IPv6 address outside the block',
      (a) => a.assignIpv6Addresses(REGION, SPARE_K, { addresses: ['2001:db8:99::1'] }),
      'InvalidIp.Address',
      403,
    ],
    [
      'an IPv6 address in use',
      (a) => a.assignIpv6Addresses(REGION, SPARE_K, { addresses: ['2001:db8:10:b5::1a'] }),
      'InvalidIp.IpAssigned',
      403,
    ],
    [
      'an IPv6 address it does not hold',
      (a) => a.unassignIpv6Addresses(REGION, SPARE_K, ['2001:db8:10:b5::1a']),
      'InvalidIp.IpUnassigned',
      403,
    ],
  ];
  for (const [label, send, code, status] of refusals) {
    it(`refuses ${label} with ${code} (HTTP ${status})`, async () => {
      const error = await ecsErrorOf(send(api));
      assert.deepStrictEqual([error.code, error.httpStatus], [code, status]);
    });
  }

  it('refuses a count beyond the free addresses of the vSwitch (InvalidVSwitchId.IpNotEnough, HTTP 403)', async () => {
    // prod-k-almost-full has one free address; the new ENI takes it.
    const { networkInterfaceId } = await api.createNetworkInterface({
      regionId: REGION,
      vSwitchId: 'vsw-bp1n3arlyfu11ne4ipq2',
      securityGroupIds: ['sg-bp16q7p8yafqaure63n4'],
    });
    const error = await ecsErrorOf(api.assignPrivateIpAddresses(REGION, networkInterfaceId, { count: 1 }));
    assert.deepStrictEqual([error.code, error.httpStatus], ['InvalidVSwitchId.IpNotEnough', 403]);
  });
});
