import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import Vpc, { DescribeVSwitchesRequest } from '@alicloud/vpc20160428';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { RuntimeOptions } from '@darabonba/typescript';
import { VpcClient } from '../../../src/cloud/sdkVpcClient';

type Sent = { params: Record<string, unknown>; query: Record<string, unknown> };
const KEYS = { accessKeyId: 'ak', accessKeySecret: 'secret' };
const BODY = {
  RequestId: 'R-1',
  TotalCount: 1,
  VSwitches: { VSwitch: [{ VSwitchId: 'vsw-1', CidrBlock: '172.16.181.0/24', Ipv6CidrBlock: '2408:4005:3a4:6e00::/64' }] },
};

/** Answers every call with BODY and records what the client handed to openapi-core's callApi: nothing is sent. */
function recording<C extends { callApi: VpcClient['callApi'] }>(client: C): { client: C; sent: Sent[] } {
  const sent: Sent[] = [];
  client.callApi = async (params: $OpenApiUtil.Params, request: $OpenApiUtil.OpenApiRequest) => {
    sent.push({ params: params.toMap(), query: { ...request.query } });
    return { statusCode: 200, headers: { 'x-acs-request-id': 'R-1' }, body: BODY };
  };
  return { client, sent };
}

const config = (regionId: string, more: Record<string, unknown> = {}): $OpenApiUtil.Config =>
  new $OpenApiUtil.Config({ regionId, ...KEYS, ...more });

/** The adapter's VPC client sends exactly what the generated client of `@alicloud/vpc20160428` sends. */
describe('VpcClient, held to the generated VPC client', () => {
  it('picks the endpoint the generated client picks, for every region of its map and the public ones', () => {
    const generatedMap = (new Vpc(config('cn-hangzhou')) as unknown as { _endpointMap: Record<string, string> })._endpointMap;
    const regions = [
      ...Object.keys(generatedMap),
      'cn-beijing',
      'cn-shanghai',
      'cn-hongkong',
      'ap-southeast-1',
      'us-west-1',
      'eu-central-1',
    ];
    for (const regionId of regions) {
      for (const more of [{}, { network: 'vpc' }, { endpoint: '127.0.0.1:8787', protocol: 'http' }]) {
        assert.strictEqual(
          new VpcClient(config(regionId, more))._endpoint,
          new Vpc(config(regionId, more))._endpoint,
          `${regionId} ${JSON.stringify(more)}`,
        );
      }
    }
  });

  it("sends DescribeVSwitches with the generated client's parameters and query, and answers its JSON", async () => {
    const request = new DescribeVSwitchesRequest({ regionId: 'cn-hangzhou', pageNumber: 2, pageSize: 50 });
    const ours = recording(new VpcClient(config('cn-hangzhou')));
    const generated = recording(new Vpc(config('cn-hangzhou')));
    const answer = await ours.client.json('DescribeVSwitches', request.toMap());
    await generated.client.describeVSwitchesWithOptions(request, new RuntimeOptions({}));
    assert.deepStrictEqual(ours.sent, generated.sent);
    assert.strictEqual(ours.sent[0]?.params.version, '2016-04-28');
    assert.deepStrictEqual(ours.sent[0]?.query, { RegionId: 'cn-hangzhou', PageNumber: '2', PageSize: '50' });
    assert.deepStrictEqual(answer, BODY);
  });

  it('loads neither the generated client nor the index of all models', () => {
    const adapter = path.resolve(__dirname, '..', '..', '..', 'src', 'cloud', 'sdkEcsApi.js');
    const loaded = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '-e',
          `require(${JSON.stringify(adapter)}); console.log(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('vpc20160428'))))`,
        ],
        { encoding: 'utf8' },
      ),
    ) as string[];
    assert.deepStrictEqual(loaded.map((file) => path.basename(file)).sort(), ['DescribeVswitchesRequest.js']);
  });
});
