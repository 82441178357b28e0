import * as assert from 'node:assert';
import { sameData } from '../../../src/store/sameData';

describe('sameData: deep equality of mapped resources', () => {
  const eni = {
    networkInterfaceId: 'eni-1',
    securityGroupIds: ['sg-1', 'sg-2'],
    deviceIndex: undefined,
    tags: [{ key: 'env', value: 'prod' }],
    properties: { PrivateIpSets: { PrivateIpSet: [{ Primary: true, PrivateIpAddress: '10.0.0.1' }] } },
  };
  const copy = (): typeof eni => structuredClone(eni);

  it('holds for equal data in other objects, whatever the order of the keys', () => {
    assert.ok(sameData(eni, copy()));
    const { networkInterfaceId, ...rest } = copy();
    assert.ok(sameData(eni, { ...rest, networkInterfaceId }));
  });

  const changes: Array<[string, (value: ReturnType<typeof copy>) => unknown]> = [
    ['a string', (value) => ({ ...value, networkInterfaceId: 'eni-2' })],
    ['an array element', (value) => ({ ...value, securityGroupIds: ['sg-1', 'sg-3'] })],
    ['an array length', (value) => ({ ...value, securityGroupIds: ['sg-1'] })],
    [
      'a nested boolean',
      (value) => ({ ...value, properties: { PrivateIpSets: { PrivateIpSet: [{ Primary: false, PrivateIpAddress: '10.0.0.1' }] } } }),
    ],
    ['a key added', (value) => ({ ...value, extra: 1 })],
    ['a key removed', (value) => Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'tags'))],
    ['a key renamed, same count', ({ tags, ...value }) => ({ ...value, labels: tags })],
    ['undefined for a number', (value) => ({ ...value, deviceIndex: 0 })],
    ['an array for an object', (value) => ({ ...value, properties: [] })],
    ['null for an object', (value) => ({ ...value, properties: null })],
    ['a number for its string', (value) => ({ ...value, tags: [{ key: 'env', value: 1 }] })],
  ];
  for (const [what, change] of changes) {
    it(`fails on ${what}`, () => {
      const changed = change(copy());
      assert.ok(!sameData(eni, changed));
      assert.ok(!sameData(changed, eni));
    });
  }

  it('compares primitives by value', () => {
    assert.ok(sameData('a', 'a'));
    assert.ok(sameData(null, null));
    assert.ok(!sameData(null, undefined));
    assert.ok(!sameData(1, '1'));
    assert.ok(!sameData({}, []));
  });
});
