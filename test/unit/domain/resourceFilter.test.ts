import * as assert from 'node:assert';
import { compileFilter, type Filterable } from '../../../src/domain/resourceFilter';

const matchesFilter = (resource: Filterable, text: string): boolean => compileFilter(text)(resource);

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

describe('the tree filter, at its edges', () => {
  const db = {
    id: 'i-bp1dbdbdbdbdbdb',
    name: 'db-1',
    ips: ['10.0.0.5', '192.168.7.20'],
    tags: [
      { key: 'Team', value: 'Payments' },
      { key: 'Owner', value: 'alice' },
    ],
    status: 'Stopped',
  };

  it('takes a lone "=" for text to find, not for any tag', () => {
    assert.strictEqual(matchesFilter(db, '='), false);
    assert.strictEqual(matchesFilter({ ...db, name: 'a=b' }, '='), true);
  });

  it('allows spaces around the "=" of a tag filter', () => {
    assert.strictEqual(matchesFilter(db, 'owner = ali'), true);
    assert.strictEqual(matchesFilter(db, ' team =payments '), true);
    assert.strictEqual(matchesFilter(db, 'owner = bob'), false);
  });

  it('matches when any one tag, IP or whole tag key or value matches', () => {
    assert.strictEqual(matchesFilter(db, 'owner=alice'), true);
    assert.strictEqual(matchesFilter(db, '192.168'), true);
    assert.strictEqual(matchesFilter(db, 'owner'), true, 'a whole key, whatever its case');
    assert.strictEqual(matchesFilter(db, 'payments'), true, 'a whole value, whatever its case');
    assert.strictEqual(matchesFilter(db, 'own'), false, 'part of a key is not enough');
  });
});
