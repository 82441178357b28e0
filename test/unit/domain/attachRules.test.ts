import * as assert from 'node:assert';
import { type AttachCheck, checkAttach, checkDetach, occupiedSlots, onlyNeedsStop } from '../../../src/domain/attachRules';
import type { InstanceTypeInfo } from '../../../src/domain/instanceType';
import { anEni, anInstance } from '../../support/domainFixtures';

const G7_LARGE: InstanceTypeInfo = {
  instanceTypeId: 'ecs.g7.large',
  eniQuantity: 3,
  eniPrivateIpAddressQuantity: 6,
  eniIpv6AddressQuantity: 1,
};

function check(changes: {
  eni?: Parameters<typeof anEni>[0];
  instance?: Parameters<typeof anInstance>[0];
  type?: InstanceTypeInfo | undefined;
  slots?: number;
}): AttachCheck {
  return {
    eni: anEni(changes.eni),
    instance: anInstance(changes.instance),
    instanceType: 'type' in changes ? changes.type : G7_LARGE,
    occupiedSlots: changes.slots ?? 1,
  };
}

describe('the attach rules', () => {
  it('let an Available secondary ENI attach to a Running instance of its zone and VPC with room', () => {
    assert.deepStrictEqual(checkAttach(check({})), []);
    assert.deepStrictEqual(checkAttach(check({ instance: { status: 'Stopped' } })), []);
    assert.deepStrictEqual(checkAttach(check({ eni: { type: 'Trunk' } })), []);
  });

  const cases: Array<[string, Parameters<typeof check>[0], string, string]> = [
    ['a malformed ENI id', { eni: { networkInterfaceId: 'nic-1' } }, 'eniIdFormat', 'InvalidParams.EniId'],
    ['a malformed instance id', { instance: { instanceId: 'web-1' } }, 'instanceIdFormat', 'InvalidInstanceID.Malformed'],
    ['another region', { instance: { regionId: 'cn-shanghai' } }, 'sameRegion', 'InvalidOperation.InvalidRegion'],
    ['a primary ENI', { eni: { type: 'Primary', status: 'Available' } }, 'eniType', 'InvalidOperation.InvalidEniType'],
    ['a trunk member ENI', { eni: { type: 'Member' } }, 'eniType', 'InvalidOperation.InvalidEniType'],
    ['a service-managed ENI', { eni: { serviceManaged: true } }, 'serviceManaged', 'InvalidOperation.EniServiceManaged'],
    ['an ENI in use', { eni: { status: 'InUse', instanceId: 'i-other000001' } }, 'eniAvailable', 'InvalidOperation.InvalidEniState'],
    [
      'an ENI still attaching',
      { eni: { status: 'Attaching', instanceId: 'i-other000001' } },
      'eniAvailable',
      'InvalidOperation.InvalidEniState',
    ],
    ['a Starting instance', { instance: { status: 'Starting' } }, 'instanceState', 'InvalidOperation.InvalidEcsState'],
    ['a Pending instance', { instance: { status: 'Pending' } }, 'instanceState', 'InvalidOperation.InvalidEcsState'],
    [
      'a Running instance of a type that must be Stopped',
      { instance: { instanceType: 'ecs.t6-c1m1.large' } },
      'mustBeStopped',
      'InvalidOperation.InvalidEcsState',
    ],
    [
      'a Running instance last started before April 2018',
      { instance: { startTime: '2018-03-31T23:59Z' } },
      'rebootRequired',
      'InvalidOperation.InvalidEcsState',
    ],
    [
      'a type that takes no secondary ENI',
      { type: { instanceTypeId: 'ecs.t1.small', eniQuantity: 1, eniPrivateIpAddressQuantity: 6, eniIpv6AddressQuantity: 1 } },
      'eniSupport',
      'InvalidOperation.InvalidGeneration',
    ],
    ['another VPC', { eni: { vpcId: 'vpc-2' } }, 'sameVpc', 'InvalidOperation.VpcMismatch'],
    ['another zone', { eni: { zoneId: 'cn-hangzhou-i' } }, 'sameZone', 'InvalidOperation.AvailabilityZoneMismatch'],
    ['a full instance (the primary ENI counts)', { slots: 3 }, 'eniLimit', 'EniPerInstanceLimitExceeded'],
  ];
  for (const [what, changes, rule, code] of cases) {
    it(`refuse ${what} with ${code}`, () => {
      const [first] = checkAttach(check(changes));
      assert.ok(first, 'no violation');
      assert.deepStrictEqual([first.rule, first.code], [rule, code]);
      assert.ok(first.message.length > 20);
    });
  }

  it('allow a Stopped instance of a type that must be Stopped, and one started before 2018 once Stopped', () => {
    assert.deepStrictEqual(checkAttach(check({ instance: { status: 'Stopped', instanceType: 'ecs.t6-c1m1.large' } })), []);
    assert.deepStrictEqual(checkAttach(check({ instance: { status: 'Stopped', startTime: '2017-01-01T00:00Z' } })), []);
  });

  it('draw the 2018 line exactly: started at 2018-04-01T00:00 is allowed, a minute before is not', () => {
    assert.deepStrictEqual(checkAttach(check({ instance: { startTime: '2018-04-01T00:00Z' } })), []);
    assert.deepStrictEqual(
      checkAttach(check({ instance: { startTime: '2018-03-31T23:59Z' } })).map((v) => v.rule),
      ['rebootRequired'],
    );
    assert.deepStrictEqual(checkAttach(check({ instance: { startTime: '2019-01-01T00:00Z' } })), [], 'well after the line');
  });

  it('leave the limit to ECS when the instance type is unknown', () => {
    assert.deepStrictEqual(checkAttach(check({ type: undefined, slots: 99 })), []);
  });

  it('report every reason, in the order ECS checks them', () => {
    const rules = checkAttach(
      check({ eni: { status: 'InUse', serviceManaged: true, vpcId: 'vpc-2' }, instance: { status: 'Stopping' } }),
    ).map((v) => v.rule);
    assert.deepStrictEqual(rules, ['serviceManaged', 'eniAvailable', 'instanceState', 'sameVpc']);
  });

  it('count the slots an instance has taken: primary, attached, attaching and detaching ENIs, not member ENIs', () => {
    const on = (status: string, type = 'Secondary', instanceId = 'i-bp1testinstance00001') => anEni({ status, type, instanceId });
    const enis = [
      on('InUse', 'Primary'),
      on('InUse'),
      on('Attaching'),
      on('Detaching'),
      on('InUse', 'Member'),
      on('Available', 'Secondary', ''),
      on('InUse', 'Secondary', 'i-other000001'),
    ];
    assert.strictEqual(occupiedSlots(enis, 'i-bp1testinstance00001'), 4);
  });

  it('say when stopping the instance is all it takes', () => {
    assert.ok(onlyNeedsStop(checkAttach(check({ instance: { instanceType: 'ecs.t6-c1m2.large' } }))));
    assert.ok(!onlyNeedsStop(checkAttach(check({ instance: { instanceType: 'ecs.t6-c1m2.large' }, eni: { zoneId: 'cn-hangzhou-i' } }))));
    assert.ok(!onlyNeedsStop([]));
  });
});

