import * as assert from 'node:assert';
import { matchesFilter } from '../../../src/domain/resourceFilter';

describe('the tree filter', () => {
  const web = {
    id: 'i-bp1h4adlltjc1d48goaq',
    name: 'web-1',
    ips: ['172.16.181.225'],
    tags: [{ key: 'env', value: 'prod' }],
    status: 'Running',
  };

  it('matches part of a name or id, case-insensitive', () => {
    assert.ok(matchesFilter(web, 'WEB'));
    assert.ok(matchesFilter(web, 'h4adll'));
    assert.ok(!matchesFilter(web, 'db-'));
  });

  it('matches the start of an IP', () => {
    assert.ok(matchesFilter(web, '172.16.181'));
    assert.ok(!matchesFilter(web, '16.181'));
  });

  it('matches a tag as key=value, key= or =value, or a whole key or value', () => {
    assert.ok(matchesFilter(web, 'env=prod'));
    assert.ok(matchesFilter(web, 'env='));
    assert.ok(matchesFilter(web, '=pro'));
    assert.ok(matchesFilter(web, 'prod'));
    assert.ok(!matchesFilter(web, 'env=dev'));
    assert.ok(!matchesFilter(web, 'owner=prod'));
  });

  it('matches status:<status> on the whole status, case-insensitive, and on nothing else', () => {
    assert.ok(matchesFilter(web, 'status:running'));
    assert.ok(matchesFilter(web, 'Status: Running'));
    assert.ok(!matchesFilter(web, 'status:run'));
    assert.ok(!matchesFilter({ ...web, name: 'status:stopped' }, 'status:stopped'));
  });

  it('lets everything through when empty', () => {
    assert.ok(matchesFilter(web, '  '));
  });
});
