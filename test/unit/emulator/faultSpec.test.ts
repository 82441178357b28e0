import * as assert from 'node:assert';
import { parseFaultSpec } from '../../emulator/faultSpec';

describe('emulator --fault specs', () => {
  it('reads faults before and after the action, for one action or any, once or N times', () => {
    assert.deepStrictEqual(parseFaultSpec('DescribeInstances:error=ServiceUnavailable:4'), {
      action: 'DescribeInstances',
      fault: { kind: 'error', code: 'ServiceUnavailable' },
      times: 4,
    });
    assert.deepStrictEqual(parseFaultSpec('AttachNetworkInterface:reset-after'), {
      action: 'AttachNetworkInterface',
      fault: { kind: 'reset', afterAction: true },
      times: 1,
    });
    assert.deepStrictEqual(parseFaultSpec('DetachNetworkInterface:error-after'), {
      action: 'DetachNetworkInterface',
      fault: { kind: 'error', code: 'InternalError', afterAction: true },
      times: 1,
    });
    assert.deepStrictEqual(parseFaultSpec('StopInstance:garbage-after:2').fault, { kind: 'garbage', afterAction: true });
    assert.deepStrictEqual(parseFaultSpec('*:slow=5000'), { action: undefined, fault: { kind: 'slow', ms: 5000 }, times: 1 });
  });

  it('refuses unknown actions and faults, missing values and counts that are not positive integers', () => {
    for (const spec of [
      '',
      'reset',
      'Attach:reset',
      'DescribeRegions:error',
      'DescribeRegions:reset=1',
      'DescribeRegions:slow',
      'DescribeRegions:slow=-1',
      'DescribeRegions:reset:0',
      'DescribeRegions:reset:1.5',
      'DescribeRegions:reset:1:2',
      'DescribeRegions:drop',
    ]) {
      assert.throws(() => parseFaultSpec(spec), /--fault must look like/, spec);
    }
  });
});
