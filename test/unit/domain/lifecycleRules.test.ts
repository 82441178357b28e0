import * as assert from 'node:assert';
import {
  addressesInUse,
  checkCreate,
  checkDelete,
  checkPrimaryIp,
  checkSecurityGroups,
  checkVSwitch,
  type CreateCheck,
  MAX_SECURITY_GROUPS_PER_ENI,
} from '../../../src/domain/lifecycleRules';
import { aSecurityGroup, aVSwitch, anEni, anInstance } from '../../support/domainFixtures';

const codes = (violations: ReadonlyArray<{ code: string }>): string[] => violations.map((v) => v.code);

describe('the rules of creating and deleting an ENI', () => {
  describe('the vSwitch', () => {
    it('takes an Available vSwitch with a free address', () => {
      assert.deepStrictEqual(checkVSwitch(aVSwitch({ availableIpAddressCount: 1 })), []);
    });
    it('refuses a Pending vSwitch (IncorrectVSwitchStatus), whatever its free addresses', () => {
      const [violation] = checkVSwitch(aVSwitch({ status: 'Pending' }));
      assert.strictEqual(violation?.code, 'IncorrectVSwitchStatus');
      assert.deepStrictEqual(violation.text?.args, ['app (vsw-1)', 'Pending']);
    });
    it('refuses a full vSwitch (InvalidVSwitchId.IpNotEnough)', () => {
      assert.deepStrictEqual(codes(checkVSwitch(aVSwitch({ availableIpAddressCount: 0 }))), ['InvalidVSwitchId.IpNotEnough']);
      assert.deepStrictEqual(checkVSwitch(aVSwitch({ vSwitchName: '', availableIpAddressCount: 0 }))[0]?.text?.args, ['vsw-1']);
    });
  });

  describe('the security groups', () => {
    const groups = (n: number): ReturnType<typeof aSecurityGroup>[] =>
      Array.from({ length: n }, (_, i) => aSecurityGroup({ securityGroupId: `sg-${i}` }));
    it('needs at least one (MissingSecurityGroupId)', () => {
      assert.deepStrictEqual(codes(checkSecurityGroups('vpc-1', [])), ['MissingSecurityGroupId']);
    });
    it(`takes up to ${MAX_SECURITY_GROUPS_PER_ENI}, the documented default, and refuses one more (JoinedGroupLimitExceed)`, () => {
      assert.strictEqual(MAX_SECURITY_GROUPS_PER_ENI, 5);
      assert.deepStrictEqual(checkSecurityGroups('vpc-1', groups(5)), []);
      const [violation] = checkSecurityGroups('vpc-1', groups(6));
      assert.strictEqual(violation?.code, 'JoinedGroupLimitExceed');
      assert.deepStrictEqual(violation.text?.args, ['5', '6']);
    });
    it('refuses a group of another VPC (InvalidOperation.VpcMismatch) and a classic one (InvalidSecurityGroupId.NotVpc)', () => {
      const other = aSecurityGroup({ securityGroupId: 'sg-other', vpcId: 'vpc-2' });
      const classic = aSecurityGroup({ securityGroupId: 'sg-classic', vpcId: '' });
      assert.deepStrictEqual(codes(checkSecurityGroups('vpc-1', [aSecurityGroup(), other, classic])), [
        'InvalidSecurityGroupId.NotVpc',
        'InvalidOperation.VpcMismatch',
      ]);
      assert.deepStrictEqual(checkSecurityGroups('vpc-1', [other])[0]?.text?.args, ['sg-other', 'vpc-2', 'vpc-1']);
    });
  });

  describe('the primary private IP', () => {
    const inUse = new Map([['172.16.0.20', 'spare']]);
    const cases: Array<[string, string | undefined]> = [
      ['172.16.0.1', undefined],
      ['172.16.0.252', undefined],
      ['172.16.0.0', 'InvalidVSwitchId.IpInvalid'],
      ['172.16.0.253', 'InvalidVSwitchId.IpInvalid'],
      ['172.16.0.255', 'InvalidVSwitchId.IpInvalid'],
      ['172.16.1.5', 'InvalidVSwitchId.IpInvalid'],
      ['172.16.0', 'InvalidVSwitchId.IpInvalid'],
      ['172.16.0.20', 'InvalidPrivateIpAddress.Duplicated'],
    ];
    for (const [address, code] of cases) {
      it(`${address} in 172.16.0.0/24 → ${code ?? 'accepted'}`, () => {
        assert.strictEqual(checkPrimaryIp(address, aVSwitch(), inUse)?.code, code);
      });
    }
    it('names the rule and the holder', () => {
      assert.strictEqual(checkPrimaryIp('172.16.0.0', aVSwitch(), inUse)?.rule, 'primaryIpReserved');
      assert.strictEqual(checkPrimaryIp('172.16.1.5', aVSwitch(), inUse)?.rule, 'primaryIpInVSwitch');
      assert.strictEqual(checkPrimaryIp('x', aVSwitch(), inUse)?.rule, 'primaryIpFormat');
      assert.deepStrictEqual(checkPrimaryIp('172.16.0.20', aVSwitch(), inUse)?.text?.args, ['172.16.0.20', 'spare']);
    });
    it('leaves the CIDR checks to ECS when the vSwitch reports no readable block', () => {
      assert.strictEqual(checkPrimaryIp('10.0.0.0', aVSwitch({ cidrBlock: '' }), inUse), undefined);
    });
  });

  describe('a whole create', () => {
    const request = (fields: Partial<CreateCheck> = {}): CreateCheck => ({
      vSwitch: aVSwitch(),
      securityGroups: [aSecurityGroup()],
      name: 'spare-1',
      description: '',
      primaryIpAddress: '',
      tags: [],
      addressesInUse: new Map(),
      ...fields,
    });
    it('allows a well-formed request', () => {
      assert.deepStrictEqual(checkCreate(request()), []);
    });
    it('puts a Pending vSwitch first and a full one last', () => {
      assert.deepStrictEqual(codes(checkCreate(request({ vSwitch: aVSwitch({ status: 'Pending' }), name: '1' }))), [
        'IncorrectVSwitchStatus',
        'InvalidParams.NetworkInterfaceName',
      ]);
      assert.deepStrictEqual(codes(checkCreate(request({ vSwitch: aVSwitch({ availableIpAddressCount: 0 }), name: '1' }))), [
        'InvalidParams.NetworkInterfaceName',
        'InvalidVSwitchId.IpNotEnough',
      ]);
    });
    it('lists every broken rule in the order ECS checks them, the address last', () => {
      assert.deepStrictEqual(
        codes(
          checkCreate(
            request({
              vSwitch: aVSwitch({ availableIpAddressCount: 0 }),
              securityGroups: [],
              name: '1',
              description: 'x',
              primaryIpAddress: '9.9.9.9',
              tags: [{ key: 'acs:x', value: '' }],
            }),
          ),
        ),
        [
          'MissingSecurityGroupId',
          'InvalidParams.NetworkInterfaceName',
          'InvalidDescription.Malformed',
          'InvalidTagKey.Malformed',
          'InvalidVSwitchId.IpInvalid',
        ],
      );
    });
  });

  describe('delete', () => {
    it('allows an Available secondary ENI', () => {
      assert.deepStrictEqual(checkDelete(anEni()), []);
      assert.deepStrictEqual(checkDelete(anEni({ type: 'Trunk' })), []);
    });
    it('allows deleting a Deleting ENI again, the documented remedy for one that stays Deleting', () => {
      assert.deepStrictEqual(checkDelete(anEni({ status: 'Deleting' })), []);
    });
    const refusals: Array<[string, Parameters<typeof anEni>[0], string]> = [
      ['an InUse ENI', { status: 'InUse', instanceId: 'i-1' }, 'InvalidOperation.InvalidEniState'],
      ['a Detaching ENI', { status: 'Detaching', instanceId: 'i-1' }, 'InvalidOperation.InvalidEniState'],
      ['an Attaching ENI', { status: 'Attaching', instanceId: 'i-1' }, 'InvalidOperation.InvalidEniState'],
      ['a primary ENI', { type: 'Primary', status: 'InUse', instanceId: 'i-1' }, 'InvalidOperation.InvalidEniType'],
      ['a service-managed ENI', { serviceManaged: true }, 'InvalidOperation.EniServiceManaged'],
    ];
    for (const [what, fields, code] of refusals) {
      it(`refuses ${what} (${code})`, () => assert.deepStrictEqual(codes(checkDelete(anEni(fields))), [code]));
    }
  });

  it('knows which addresses are taken in a VPC, and by whom; another VPC may use the same ones', () => {
    const used = addressesInUse(
      [
        anEni({ privateIpAddress: '172.16.0.20' }),
        anEni({ networkInterfaceName: '', privateIpAddress: '172.16.0.21' }),
        anEni({ privateIpAddress: '' }),
        anEni({ privateIpAddress: '172.16.0.22', vpcId: 'vpc-2' }),
      ],
      [
        anInstance({ privateIpAddress: '172.16.0.10' }),
        anInstance({ instanceName: '', privateIpAddress: '172.16.0.11' }),
        anInstance({ privateIpAddress: '172.16.0.12', vpcId: 'vpc-2' }),
      ],
      'vpc-1',
    );
    assert.deepStrictEqual(Object.fromEntries(used), {
      '172.16.0.10': 'test',
      '172.16.0.11': 'i-bp1testinstance00001',
      '172.16.0.20': 'spare',
      '172.16.0.21': 'eni-bp1testeni000000001',
    });
  });

  it('names its rule with each refusal', () => {
    const rulesOf = (violations: ReadonlyArray<{ rule: string }>): string[] => violations.map((v) => v.rule);
    assert.deepStrictEqual(rulesOf(checkVSwitch(aVSwitch({ status: 'Pending' }))), ['vSwitchAvailable']);
    assert.deepStrictEqual(rulesOf(checkVSwitch(aVSwitch({ availableIpAddressCount: 0 }))), ['vSwitchFreeIp']);
    assert.deepStrictEqual(rulesOf(checkSecurityGroups('vpc-1', [])), ['securityGroupRequired']);
    assert.deepStrictEqual(
      rulesOf(
        checkSecurityGroups(
          'vpc-1',
          Array.from({ length: 6 }, (_, i) => aSecurityGroup({ securityGroupId: `sg-${i}` })),
        ),
      ),
      ['securityGroupCount'],
    );
    assert.deepStrictEqual(rulesOf(checkSecurityGroups('vpc-1', [aSecurityGroup({ vpcId: '' }), aSecurityGroup({ vpcId: 'vpc-2' })])), [
      'securityGroupVpc',
      'securityGroupVpc',
    ]);
    assert.deepStrictEqual(rulesOf(checkDelete(anEni({ type: 'Primary' }))), ['deletePrimary']);
    assert.deepStrictEqual(rulesOf(checkDelete(anEni({ serviceManaged: true }))), ['deleteServiceManaged']);
    assert.deepStrictEqual(rulesOf(checkDelete(anEni({ status: 'InUse' }))), ['deleteState']);
    assert.strictEqual(checkPrimaryIp('172.16.0.20', aVSwitch(), new Map([['172.16.0.20', 'x']]))?.rule, 'primaryIpInUse');
  });

  it('says in words why, with the values', () => {
    assert.deepStrictEqual(checkSecurityGroups('vpc-1', [aSecurityGroup({ securityGroupId: 'sg-c', vpcId: '' })])[0]?.text, {
      template: '{0} is a classic-network security group; a network interface needs one of its VPC.',
      args: ['sg-c'],
    });
    assert.deepStrictEqual(checkDelete(anEni({ status: 'InUse' }))[0]?.text?.args, ['spare (eni-bp1testeni000000001)', 'InUse']);
    assert.deepStrictEqual(checkDelete(anEni({ networkInterfaceName: '', type: 'Primary' }))[0]?.text?.args, ['eni-bp1testeni000000001']);
    assert.deepStrictEqual(checkPrimaryIp('172.16.0.0', aVSwitch(), new Map())?.text?.args, ['172.16.0.0', '172.16.0.0/24']);
    assert.strictEqual(checkSecurityGroups('vpc-1', [])[0]?.text?.template, 'Choose at least one security group.');
  });
});
