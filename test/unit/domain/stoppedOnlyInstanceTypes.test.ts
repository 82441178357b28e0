import * as assert from 'node:assert';
import { checkAttach, checkDetach } from '../../../src/domain/attachRules';
import { STOPPED_ONLY_INSTANCE_TYPES } from '../../../src/domain/stoppedOnlyInstanceTypes';
import { anEni, anInstance } from '../../support/domainFixtures';

/** The types of Alibaba Cloud's "Bind a secondary ENI" page whose instances must be Stopped to attach or detach. */
const DOCUMENTED = [
  'ecs.s6-c1m1.small',
  'ecs.s6-c1m2.large',
  'ecs.s6-c1m2.small',
  'ecs.s6-c1m4.large',
  'ecs.s6-c1m4.small',
  'ecs.e-c1m1.large',
  'ecs.e-c1m2.large',
  'ecs.e-c1m4.large',
  'ecs.t6-c1m1.large',
  'ecs.t6-c1m2.large',
  'ecs.t6-c1m4.large',
  'ecs.t6-c2m1.large',
  'ecs.t6-c4m1.large',
  'ecs.t5-c1m1.large',
  'ecs.t5-c1m2.large',
  'ecs.t5-c1m4.large',
  'ecs.t5-lc1m1.small',
  'ecs.t5-lc1m2.large',
  'ecs.t5-lc1m2.small',
  'ecs.t5-lc1m4.large',
  'ecs.t5-lc2m1.nano',
  'ecs.xn4.small',
  'ecs.n4.small',
  'ecs.n4.large',
  'ecs.mn4.small',
  'ecs.mn4.large',
  'ecs.e4.small',
  'ecs.e4.large',
];

describe('instance types that must be Stopped to attach or detach', () => {
  it('hold every type the documentation lists', () => {
    for (const type of DOCUMENTED) {
      assert.ok(STOPPED_ONLY_INSTANCE_TYPES.has(type), type);
    }
  });

  it('hold only well-formed type names, and no current general-purpose type', () => {
    for (const type of STOPPED_ONLY_INSTANCE_TYPES) {
      assert.match(type, /^ecs\.[a-z0-9-]+\.[a-z0-9]+$/, type);
    }
    for (const type of ['ecs.g7.large', 'ecs.c7.xlarge', 'ecs.t6-c1m1.xlarge', 'ecs.n4.xlarge', '']) {
      assert.ok(!STOPPED_ONLY_INSTANCE_TYPES.has(type), type);
    }
  });

  it('make a Running instance of each such type refuse both attach and detach', () => {
    for (const instanceType of DOCUMENTED) {
      const instance = anInstance({ instanceType });
      const attach = checkAttach({ eni: anEni(), instance, instanceType: undefined, occupiedSlots: 1 });
      assert.deepStrictEqual(
        attach.map((v) => v.rule),
        ['mustBeStopped'],
        instanceType,
      );
      const detach = checkDetach(anEni({ status: 'InUse', instanceId: instance.instanceId }), instance);
      assert.deepStrictEqual(
        detach.map((v) => v.rule),
        ['mustBeStopped'],
        instanceType,
      );
    }
  });
});
