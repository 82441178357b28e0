import * as assert from 'node:assert';
import { PROD_K, WEB_SERVERS } from '../emulator/demoIds';
import { EcsEmulator } from '../emulator/server';
import { callAction, sdkErrorOf } from './helpers';

type Json = Record<string, unknown>;

/** Details of the reference an independent set of checks found the emulator did not follow, each now followed. */
describe('contract: details of the reference (found by checks kept outside the repository)', () => {
  let emulator: EcsEmulator;

  beforeEach(async () => {
    emulator = await EcsEmulator.start();
  });

  afterEach(async () => {
    await emulator.close();
  });

  it('refuses an AcceptLanguage or a ResourceType DescribeRegions does not document, with its 404 codes', async () => {
    const language = await sdkErrorOf(callAction(emulator, 'DescribeRegions', { AcceptLanguage: 'xx-XX' }));
    const type = await sdkErrorOf(callAction(emulator, 'DescribeRegions', { ResourceType: 'widget' }));
    assert.deepStrictEqual(
      [
        [language.code, language.statusCode],
        [type.code, type.statusCode],
      ],
      [
        ['InvalidAcceptLanguage.NotFound', 404],
        ['InvalidResourceType.NotFound', 404],
      ],
    );
    const ok = await callAction(emulator, 'DescribeRegions', { AcceptLanguage: 'ja', ResourceType: 'disk' });
    assert.ok(((ok.body.Regions as Json).Region as Json[]).length > 0);
  });

  it('pages DescribeSecurityGroups by number when no token is asked for: TotalCount, and PageSize 10', async () => {
    const answer = await callAction(emulator, 'DescribeSecurityGroups', { RegionId: 'cn-hangzhou' });
    assert.deepStrictEqual([answer.body.PageNumber, answer.body.PageSize, answer.body.TotalCount], [1, 10, 8]);
    assert.ok(!('NextToken' in answer.body));
    const byToken = await callAction(emulator, 'DescribeSecurityGroups', { RegionId: 'cn-hangzhou', MaxResults: '5' });
    assert.ok('NextToken' in byToken.body && !('TotalCount' in byToken.body));
  });

  it('gives a new ENI the secondary addresses CreateNetworkInterface asks for, by number or by address', async () => {
    const create = (extra: Record<string, string>) =>
      callAction(emulator, 'CreateNetworkInterface', {
        RegionId: 'cn-hangzhou',
        VSwitchId: PROD_K,
        SecurityGroupId: WEB_SERVERS,
        ...extra,
      });
    const secondaries = (body: Json): unknown[] =>
      ((body.PrivateIpSets as Json).PrivateIpSet as Json[]).filter((set) => set.Primary === false).map((set) => set.PrivateIpAddress);
    assert.strictEqual(secondaries((await create({ SecondaryPrivateIpAddressCount: '2' })).body).length, 2);
    assert.deepStrictEqual(secondaries((await create({ 'PrivateIpAddress.1': '172.16.181.199' })).body), ['172.16.181.199']);
    const taken = await sdkErrorOf(create({ 'PrivateIpAddress.1': '172.16.181.199' }));
    assert.strictEqual(taken.statusCode >= 400, true, 'an address in use fails the create whole');
    assert.strictEqual(emulator.calls('CreateNetworkInterface'), 3);
  });

  it('refuses the IPv6 addresses CreateNetworkInterface could assign at creation, which it does not model, rather than ignore them', async () => {
    const extras: Array<Record<string, string>> = [
      { Ipv6AddressCount: '1' },
      { 'Ipv6Address.1': '2001:db8:10:b5::99' },
      { Ipv4PrefixCount: '1' },
    ];
    for (const extra of extras) {
      const error = await sdkErrorOf(
        callAction(emulator, 'CreateNetworkInterface', {
          RegionId: 'cn-hangzhou',
          VSwitchId: PROD_K,
          SecurityGroupId: WEB_SERVERS,
          ...extra,
        }),
      );
      assert.deepStrictEqual([error.code, error.statusCode], ['UnsupportedParameter', 400], JSON.stringify(extra));
    }
    assert.strictEqual(emulator.calls('CreateNetworkInterface'), 3, 'refused after reaching the action, nothing created');
  });
});
