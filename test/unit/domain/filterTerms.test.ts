import * as assert from 'node:assert/strict';
import { MAX_FILTER_LENGTH, MAX_FILTER_TERMS } from '../../../src/domain/filterQuery';
import { compileFilter, describeFilter, type Filterable, type FilterTerm } from '../../../src/domain/resourceFilter';

const matchesFilter = (resource: Filterable, text: string): boolean => compileFilter(text)(resource);

const web: Filterable = {
  id: 'eni-bp1webwebweb0001',
  name: 'web server 1',
  ips: ['172.16.0.20', '172.16.0.21', '2001:DB8:10:FF00::1a', '47.96.1.2'],
  tags: [
    { key: 'env', value: 'prod' },
    { key: 'team', value: 'Data Platform' },
  ],
  status: 'InUse',
  vpcId: 'vpc-bp1aaaa',
  vSwitchId: 'vsw-bp1bbbb',
  zoneId: 'cn-hangzhou-k',
  securityGroups: [
    { id: 'sg-bp1web', name: 'Web-Servers' },
    { id: 'sg-bp1ssh', name: '' },
  ],
};
const bare: Filterable = { id: 'i-bp1bare', name: 'bare', ips: [], tags: [], status: 'Running' };

describe('the tree filter’s terms and qualifiers', () => {
  const cases: Array<[string, string, Filterable, boolean]> = [
    ['free text in the name', 'SERVER', web, true],
    ['free text in the id', 'webweb', web, true],
    ['the start of the primary IPv4', '172.16.0.2', web, true],
    ['the start of a secondary IPv4', '172.16.0.21', web, true],
    ['the start of the public IP or EIP', '47.96', web, true],
    ['not the middle of an address', '16.0.20', web, false],
    ['the start of an IPv6, whatever its case', '2001:db8:10', web, true],
    ['a whole IPv6', '2001:db8:10:ff00::1A', web, true],
    ['not the middle of an IPv6', 'db8:10', web, false],
    ['a tag as key=value', 'env=prod', web, true],
    ['a tag with the wrong value', 'env=dev', web, false],
    ['a whole tag value as free text', 'prod', web, true],
    ['status, whole and case-insensitive', 'status:inuse', web, true],
    ['status, not a part', 'status:in', web, false],
    ['vpc by its whole id', 'vpc:VPC-BP1AAAA', web, true],
    ['vpc, not a part', 'vpc:vpc-bp1', web, false],
    ['another vpc', 'vpc:vpc-other', web, false],
    ['vswitch by its id', 'vswitch:vsw-bp1bbbb', web, true],
    ['another vswitch', 'vswitch:vsw-other', web, false],
    ['zone by its id', 'zone:cn-hangzhou-k', web, true],
    ['another zone', 'zone:cn-hangzhou-j', web, false],
    ['sg by id', 'sg:sg-bp1ssh', web, true],
    ['sg by whole name, any case', 'sg:web-servers', web, true],
    ['sg by the start of its name', 'sg:web', web, true],
    ['sg, not the middle of its name', 'sg:servers', web, false],
    ['sg, not part of an id', 'sg:sg-bp1', web, false],
    ['a qualifier on a resource without that field', 'vpc:vpc-bp1aaaa', bare, false],
    ['sg on a resource without groups', 'sg:web', bare, false],
    ['an unknown qualifier is free text', 'foo:bar', { ...bare, name: 'x foo:bar' }, true],
    ['an unknown qualifier finds nothing else', 'foo:bar', web, false],
    ['every term must match (AND)', 'status:InUse vpc:vpc-bp1aaaa web', web, true],
    ['one term failing fails all', 'status:InUse vpc:vpc-bp1aaaa db', web, false],
    ['AND of two free texts', 'web 172.16', web, true],
    ['AND of two free texts, one absent', 'web 10.0', web, false],
    ['a quoted term keeps its spaces', '"web server"', web, true],
    ['the same words quoted apart from the name', '"server web"', web, false],
    ['quoted words are not a qualifier', '"status:InUse"', web, false],
    ['a quoted qualifier value', 'sg:"Web-Ser"', web, true],
    ['a quoted tag value with a space', 'team="data platform"', web, true],
    ['typographic quotes', '\u201cweb server\u201d', web, true],
    ['an unclosed quote runs to the end', '"web server 1', web, true],
    ['spaces around a tag’s "="', 'team = "Data Platform"', web, true],
    ['a space after a qualifier’s colon', 'status: InUse', web, true],
    ['a qualifier being typed is no term yet', 'status:', web, true],
    ['a qualifier being typed, with others', 'web sg:', web, true],
    ['nothing at all', '   ', web, true],
    ['the ideographic space separates terms', 'web\u3000172.16', web, true],
  ];
  for (const [what, filter, resource, expected] of cases) {
    it(`${what}: ${JSON.stringify(filter)}`, () => {
      assert.equal(matchesFilter(resource, filter), expected);
    });
  }
});

