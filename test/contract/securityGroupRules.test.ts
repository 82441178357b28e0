import * as assert from 'node:assert';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, DEMO_KEYS, ecsErrorOf, ONE_ATTEMPT } from './helpers';

const REGION = 'cn-hangzhou';

describe('contract: DescribeSecurityGroupAttribute through the SDK and the adapter', function () {
  this.timeout(30_000);
  let emulator: EcsEmulator;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
  });

  afterEach(async () => {
    await emulator.close();
  });

  it('reads back the inbound and outbound rules of a group, with names from both reads', async () => {
    const api = adapterFor(emulator);
    const groups = await api.listSecurityGroups(REGION);
    assert.ok(groups.every((group) => group.securityGroupName !== ''));
    const web = await api.describeSecurityGroupRules(REGION, 'sg-bp16q7p8yafqaure63n4');
    assert.strictEqual(web.securityGroupName, 'web-servers');
    assert.strictEqual(web.vpcId, 'vpc-bp171csbkbnjhg1bj3npw');
    assert.deepStrictEqual(
      web.rules.map((rule) => [
        rule.direction,
        rule.ipProtocol,
        rule.portRange,
        rule.sourceCidrIp || rule.ipv6SourceCidrIp || rule.sourceGroupId || rule.destCidrIp,
      ]),
      [
        ['ingress', 'TCP', '80/80', '0.0.0.0/0'],
        ['ingress', 'TCP', '443/443', '0.0.0.0/0'],
        ['ingress', 'TCP', '443/443', '::/0'],
        ['ingress', 'TCP', '22/22', 'sg-bp1mgmt9b2n4v6c8x0z3'],
        ['ingress', 'ICMP', '-1/-1', '0.0.0.0/0'],
        ['egress', 'ALL', '-1/-1', '0.0.0.0/0'],
      ],
    );
    assert.ok(web.rules.every((rule) => rule.policy === 'Accept' && rule.priority === 1 && rule.securityGroupRuleId !== ''));
    const db = await api.describeSecurityGroupRules(REGION, 'sg-bp1db4cc3ss6r8t0y2u5');
    const drop = db.rules.find((rule) => rule.policy === 'Drop');
    assert.deepStrictEqual([drop?.direction, drop?.priority], ['ingress', 100]);
    assert.strictEqual(db.rules.find((rule) => rule.direction === 'egress')?.destCidrIp, '172.16.0.0/12');
  });

  it('refuses an unknown group (InvalidSecurityGroupId.NotFound, 404) and a group of another region', async () => {
    const api = adapterFor(emulator, DEMO_KEYS, ONE_ATTEMPT);
    const unknown = await ecsErrorOf(api.describeSecurityGroupRules(REGION, 'sg-bp1nosuchgroup000000'));
    assert.deepStrictEqual([unknown.code, unknown.httpStatus], ['InvalidSecurityGroupId.NotFound', 404]);
    const elsewhere = await ecsErrorOf(api.describeSecurityGroupRules('cn-shanghai', 'sg-bp16q7p8yafqaure63n4'));
    assert.strictEqual(elsewhere.code, 'InvalidSecurityGroupId.NotFound');
  });
});