describe('the detach rules', () => {
  const attached = { status: 'InUse', instanceId: 'i-bp1testinstance00001' };

  it('let an attached secondary ENI detach from a Running or Stopped instance', () => {
    assert.deepStrictEqual(checkDetach(anEni(attached), anInstance()), []);
    assert.deepStrictEqual(checkDetach(anEni({ ...attached, status: 'Detaching' }), anInstance({ status: 'Stopped' })), []);
  });

  const cases: Array<[string, Parameters<typeof anEni>[0], Parameters<typeof anInstance>[0], string]> = [
    ['a primary ENI', { ...attached, type: 'Primary' }, {}, 'InvalidOperation.DetachPrimaryEniNotAllowed'],
    ['a service-managed ENI', { ...attached, serviceManaged: true }, {}, 'InvalidOperation.EniServiceManaged'],
    ['an Available ENI', { status: 'Available' }, {}, 'InvalidOperation.InvalidEniState'],
    ['an ENI of another instance', { ...attached, instanceId: 'i-other000001' }, {}, 'InvalidOperation.InvalidEniState'],
    ['a Stopping instance', attached, { status: 'Stopping' }, 'InvalidOperation.InvalidEcsState'],
    ['a Running instance of a type that must be Stopped', attached, { instanceType: 'ecs.n4.small' }, 'InvalidOperation.InvalidEcsState'],
    ['a malformed id', { ...attached, networkInterfaceId: 'eni_1' }, {}, 'InvalidParams.EniId'],
  ];
  for (const [what, eni, instance, code] of cases) {
    it(`refuse ${what} with ${code}`, () => {
      assert.strictEqual(checkDetach(anEni(eni), anInstance(instance))[0]?.code, code);
    });
  }
});

