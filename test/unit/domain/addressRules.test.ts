import * as assert from 'node:assert';
import {
  type AddressTarget,
  checkAssignIpv6,
  checkAssignPrivateIps,
  checkUnassignIpv6,
  checkUnassignPrivateIps,
  MAX_PRIVATE_IPS_UNATTACHED,
} from '../../../src/domain/addressRules';
import type { InstanceTypeInfo } from '../../../src/domain/instanceType';
import type { NetworkInterface } from '../../../src/domain/networkInterface';
import type { AddressRequest } from '../../../src/domain/networkInterfaceChanges';
import { aVSwitch, anEni } from '../../support/domainFixtures';

const G7: InstanceTypeInfo = { instanceTypeId: 'ecs.g7.large', eniQuantity: 3, eniPrivateIpAddressQuantity: 6, eniIpv6AddressQuantity: 1 };
const T6: InstanceTypeInfo = {
  instanceTypeId: 'ecs.t6-c1m1.large',
  eniQuantity: 2,
  eniPrivateIpAddressQuantity: 2,
  eniIpv6AddressQuantity: 0,
};
const secondaries = (...addresses: string[]): NetworkInterface['privateIpSets'] => [
  { privateIpAddress: '172.16.0.20', primary: true, publicIpAddress: '' },
  ...addresses.map((privateIpAddress) => ({ privateIpAddress, primary: false, publicIpAddress: '' })),
];
const target = (eni: Partial<NetworkInterface> = {}, fields: Partial<AddressTarget> = {}): AddressTarget => ({
  eni: anEni(eni),
  vSwitch: aVSwitch({ ipv6CidrBlock: '2001:db8:1::/64' }),
  instanceType: undefined,
  instanceStatus: undefined,
  ...fields,
});
const inUse = new Map([['172.16.0.30', 'web-1']]);
const ipv6InUse = new Map([['2001:db8:1::30', 'web-1']]);
const firstCode = (violations: ReadonlyArray<{ code: string }>): string | undefined => violations[0]?.code;

