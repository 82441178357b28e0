import * as assert from 'node:assert';
import {
  checkInstanceOperation,
  INSTANCE_TEXTS,
  type InstanceOperation,
  mayStopCharging,
  productionTag,
  reportedStoppedMode,
} from '../../../src/domain/instanceRules';
import { anInstance } from '../../support/domainFixtures';

describe('instance rules: start, stop and reboot', () => {
  const STATUSES = ['Pending', 'Running', 'Starting', 'Stopping', 'Stopped'];
  const allowedIn: Record<InstanceOperation, string> = { start: 'Stopped', stop: 'Running', reboot: 'Running' };

  for (const operation of ['start', 'stop', 'reboot'] as const) {
    for (const status of STATUSES) {
      const allowed = status === allowedIn[operation];
      it(`${operation} on a ${status} instance: ${allowed ? 'allowed' : 'refused with IncorrectInstanceStatus'}`, () => {
        const found = checkInstanceOperation(operation, anInstance({ status, instanceName: 'web-1', instanceId: 'i-bp1abcdef' }));
        if (allowed) {
          assert.deepStrictEqual(found, []);
          return;
        }
        assert.strictEqual(found.length, 1);
        const [violation] = found;
        assert.strictEqual(violation?.rule, `${operation}State`);
        assert.strictEqual(violation.code, 'IncorrectInstanceStatus');
        assert.strictEqual(violation.text?.template, INSTANCE_TEXTS[`${operation}State`]);
        assert.deepStrictEqual(violation.text.args, ['web-1 (i-bp1abcdef)', status]);
        assert.ok(violation.message.startsWith(`web-1 (i-bp1abcdef) is ${status}; only a`), violation.message);
      });
    }
  }

  it('names an unnamed instance by its id', () => {
    const [violation] = checkInstanceOperation('stop', anInstance({ status: 'Stopped', instanceName: '', instanceId: 'i-bp1abcdef' }));
    assert.strictEqual(violation?.message, 'i-bp1abcdef is Stopped; only a Running instance can be stopped.');
  });

  it('refuses a malformed id before looking at the state', () => {
    for (const operation of ['start', 'stop', 'reboot'] as const) {
      const found = checkInstanceOperation(operation, anInstance({ instanceId: 'web-1', status: 'Starting' }));
      assert.deepStrictEqual(
        found.map((v) => [v.rule, v.code]),
        [['instanceIdFormat', 'InvalidInstanceID.Malformed']],
      );
    }
  });

  const production: Array<[string, Array<{ key: string; value: string }>, string | undefined]> = [
    ['env=prod', [{ key: 'env', value: 'prod' }], 'env=prod'],
    ['Environment=Production, any case', [{ key: 'Environment', value: 'Production' }], 'Environment=Production'],
    [
      'ENV=PROD after another tag',
      [
        { key: 'owner', value: 'ops' },
        { key: 'ENV', value: 'PROD' },
      ],
      'ENV=PROD',
    ],
    ['env=staging', [{ key: 'env', value: 'staging' }], undefined],
    ['a prod value under another key', [{ key: 'tier', value: 'prod' }], undefined],
    ['a key that only starts like env', [{ key: 'envoy', value: 'prod' }], undefined],
    ['a value that only contains prod', [{ key: 'env', value: 'preprod' }], undefined],
    ['no tags', [], undefined],
  ];
  for (const [title, tags, expected] of production) {
    it(`production tag: ${title} → ${expected ?? 'none'}`, () => {
      const tag = productionTag(anInstance({ tags }));
      assert.strictEqual(tag ? `${tag.key}=${tag.value}` : undefined, expected);
    });
  }

  it('offers economical mode to pay-as-you-go instances in a VPC only', () => {
    assert.strictEqual(mayStopCharging(anInstance({ properties: { InstanceChargeType: 'PostPaid' } })), true);
    assert.strictEqual(mayStopCharging(anInstance({ properties: { InstanceChargeType: 'PrePaid' } })), false);
    assert.strictEqual(mayStopCharging(anInstance({ properties: {} })), false);
    assert.strictEqual(mayStopCharging(anInstance({ vpcId: '', properties: { InstanceChargeType: 'PostPaid' } })), false);
  });

  it('reads the stop mode ECS reports, when it reports one', () => {
    assert.strictEqual(reportedStoppedMode(anInstance({ properties: { StoppedMode: 'StopCharging' } })), 'StopCharging');
    assert.strictEqual(reportedStoppedMode(anInstance({ properties: { StoppedMode: 3 } })), undefined);
    assert.strictEqual(reportedStoppedMode(anInstance({ properties: {} })), undefined);
  });
});