describe('the tree filter, against hostile text', () => {
  const hostile = ['.*', '(', '[a-z]+', '\\', '^web$', '$', '|', '?', '+', '{2}', 'sg:(.*)', 'vpc:.*', 'a\u0000b', '\ud83d'];
  for (const filter of hostile) {
    it(`takes ${JSON.stringify(filter)} as the characters it is`, () => {
      assert.equal(matchesFilter(web, filter), false);
      assert.equal(matchesFilter({ ...bare, name: `x${filter}y` }, filter), filter.includes(':') ? false : true);
    });
  }

  it('reads a very long text quickly, up to a bound', () => {
    const long = 'web '.repeat(250_000);
    const started = Date.now();
    const matches = compileFilter(long);
    const items = Array.from({ length: 2000 }, (_, i) => ({ ...web, id: `eni-${i}` }));
    assert.equal(items.filter(matches).length, 2000);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    assert.equal(describeFilter(long).length, MAX_FILTER_TERMS);
  });

  it('ignores what lies beyond the first characters', () => {
    const text = `${'a'.repeat(MAX_FILTER_LENGTH)} status:Stopped`;
    assert.deepEqual(describeFilter(text), [{ kind: 'text', value: 'a'.repeat(MAX_FILTER_LENGTH) }]);
  });

  it('takes one long word whole', () => {
    assert.equal(matchesFilter({ ...bare, name: 'x'.repeat(500) }, 'x'.repeat(500)), true);
    assert.equal(matchesFilter(bare, 'x'.repeat(500)), false);
  });
});

describe('what the filter says it does', () => {
  const cases: Array<[string, FilterTerm[]]> = [
    ['', []],
    [
      'status:Available vpc:vpc-1 "web server"',
      [
        { kind: 'status', value: 'Available' },
        { kind: 'vpc', value: 'vpc-1' },
        { kind: 'text', value: 'web server' },
      ],
    ],
    [
      'VSwitch:vsw-1 ZONE:cn-hangzhou-k SG:Web',
      [
        { kind: 'vswitch', value: 'vsw-1' },
        { kind: 'zone', value: 'cn-hangzhou-k' },
        { kind: 'sg', value: 'Web' },
      ],
    ],
    [
      'env=prod owner = alice team =Pay =x y=',
      [
        { kind: 'tag', key: 'env', value: 'prod' },
        { kind: 'tag', key: 'owner', value: 'alice' },
        { kind: 'tag', key: 'team', value: 'Pay' },
        { kind: 'tag', key: '', value: 'x' },
        { kind: 'tag', key: 'y', value: '' },
      ],
    ],
    [
      'env= status:Running',
      [
        { kind: 'tag', key: 'env', value: '' },
        { kind: 'status', value: 'Running' },
      ],
    ],
    ['status: vpc:vpc-1', [{ kind: 'vpc', value: 'vpc-1' }]],
    [
      'foo:bar 2001:db8::1',
      [
        { kind: 'text', value: 'foo:bar' },
        { kind: 'text', value: '2001:db8::1' },
      ],
    ],
    ['=', [{ kind: 'text', value: '=' }]],
    [
      'web = status:Running',
      [
        { kind: 'tag', key: 'web', value: '' },
        { kind: 'status', value: 'Running' },
      ],
    ],
    ['"" "  " web', [{ kind: 'text', value: 'web' }]],
    [
      'sg:"web servers" "a=b"',
      [
        { kind: 'sg', value: 'web servers' },
        { kind: 'text', value: 'a=b' },
      ],
    ],
  ];
  for (const [text, terms] of cases) {
    it(JSON.stringify(text), () => {
      assert.deepEqual(describeFilter(text), terms);
    });
  }
});
