import * as assert from 'node:assert';
import { missingPermission, policyOf, statementFor } from '../../../src/domain/ramPolicies';

const refused = (code: string, action?: string) => ({ code, message: 'refused', ...(action === undefined ? {} : { action }) });

describe('RAM policies: naming what a refusal lacked', () => {
  it("names the RAM action and the policy of the command that was run, or the action's first policy", () => {
    assert.deepStrictEqual(missingPermission(refused('Forbidden.RAM', 'AttachNetworkInterface'), 'alicloudEcs.attachNetworkInterface'), {
      ramAction: 'ecs:AttachNetworkInterface',
      policyFile: 'docs/ram/attach-detach.json',
    });
    assert.deepStrictEqual(missingPermission(refused('NoPermission', 'DescribeNetworkInterfaces'), 'alicloudEcs.deleteNetworkInterface'), {
      ramAction: 'ecs:DescribeNetworkInterfaces',
      policyFile: 'docs/ram/manage-enis.json',
    });
    assert.deepStrictEqual(missingPermission(refused('Forbidden.RAM', 'DescribeVSwitches')), {
      ramAction: 'vpc:DescribeVSwitches',
      policyFile: 'docs/ram/read-only.json',
    });
    // A command that does not send the action is no guide: the action's own first policy is named.
    assert.strictEqual(
      missingPermission(refused('Forbidden.RAM', 'CreateNetworkInterface'), 'alicloudEcs.copyId')?.policyFile,
      'docs/ram/attach-detach.json',
    );
    assert.strictEqual(
      missingPermission(refused('Forbidden.RAM', 'AttachNetworkInterface'), 'alicloudEcs.activity.retry')?.policyFile,
      'docs/ram/attach-detach.json',
    );
  });

  it('names nothing a grant would not cure, nor an action it does not know or that needs no grant', () => {
    for (const failure of [
      refused('Forbidden.NotSupportRAM', 'AttachNetworkInterface'),
      refused('Forbidden.RegionId', 'AttachNetworkInterface'),
      refused('Forbidden.RAM'),
      refused('Forbidden.RAM', 'RunInstances'),
      refused('Forbidden.RAM', 'constructor'),
      refused('Forbidden.RAM', 'DescribeRegions'),
      refused('InvalidParameter', 'AttachNetworkInterface'),
    ]) {
      assert.strictEqual(missingPermission(failure, 'alicloudEcs.attachNetworkInterface'), undefined, JSON.stringify(failure));
    }
  });

  it('copies one statement that allows the action, on "*"', () => {
    assert.deepStrictEqual(JSON.parse(statementFor('ecs:AttachNetworkInterface')), {
      Effect: 'Allow',
      Action: ['ecs:AttachNetworkInterface'],
      Resource: '*',
    });
  });

  it('limits the writes of the one-region form to that region\'s ARNs, any account, any id, and leaves reads on "*"', () => {
    const statements = policyOf('manage-enis', 'cn-beijing').Statement;
    const reads = statements.find((statement) => statement.Action.includes('ecs:DescribeInstances'));
    assert.strictEqual(reads?.Resource, '*');
    const power = statements.find((statement) => statement.Action.includes('ecs:StopInstance'));
    assert.deepStrictEqual(power?.Resource, ['acs:ecs:cn-beijing:*:instance/*']);
    const attach = statements.find((statement) => statement.Action.includes('ecs:AttachNetworkInterface'));
    assert.deepStrictEqual(attach?.Resource, [
      'acs:ecs:cn-beijing:*:eni/*',
      'acs:ecs:cn-beijing:*:instance/*',
      'acs:ecs:cn-beijing:*:securitygroup/*',
      'acs:vpc:cn-beijing:*:vswitch/*',
    ]);
    assert.ok(policyOf('read-only', 'cn-beijing').Statement.every((statement) => statement.Resource === '*'));
  });
});