describe('the rules of an ENI’s addresses', () => {
  const assignCases: Array<[string, AddressTarget, AddressRequest, string | undefined]> = [
    ['one free address', target(), { addresses: ['172.16.0.40'] }, undefined],
    ['a count', target(), { count: 3 }, undefined],
    ['an Attaching ENI', target({ status: 'Attaching' }), { count: 1 }, 'InvalidOperation.InvalidEniState'],
    ['a managed ENI', target({ serviceManaged: true }), { count: 1 }, 'InvalidOperation.EniServiceManaged'],
    [
      'the primary ENI of a Starting instance',
      target({ type: 'Primary', status: 'InUse' }, { instanceStatus: 'Starting' }),
      { count: 1 },
      'InvalidOperation.InvalidEcsState',
    ],
    ['a count of 0', target(), { count: 0 }, 'InvalidParameter'],
    ['no address', target(), { addresses: [] }, 'MissingParameter'],
    [`more than ${MAX_PRIVATE_IPS_UNATTACHED} on an unattached ENI`, target(), { count: 50 }, 'InvalidOperation.Ipv4CountExceeded'],
    ['49 secondaries on an unattached ENI', target(), { count: 49 }, undefined],
    [
      'more than the type allows when attached',
      target({ status: 'InUse', privateIpSets: secondaries('172.16.0.41') }, { instanceType: T6 }),
      { count: 1 },
      'InvalidOperation.Ipv4CountExceeded',
    ],
    ['as many as the type allows when attached', target({ status: 'InUse' }, { instanceType: G7 }), { count: 5 }, undefined],
    [
      'more than the vSwitch has free',
      target({}, { vSwitch: aVSwitch({ availableIpAddressCount: 2 }) }),
      { count: 3 },
      'InvalidVSwitchId.IpNotEnough',
    ],
    ['an address outside the block', target(), { addresses: ['172.16.1.4'] }, 'InvalidVSwitchId.IpInvalid'],
    ['a reserved address', target(), { addresses: ['172.16.0.255'] }, 'InvalidVSwitchId.IpInvalid'],
    ['not an IPv4 address', target(), { addresses: ['172.16.0'] }, 'InvalidVSwitchId.IpInvalid'],
    ['an address named twice', target(), { addresses: ['172.16.0.40', '172.16.0.40'] }, 'InvalidIp.IpRepeated'],
    ['an address in use', target(), { addresses: ['172.16.0.30'] }, 'InvalidIp.IpAssigned'],
  ];
  for (const [label, given, request, code] of assignCases) {
    it(`assigning IPv4: ${label} → ${code ?? 'allowed'}`, () => {
      assert.strictEqual(firstCode(checkAssignPrivateIps(given, request, inUse)), code);
    });
  }

  const unassignCases: Array<[string, string[], string | undefined]> = [
    ['a secondary address', ['172.16.0.41'], undefined],
    ['the primary address', ['172.16.0.20'], 'InvalidIp.IpUnassigned'],
    ['an address it does not hold', ['172.16.0.99'], 'InvalidIp.IpUnassigned'],
    ['one named twice', ['172.16.0.41', '172.16.0.41'], 'InvalidIp.IpRepeated'],
    ['none', [], 'MissingParameter'],
  ];
  for (const [label, addresses, code] of unassignCases) {
    it(`unassigning IPv4: ${label} → ${code ?? 'allowed'}`, () => {
      assert.strictEqual(firstCode(checkUnassignPrivateIps(target({ privateIpSets: secondaries('172.16.0.41') }), addresses)), code);
    });
  }

  const ipv6Cases: Array<[string, AddressTarget, AddressRequest, string | undefined]> = [
    ['a count', target(), { count: 2 }, undefined],
    ['an address of the block', target(), { addresses: ['2001:db8:1::40'] }, undefined],
    ['a vSwitch without IPv6', target({}, { vSwitch: aVSwitch() }), { count: 1 }, 'InvalidVSwitch.Ipv6NotTurnOn'],
    [
      'an attached ENI of a type without IPv6',
      target({ status: 'InUse' }, { instanceType: T6 }),
      { count: 1 },
      'InvalidOperation.Ipv6NotSupport',
    ],
    ['more than 10 on an unattached ENI', target(), { count: 11 }, 'InvalidOperation.Ipv6CountExceeded'],
    ['more than the type allows', target({ status: 'InUse' }, { instanceType: G7 }), { count: 2 }, 'InvalidOperation.Ipv6CountExceeded'],
    ['an address outside the block', target(), { addresses: ['2001:db8:2::1'] }, 'InvalidIp.Address'],
    ['not an IPv6 address', target(), { addresses: ['2001:db8:1::g'] }, 'InvalidIp.Address'],
    [
      'an address named twice (in two spellings)',
      target(),
      { addresses: ['2001:db8:1::40', '2001:db8:1:0:0:0:0:40'] },
      'InvalidIp.IpRepeated',
    ],
    ['an address in use', target(), { addresses: ['2001:0db8:1::30'] }, 'InvalidIp.IpAssigned'],
  ];
  for (const [label, given, request, code] of ipv6Cases) {
    it(`assigning IPv6: ${label} → ${code ?? 'allowed'}`, () => {
      assert.strictEqual(firstCode(checkAssignIpv6(given, request, ipv6InUse)), code);
    });
  }

  it('unassigning IPv6: held ones go, others and repeats are refused', () => {
    const holding = target({ ipv6Addresses: ['2001:db8:1::5'] });
    assert.strictEqual(firstCode(checkUnassignIpv6(holding, ['2001:db8:1:0::5'])), undefined);
    assert.strictEqual(firstCode(checkUnassignIpv6(holding, ['2001:db8:1::6'])), 'InvalidIp.IpUnassigned');
    assert.strictEqual(firstCode(checkUnassignIpv6(holding, ['2001:db8:1::5', '2001:db8:1::5'])), 'InvalidIp.IpRepeated');
  });

  it('words each refusal with its values', () => {
    const [violation] = checkAssignPrivateIps(target(), { addresses: ['172.16.0.30'] }, inUse);
    assert.deepStrictEqual(violation?.text?.args, ['172.16.0.30', 'web-1']);
  });
});