describe('the words of the attach and detach rules', () => {
  const ENI = 'spare (eni-bp1testeni000000001)';
  const INSTANCE = 'test (i-bp1testinstance00001)';

  it('name the ENI and the instance by name and id, or by id alone when they have no name', () => {
    const [named] = checkAttach(check({ eni: { vpcId: 'vpc-2' } }));
    assert.deepStrictEqual(named, {
      rule: 'sameVpc',
      code: 'InvalidOperation.VpcMismatch',
      message: `${ENI} is in vpc-2, ${INSTANCE} in vpc-1.`,
      text: { template: '{0} is in {1}, {2} in {3}.', args: [ENI, 'vpc-2', INSTANCE, 'vpc-1'] },
    });
    const [bare] = checkAttach(check({ eni: { vpcId: 'vpc-2', networkInterfaceName: '' }, instance: { instanceName: '' } }));
    assert.strictEqual(bare?.message, 'eni-bp1testeni000000001 is in vpc-2, i-bp1testinstance00001 in vpc-1.');
  });

  it('tell a primary ENI from a trunk member', () => {
    assert.deepStrictEqual(
      checkAttach(check({ eni: { type: 'Primary' } })).map((v) => v.message),
      [`${ENI} is a primary network interface; it belongs to its instance for life.`],
    );
    assert.deepStrictEqual(
      checkAttach(check({ eni: { type: 'Member' } })).map((v) => v.message),
      [`${ENI} is a member of a trunk network interface.`],
    );
  });

  it('give the day an instance was last started when it needs a restart', () => {
    assert.deepStrictEqual(
      checkAttach(check({ instance: { startTime: '2017-06-30T08:15:00Z' } })).map((v) => v.message),
      [`${INSTANCE} was last started on 2017-06-30, before April 2018; restart it before attaching.`],
    );
  });

  it('say where an ENI in use is attached', () => {
    assert.deepStrictEqual(
      checkAttach(check({ eni: { status: 'InUse', instanceId: 'i-other000001' } })).map((v) => v.message),
      [`${ENI} is InUse (on i-other000001); it must be Available.`],
    );
    assert.deepStrictEqual(
      checkAttach(check({ eni: { status: 'Creating' } })).map((v) => v.message),
      [`${ENI} is Creating; it must be Available.`],
    );
  });

  it('leave a type that takes one ENI to the support rule, not the limit', () => {
    const one = { instanceTypeId: 'ecs.t1.small', eniQuantity: 1, eniPrivateIpAddressQuantity: 6, eniIpv6AddressQuantity: 1 };
    assert.deepStrictEqual(
      checkAttach(check({ type: one, slots: 1 })).map((v) => v.rule),
      ['eniSupport'],
    );
    assert.deepStrictEqual(
      checkAttach(check({ slots: 2 })).map((v) => v.rule),
      [],
      'room for one more',
    );
    assert.deepStrictEqual(
      checkAttach(check({ slots: 3 })).map((v) => v.message),
      [`${INSTANCE} has 3 of the 3 network interfaces a ecs.g7.large allows.`],
    );
  });

  it('name each detach rule and say why', () => {
    const attached = { status: 'InUse', instanceId: 'i-bp1testinstance00001' };
    const violations = (eni: Parameters<typeof anEni>[0], instance: Parameters<typeof anInstance>[0] = {}): Array<[string, string]> =>
      checkDetach(anEni(eni), anInstance(instance)).map((v) => [v.rule, v.message]);
    assert.deepStrictEqual(violations({ ...attached, type: 'Primary' }), [
      ['primary', `${ENI} is the primary network interface of its instance.`],
    ]);
    assert.deepStrictEqual(violations({ ...attached, serviceManaged: true }), [
      ['serviceManaged', `${ENI} is managed by another Alibaba Cloud service.`],
    ]);
    assert.deepStrictEqual(violations({ status: 'Available' }), [['eniAttached', `${ENI} is Available; it must be InUse.`]]);
    assert.deepStrictEqual(violations({ status: 'Attaching', instanceId: 'i-bp1testinstance00001' }), [
      ['eniAttached', `${ENI} is Attaching; it must be InUse.`],
    ]);
    assert.deepStrictEqual(violations({ ...attached, instanceId: 'i-other000001' }), [
      ['attachedHere', `${ENI} is attached to i-other000001, not ${INSTANCE}.`],
    ]);
    assert.deepStrictEqual(violations(attached, { status: 'Stopping' }), [
      ['instanceState', `${INSTANCE} is Stopping; it must be Running or Stopped to detach a network interface.`],
    ]);
    assert.deepStrictEqual(violations(attached, { instanceType: 'ecs.n4.small' }), [
      ['mustBeStopped', `${INSTANCE} is a ecs.n4.small: instances of this type must be Stopped to detach a network interface.`],
    ]);
  });

  it('count no slot for an ENI that still names the instance but is no longer on it', () => {
    const stale = ['Available', 'Creating', 'Deleting'].map((status) => anEni({ status, instanceId: 'i-bp1testinstance00001' }));
    assert.strictEqual(occupiedSlots(stale, 'i-bp1testinstance00001'), 0);
  });

  it('say stopping is all it takes only when being Running is the one problem', () => {
    const [zone] = checkAttach(check({ eni: { zoneId: 'cn-hangzhou-i' } }));
    assert.ok(zone);
    assert.strictEqual(onlyNeedsStop([zone]), false);
    const [stop] = checkAttach(check({ instance: { instanceType: 'ecs.t6-c1m2.large' } }));
    assert.ok(stop);
    assert.strictEqual(onlyNeedsStop([stop, zone]), false);
    assert.strictEqual(onlyNeedsStop([stop]), true);
  });
});
