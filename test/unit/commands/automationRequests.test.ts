import * as assert from 'node:assert/strict';
import {
  automationResult,
  fieldExample,
  isInvalidRequest,
  parseAttachRequest,
  parseDetachRequest,
} from '../../../src/commands/kit/automationRequests';

const GOOD = { regionId: 'cn-hangzhou', networkInterfaceId: 'eni-bp17pdijfczax1huji00', instanceId: 'i-bp1b8kf3yu0o4q1jh2xa' };

describe('automation arguments', () => {
  it('takes a well-formed attach request', () => {
    assert.deepEqual(parseAttachRequest({ ...GOOD, extra: 'ignored' }), GOOD);
  });

  it('names the first field that is missing, of the wrong type or not an id of its kind', () => {
    const cases: ReadonlyArray<readonly [Record<string, unknown>, string]> = [
      [{ ...GOOD, regionId: 'x@host#' }, 'regionId'],
      [{ ...GOOD, regionId: 'cn-hangzhou&Action=StopInstance' }, 'regionId'],
      [{ ...GOOD, regionId: undefined }, 'regionId'],
      [{ ...GOOD, networkInterfaceId: 42 }, 'networkInterfaceId'],
      [{ ...GOOD, networkInterfaceId: ['eni-bp17pdijfczax1huji00'] }, 'networkInterfaceId'],
      [{ ...GOOD, networkInterfaceId: 'eni-bp17pdijfczax1huji00\n' }, 'networkInterfaceId'],
      [{ ...GOOD, instanceId: null }, 'instanceId'],
      [{ ...GOOD, instanceId: 'i-' + 'a'.repeat(1_000_000) }, 'instanceId'],
      [{}, 'regionId'],
    ];
    for (const [value, field] of cases) {
      assert.deepEqual(parseAttachRequest(value), { kind: 'invalidArgument', field }, JSON.stringify(value).slice(0, 80));
    }
  });

  it('takes no field that would skip the detach question: only the region and the ENI come through', () => {
    const { regionId, networkInterfaceId } = GOOD;
    for (const confirmed of [true, 'true', 1]) {
      assert.deepEqual(parseDetachRequest({ regionId, networkInterfaceId, confirmed }), { regionId, networkInterfaceId });
    }
    assert.deepEqual(parseDetachRequest({ regionId, networkInterfaceId: 'i-bp1b8kf3yu0o4q1jh2xa' }), {
      kind: 'invalidArgument',
      field: 'networkInterfaceId',
    });
  });
});

describe('automation arguments from another extension, passed by reference', () => {
  it('reads each field once, so a getter cannot answer the check one thing and the request another', () => {
    let reads = 0;
    const tricky = {
      get regionId(): string {
        reads += 1;
        return reads === 1 ? 'cn-hangzhou' : 'x@evil.example#';
      },
      networkInterfaceId: 'eni-bp17pdijfczax1huji00',
      instanceId: 'i-bp1b8kf3yu0o4q1jh2xa',
    };
    const request = parseAttachRequest(tricky);
    assert.deepEqual(request, {
      regionId: 'cn-hangzhou',
      networkInterfaceId: 'eni-bp17pdijfczax1huji00',
      instanceId: 'i-bp1b8kf3yu0o4q1jh2xa',
    });
    assert.equal(reads, 1);
  });

  it('refuses an object whose toString passes for an id, and a getter that throws', () => {
    const lookalike = { toString: () => 'cn-hangzhou' };
    assert.deepEqual(parseAttachRequest({ ...GOOD, regionId: lookalike }), { kind: 'invalidArgument', field: 'regionId' });
    const throwing = {
      ...GOOD,
      get instanceId(): string {
        throw new Error('no');
      },
    };
    assert.deepEqual(parseAttachRequest(throwing), { kind: 'invalidArgument', field: 'instanceId' });
  });

  it('tells a refused argument from a request', () => {
    assert.equal(isInvalidRequest({ kind: 'invalidArgument', field: 'regionId' }), true);
    assert.equal(isInvalidRequest(GOOD), false);
  });

  it('gives an example of each field, and none of a field it does not know', () => {
    assert.match(fieldExample('regionId'), /^cn-/);
    assert.match(fieldExample('networkInterfaceId'), /^eni-/);
    assert.match(fieldExample('instanceId'), /^i-/);
    for (const field of ['request', 'toString', '__proto__', '']) {
      assert.equal(fieldExample(field), '', field);
    }
  });
});

describe('what a command answers automation', () => {
  it('is the kind, and of a failure only its code and request id: never the error object or its words', () => {
    const failure = { code: 'Forbidden.RAM', message: 'a library quoted /home/someone/.aliyun/config.json', requestId: 'REQ-9' };
    assert.deepEqual(automationResult({ kind: 'error', failure }), { kind: 'error', code: 'Forbidden.RAM', requestId: 'REQ-9' });
    assert.deepEqual(automationResult({ kind: 'refused', failure: { code: 'X', message: 'm' } }), { kind: 'refused', code: 'X' });
    assert.deepEqual(automationResult({ kind: 'invalidArgument', field: 'instanceId' }), { kind: 'invalidArgument', field: 'instanceId' });
    assert.deepEqual(automationResult({ kind: 'attached' }), { kind: 'attached' });
    assert.equal(automationResult(undefined), undefined);
  });
});
