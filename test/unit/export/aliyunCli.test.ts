import * as assert from 'node:assert';
import { aliyunCliCommand } from '../../../src/domain/export/aliyunCli';
import { quoteFor } from '../../../src/domain/export/shellQuoting';

const shellQuote = (word: string): string => quoteFor('posix', word);
import { attachRequest, describeInstanceRequest, type EcsRequest, startRequest, stopRequest } from '../../../src/domain/export/ecsRequest';

describe('export: aliyun CLI commands', () => {
  describe('shell quoting', () => {
    const table: ReadonlyArray<readonly [string, string]> = [
      ['eni-bp17pdijfczax1huji00', 'eni-bp17pdijfczax1huji00'],
      ['cn-hangzhou', 'cn-hangzhou'],
      ['172.16.0.1/24', '172.16.0.1/24'],
      ['a=b,c:d@e%f+g', 'a=b,c:d@e%f+g'],
      ['', "''"],
      ['two words', "'two words'"],
      ["it's", "'it'\\''s'"],
      ["''", "''\\'''\\'''"],
      ['"double"', `'"double"'`],
      ['$HOME', "'$HOME'"],
      ['`id`', "'`id`'"],
      ['$(id)', "'$(id)'"],
      ['back\\slash', "'back\\slash'"],
      ['line\nnext', "'line\nnext'"],
      ['tab\there', "'tab\there'"],
      ['数据网卡', "'数据网卡'"],
      ['*', "'*'"],
      ['a;b|c&d', "'a;b|c&d'"],
      ['#comment', "'#comment'"],
      ['~root', "'~root'"],
      ['=ls', "'=ls'"],
      ['["i-1"]', `'["i-1"]'`],
      ['{a,b}', "'{a,b}'"],
      ['!event', "'!event'"],
    ];
    for (const [word, quoted] of table) {
      it(`${JSON.stringify(word)} → ${quoted}`, () => {
        assert.strictEqual(shellQuote(word), quoted);
      });
    }
    for (const control of ['\u001b[31mred', 'stop\u0003', 'nul\u0000', 'del\u007f', 'c1\u009b2J']) {
      it(`refuses ${JSON.stringify(control)}: a pasted terminal control character acts`, () => {
        assert.throws(() => shellQuote(control), /control character/);
      });
    }
  });

  it('writes the action and each parameter as --Name value, in order', () => {
    assert.strictEqual(
      aliyunCliCommand(attachRequest('cn-hangzhou', 'eni-bp17pdijfczax1huji00', 'i-bp1b8kf3yu0o4q1jh2xa')),
      'aliyun ecs AttachNetworkInterface --RegionId cn-hangzhou --NetworkInterfaceId eni-bp17pdijfczax1huji00 --InstanceId i-bp1b8kf3yu0o4q1jh2xa',
    );
    assert.strictEqual(
      aliyunCliCommand(describeInstanceRequest('cn-hangzhou', 'i-bp1b8kf3yu0o4q1jh2xa')),
      `aliyun ecs DescribeInstances --RegionId cn-hangzhou --InstanceIds '["i-bp1b8kf3yu0o4q1jh2xa"]'`,
    );
  });

  it('names the region with --region when the action takes no RegionId', () => {
    assert.strictEqual(
      aliyunCliCommand(startRequest('cn-shanghai', 'i-uf6a')),
      'aliyun ecs StartInstance --region cn-shanghai --InstanceId i-uf6a',
    );
    assert.strictEqual(
      aliyunCliCommand(stopRequest('cn-shanghai', 'i-uf6a', { force: true })),
      'aliyun ecs StopInstance --region cn-shanghai --InstanceId i-uf6a --StoppedMode KeepCharging --ForceStop true',
    );
  });

  it('adds --profile after the action only when a profile is named, quoted like any value', () => {
    const request = attachRequest('cn-hangzhou', 'eni-1', 'i-1');
    assert.ok(!aliyunCliCommand(request).includes('--profile'));
    assert.ok(aliyunCliCommand(request, { profile: 'prod' }).startsWith('aliyun ecs AttachNetworkInterface --profile prod --RegionId'));
    assert.ok(aliyunCliCommand(request, { profile: "ops 'cn'" }).includes(`--profile 'ops '\\''cn'\\''' --RegionId`));
    assert.ok(aliyunCliCommand(request, { profile: '-x' }).includes(`--profile=-x --RegionId`));
  });

  it('joins a value that starts with "-" to its name with "=", so that the CLI does not read it as a flag', () => {
    const request: EcsRequest = { action: 'ModifyNetworkInterfaceAttribute', regionId: 'cn-hangzhou', params: [['Description', '--x y']] };
    assert.strictEqual(aliyunCliCommand(request), `aliyun ecs ModifyNetworkInterfaceAttribute --region cn-hangzhou --Description='--x y'`);
  });

  it('refuses a request that names a credential or a signature, whatever the case', () => {
    for (const name of [
      'AccessKeyId',
      'AccessKeySecret',
      'accesskeysecret',
      'SecurityToken',
      'BearerToken',
      'Signature',
      'SignatureNonce',
      'Password',
    ]) {
      const request: EcsRequest = {
        action: 'StartInstance',
        regionId: 'cn-hangzhou',
        params: [
          ['InstanceId', 'i-1'],
          [name, 'x'],
        ],
      };
      assert.throws(() => aliyunCliCommand(request), /never exported/, name);
    }
  });

  it('refuses an action or parameter name that would need quoting', () => {
    assert.throws(() => aliyunCliCommand({ action: 'Start Instance', regionId: 'r', params: [] }), /not an ECS action/);
    assert.throws(
      () => aliyunCliCommand({ action: 'StartInstance', regionId: 'r', params: [['Instance Id', 'i-1']] }),
      /not an ECS parameter/,
    );
    assert.throws(() => aliyunCliCommand({ action: 'StartInstance', regionId: 'r', params: [['--x', 'i-1']] }), /not an ECS parameter/);
  });
});
