import * as assert from 'node:assert';
import {
  instanceLook,
  isInstanceTransitional,
  isNetworkInterfaceTransitional,
  looksStuck,
  networkInterfaceLook,
} from '../../../src/domain/resourceStatus';
import { instanceConsoleUrl, networkInterfaceConsoleUrl } from '../../../src/domain/consoleLinks';
import { isRegionId } from '../../../src/domain/regions';
import { anEni, anInstance } from '../../support/domainFixtures';

describe('resource status looks, console links and region ids', () => {
  it('tells transitional states apart', () => {
    for (const status of ['Pending', 'Starting', 'Stopping']) {
      assert.ok(isInstanceTransitional(anInstance({ status })), status);
    }
    assert.ok(!isInstanceTransitional(anInstance({ status: 'Running' })));
    for (const status of ['Attaching', 'Detaching', 'Deleting']) {
      assert.ok(isNetworkInterfaceTransitional(anEni({ status })), status);
    }
    assert.ok(!isNetworkInterfaceTransitional(anEni({ status: 'InUse' })));
  });

  it('gives each status a look', () => {
    assert.deepStrictEqual(
      ['Running', 'Stopped', 'Stopping', 'Weird'].map((status) => instanceLook(anInstance({ status }))),
      ['running', 'stopped', 'transitional', 'unknown'],
    );
    assert.deepStrictEqual(
      ['Available', 'InUse', 'Attaching', 'Creating'].map((status) => networkInterfaceLook(anEni({ status }))),
      ['available', 'inUse', 'transitional', 'unknown'],
    );
  });

  it('links to the resource in the ECS console of its region', () => {
    assert.strictEqual(
      instanceConsoleUrl('cn-hangzhou', 'i-1', 'china'),
      'https://ecs.console.aliyun.com/server/i-1/detail?regionId=cn-hangzhou',
    );
    assert.strictEqual(
      networkInterfaceConsoleUrl('cn-shanghai', 'eni-1', 'china'),
      'https://ecs.console.aliyun.com/networkInterfaces/region/cn-shanghai/detail/eni-1',
    );
  });

  it('recognises region ids', () => {
    assert.ok(isRegionId('cn-hangzhou') && isRegionId('ap-southeast-1') && isRegionId('cn-hangzhou-finance'));
    assert.ok(!isRegionId('Hangzhou') && !isRegionId('cn hangzhou') && !isRegionId(''));
  });
});

describe('an ENI that looks stuck', () => {
  const minute = 60_000;
  it('is one Attaching or Detaching for at least the threshold since the view first saw it so', () => {
    const cases: Array<[string, number | undefined, boolean]> = [
      ['Detaching', 0, true],
      ['Attaching', 0, true],
      ['Detaching', 1, false],
      ['InUse', 0, false],
      ['Deleting', 0, false],
      ['Detaching', undefined, false],
    ];
    for (const [status, since, expected] of cases) {
      assert.strictEqual(looksStuck(anEni({ status }), since, 5 * minute, 5), expected, `${status} since ${String(since)}`);
    }
  });
});
