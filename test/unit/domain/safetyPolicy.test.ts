import * as assert from 'node:assert/strict';
import { createRequest, tagRequest } from '../../../src/domain/export/ecsRequest';
import { conditionText, parseTagConditions, requestTags, tagsAskedAbout } from '../../../src/domain/safetyPolicy';

describe('domain: the safety policy', () => {
  it('reads key=value and key alone, trims around them, and leaves out what is not a condition', () => {
    assert.deepEqual(parseTagConditions(['env=prod', ' team = core ', 'critical', '', '=x', 3, null, 'a'.repeat(300), 'k=']), [
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'core' },
      { key: 'critical' },
      { key: 'k', value: '' },
    ]);
    assert.deepEqual(parseTagConditions('env=prod'), []);
    assert.deepEqual(parseTagConditions(undefined), []);
  });

  it('a value may hold "=" after the first one', () => {
    assert.deepEqual(parseTagConditions(['url=a=b']), [{ key: 'url', value: 'a=b' }]);
    assert.equal(conditionText({ key: 'url', value: 'a=b' }), 'url=a=b');
    assert.equal(conditionText({ key: 'critical' }), 'critical');
  });

  const conditions = parseTagConditions(['env=prod', 'critical']);
  const table: Array<[string, Array<{ key: string; value: string }>, string[]]> = [
    ['the value named', [{ key: 'env', value: 'prod' }], ['env']],
    ['another value', [{ key: 'env', value: 'staging' }], []],
    [
      'case counts, as in ECS',
      [
        { key: 'Env', value: 'prod' },
        { key: 'env', value: 'Prod' },
      ],
      [],
    ],
    [
      'a key alone matches any value',
      [
        { key: 'critical', value: '' },
        { key: 'critical', value: 'yes' },
      ],
      ['critical', 'critical'],
    ],
    ['no tags', [], []],
  ];
  for (const [name, tags, keys] of table) {
    it(`matches tags: ${name}`, () => {
      assert.deepEqual(
        tagsAskedAbout(conditions, tags).map((tag) => tag.key),
        keys,
      );
    });
  }

  it('finds the tags a request gives: a create and a tag write', () => {
    assert.deepEqual(
      requestTags(
        createRequest({ regionId: 'cn-hangzhou', vSwitchId: 'vsw-1', securityGroupIds: ['sg-1'], tags: [{ key: 'env', value: 'prod' }] }),
      ),
      [{ key: 'env', value: 'prod' }],
    );
    assert.deepEqual(
      requestTags(
        tagRequest(
          'cn-hangzhou',
          ['eni-1'],
          [
            { key: 'a', value: '1' },
            { key: 'b', value: '2' },
          ],
        ),
      ),
      [
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
      ],
    );
    assert.deepEqual(requestTags({ action: 'X', regionId: 'r', params: [['TagKey.1', 'env']] }), []);
  });
});
