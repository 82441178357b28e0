import * as assert from 'node:assert/strict';
import { eniSummary, instanceSummary, plainFields, writeResult } from '../../../src/api/apiAnswers';
import { anEni, anInstance } from '../../support/domainFixtures';

describe('public API answers', () => {
  it('maps each command outcome to the documented result, keeping the code and the field', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['attached', 'done'],
      ['detached', 'done'],
      ['refused', 'refused'],
      ['needsStop', 'refused'],
      ['error', 'failed'],
      ['failedInEcs', 'failed'],
      ['timedOut', 'failed'],
      ['stoppedWaiting', 'failed'],
      ['cancelled', 'cancelled'],
      ['declined', 'cancelled'],
      ['busy', 'busy'],
      ['invalidArgument', 'invalidArgument'],
    ];
    for (const [kind, outcome] of cases) {
      assert.deepEqual(writeResult({ kind } as never), { outcome }, kind);
    }
    assert.deepEqual(writeResult({ kind: 'error', code: 'Forbidden.RAM' } as never), { outcome: 'failed', code: 'Forbidden.RAM' });
    assert.deepEqual(writeResult({ kind: 'invalidArgument', field: 'instanceId' } as never), {
      outcome: 'invalidArgument',
      field: 'instanceId',
    });
  });

  it('answers failed for a command that threw and for a kind it does not know, even one named like an object property', () => {
    assert.deepEqual(writeResult(undefined), { outcome: 'failed' });
    for (const kind of ['somethingNew', 'toString', 'constructor', '__proto__']) {
      assert.deepEqual(writeResult({ kind } as never), { outcome: 'failed' }, kind);
    }
  });

  it("reads each named field of the caller's object once, and nothing else", () => {
    let reads = 0;
    const request = {
      regionId: 'cn-hangzhou',
      get networkInterfaceId(): string {
        reads += 1;
        return reads === 1 ? 'eni-first' : 'eni-second';
      },
      extra: 'left out',
    };
    assert.deepEqual(plainFields(request, ['regionId', 'networkInterfaceId']), {
      regionId: 'cn-hangzhou',
      networkInterfaceId: 'eni-first',
    });
    assert.equal(reads, 1);
  });

  it('answers nothing for a value that is not an object, or whose getter throws', () => {
    for (const value of [undefined, null, 'eni-1', 42]) {
      assert.equal(plainFields(value, ['regionId']), undefined, String(value));
    }
    const throwing = {
      get regionId(): string {
        throw new Error('no');
      },
    };
    assert.equal(plainFields(throwing, ['regionId']), undefined);
  });

  it('summarises a network interface as copies: its private addresses without the IPv6 ones, and its tags', () => {
    const eni = anEni({
      networkInterfaceId: 'eni-1',
      networkInterfaceName: 'web',
      status: 'InUse',
      instanceId: 'i-1',
      privateIpAddress: '10.0.0.5',
      privateIpSets: [
        { privateIpAddress: '10.0.0.5', primary: true, publicIpAddress: '' },
        { privateIpAddress: '10.0.0.6', primary: false, publicIpAddress: '47.1.1.1' },
      ],
      ipv6Addresses: ['2408::1'],
      securityGroupIds: ['sg-1'],
      tags: [{ key: 'env', value: 'prod' }],
    });
    const summary = eniSummary(eni);
    assert.equal(summary.networkInterfaceId, 'eni-1');
    assert.equal(summary.name, 'web');
    assert.equal(summary.status, 'InUse');
    assert.equal(summary.instanceId, 'i-1');
    assert.deepEqual(summary.privateIpAddresses, ['10.0.0.5', '10.0.0.6']);
    assert.deepEqual(summary.ipv6Addresses, ['2408::1']);
    assert.deepEqual(summary.securityGroupIds, ['sg-1']);
    assert.deepEqual(summary.tags, [{ key: 'env', value: 'prod' }]);
    assert.notEqual(summary.securityGroupIds, eni.securityGroupIds);
    assert.notEqual(summary.tags[0], eni.tags[0]);
  });

  it('summarises an instance with its type, zone, VPC, address and tags', () => {
    const instance = anInstance({
      instanceId: 'i-1',
      instanceName: 'db',
      status: 'Running',
      instanceType: 'ecs.g7.large',
      zoneId: 'cn-hangzhou-h',
      vpcId: 'vpc-1',
      privateIpAddress: '10.0.0.9',
      tags: [{ key: 'a', value: 'b' }],
    });
    assert.deepEqual(instanceSummary(instance), {
      instanceId: 'i-1',
      name: 'db',
      status: 'Running',
      instanceType: 'ecs.g7.large',
      zoneId: 'cn-hangzhou-h',
      vpcId: 'vpc-1',
      privateIpAddress: '10.0.0.9',
      tags: [{ key: 'a', value: 'b' }],
    });
  });
});
