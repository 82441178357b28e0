import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { EcsClient } from '../../../src/cloud/sdkEcsClient';
import * as $Ecs from '../../../src/cloud/sdkEcsModels';

type Sent = { params: Record<string, unknown>; query: Record<string, unknown> };
const KEYS = { accessKeyId: 'ak', accessKeySecret: 'secret' };

/** Answers every call with `body` and records what the client handed to openapi-core's callApi: nothing is sent. */
function recording<C extends { callApi: EcsClient['callApi'] }>(client: C, body: Record<string, unknown>): { client: C; sent: Sent[] } {
  const sent: Sent[] = [];
  client.callApi = async (params: $OpenApiUtil.Params, request: $OpenApiUtil.OpenApiRequest) => {
    sent.push({ params: params.toMap(), query: { ...request.query } });
    return { statusCode: 200, headers: { 'x-acs-request-id': 'R-1' }, body };
  };
  return { client, sent };
}

const config = (regionId: string, more: Record<string, unknown> = {}): $OpenApiUtil.Config =>
  new $OpenApiUtil.Config({ regionId, ...KEYS, ...more });

/**
 * The adapter's client sends exactly what the generated client of `@alicloud/ecs20140526` sends, through the same
 * openapi-core, for every action the adapter calls; only it does not evaluate the models of the other ~500 actions.
 */
describe('EcsClient, held to the generated ECS client', () => {
  it('picks the endpoint the generated client picks, for every region of its map and the public ones', () => {
    const generatedMap = (new Ecs(config('cn-hangzhou')) as unknown as { _endpointMap: Record<string, string> })._endpointMap;
    const regions = [
      ...Object.keys(generatedMap),
      'cn-beijing',
      'cn-shanghai',
      'cn-hongkong',
      'ap-southeast-1',
      'us-west-1',
      'eu-central-1',
      'me-east-1',
    ];
    for (const regionId of regions) {
      for (const more of [{}, { network: 'vpc' }, { endpoint: '127.0.0.1:8787', protocol: 'http' }]) {
        assert.strictEqual(
          new EcsClient(config(regionId, more))._endpoint,
          new Ecs(config(regionId, more))._endpoint,
          `${regionId} ${JSON.stringify(more)}`,
        );
      }
    }
  });

  const cases: Array<{
    action: string;
    note?: string;
    body: Record<string, unknown>;
    send: (client: EcsClient | Ecs) => Promise<{ toMap(): unknown }>;
  }> = [
    {
      action: 'DescribeRegions',
      body: {
        RequestId: 'R-1',
        Regions: {
          Region: [
            { RegionId: 'cn-hangzhou', LocalName: '华东1（杭州）', Status: 'available', RegionEndpoint: 'ecs.cn-hangzhou.aliyuncs.com' },
          ],
        },
      },
      send: (client) => client.describeRegions(new $Ecs.DescribeRegionsRequest({ acceptLanguage: 'zh-CN' })),
    },
    {
      action: 'DescribeInstanceTypes',
      body: {
        RequestId: 'R-1',
        InstanceTypes: { InstanceType: [{ InstanceTypeId: 'ecs.g7.large', EniQuantity: 3, EniTrunkSupported: true }] },
      },
      send: (client) =>
        client.describeInstanceTypes(
          new $Ecs.DescribeInstanceTypesRequest({ instanceTypes: ['ecs.g7.large', 'ecs.c7.xlarge'], maxResults: 10 }),
        ),
    },
    {
      action: 'AttachNetworkInterface',
      body: { RequestId: 'R-1' },
      send: (client) =>
        client.attachNetworkInterface(
          new $Ecs.AttachNetworkInterfaceRequest({ regionId: 'cn-hangzhou', networkInterfaceId: 'eni-1', instanceId: 'i-1' }),
        ),
    },
    {
      action: 'DetachNetworkInterface',
      body: { RequestId: 'R-1' },
      send: (client) =>
        client.detachNetworkInterface(
          new $Ecs.DetachNetworkInterfaceRequest({ regionId: 'cn-hangzhou', networkInterfaceId: 'eni-1', instanceId: 'i-1' }),
        ),
    },
    {
      action: 'StartInstance',
      body: { RequestId: 'R-1' },
      send: (client) => client.startInstance(new $Ecs.StartInstanceRequest({ instanceId: 'i-1' })),
    },
    {
      action: 'StopInstance',
      body: { RequestId: 'R-1' },
      send: (client) => client.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: 'i-1' })),
    },
    {
      action: 'StopInstance',
      note: 'economical mode, forced',
      body: { RequestId: 'R-1' },
      send: (client) =>
        client.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: 'i-1', stoppedMode: 'StopCharging', forceStop: true })),
    },
    {
      action: 'RebootInstance',
      body: { RequestId: 'R-1' },
      send: (client) => client.rebootInstance(new $Ecs.RebootInstanceRequest({ instanceId: 'i-1', forceStop: true })),
    },
    {
      action: 'DescribeSecurityGroups',
      body: {
        RequestId: 'R-1',
        NextToken: 'next',
        SecurityGroups: { SecurityGroup: [{ SecurityGroupId: 'sg-1', SecurityGroupName: 'web', VpcId: 'vpc-1' }] },
      },
      send: (client) =>
        client.describeSecurityGroups(new $Ecs.DescribeSecurityGroupsRequest({ regionId: 'cn-hangzhou', maxResults: 100, nextToken: 'n' })),
    },
    {
      action: 'CreateNetworkInterface',
      body: { RequestId: 'R-1', NetworkInterfaceId: 'eni-1', Status: 'Available', SecurityGroupIds: { SecurityGroupId: ['sg-1'] } },
      send: (client) =>
        client.createNetworkInterface(
          new $Ecs.CreateNetworkInterfaceRequest({
            regionId: 'cn-hangzhou',
            vSwitchId: 'vsw-1',
            securityGroupIds: ['sg-1', 'sg-2'],
            networkInterfaceName: 'web',
            description: 'the web tier',
            primaryIpAddress: '172.16.181.9',
            tag: [new $Ecs.CreateNetworkInterfaceRequestTag({ key: 'env', value: 'prod' })],
            clientToken: 'token-1',
          }),
        ),
    },
    {
      action: 'DeleteNetworkInterface',
      body: { RequestId: 'R-1' },
      send: (client) =>
        client.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: 'cn-hangzhou', networkInterfaceId: 'eni-1' })),
    },
    {
      action: 'ModifyNetworkInterfaceAttribute',
      body: { RequestId: 'R-1' },
      send: (client) =>
        client.modifyNetworkInterfaceAttribute(
          new $Ecs.ModifyNetworkInterfaceAttributeRequest({
            regionId: 'cn-hangzhou',
            networkInterfaceId: 'eni-1',
            networkInterfaceName: 'web',
            description: 'the web tier',
            securityGroupId: ['sg-1', 'sg-2'],
          }),
        ),
    },
    {
      action: 'TagResources',
      body: { RequestId: 'R-1' },
      send: (client) =>
        client.tagResources(
          new $Ecs.TagResourcesRequest({
            regionId: 'cn-hangzhou',
            resourceType: 'eni',
            resourceId: ['eni-1', 'eni-2'],
            tag: [new $Ecs.TagResourcesRequestTag({ key: 'env', value: 'prod' })],
          }),
        ),
    },
    {
      action: 'UntagResources',
      body: { RequestId: 'R-1' },
      send: (client) =>
        client.untagResources(
          new $Ecs.UntagResourcesRequest({
            regionId: 'cn-hangzhou',
            resourceType: 'eni',
            resourceId: ['eni-1'],
            tagKey: ['env', 'owner'],
          }),
        ),
    },
    {
      action: 'DescribeCloudAssistantStatus',
      body: {
        RequestId: 'R-1',
        NextToken: 't-2',
        InstanceCloudAssistantStatusSet: {
          InstanceCloudAssistantStatus: [
            { InstanceId: 'i-1', CloudAssistantStatus: 'true', CloudAssistantVersion: '2.2.3.857', SupportSessionManager: true },
          ],
        },
      },
      send: (client) =>
        client.describeCloudAssistantStatus(
          new $Ecs.DescribeCloudAssistantStatusRequest({
            regionId: 'cn-hangzhou',
            instanceId: ['i-1', 'i-2'],
            maxResults: 50,
            nextToken: 't-1',
          }),
        ),
    },
    {
      action: 'InstallCloudAssistant',
      body: { RequestId: 'R-1' },
      send: (client) =>
        client.installCloudAssistant(new $Ecs.InstallCloudAssistantRequest({ regionId: 'cn-hangzhou', instanceId: ['i-1', 'i-2'] })),
    },
    {
      action: 'RunCommand',
      body: { RequestId: 'R-1', CommandId: 'c-1', InvokeId: 't-1' },
      send: (client) =>
        client.runCommand(
          new $Ecs.RunCommandRequest({
            regionId: 'cn-hangzhou',
            type: 'RunShellScript',
            commandContent: Buffer.from('echo 你好').toString('base64'),
            contentEncoding: 'Base64',
            instanceId: ['i-1', 'i-2'],
            name: 'vscode-alicloud-ecs',
            timeout: 60,
            clientToken: 'token-1',
          }),
        ),
    },
    {
      action: 'DescribeInvocationResults',
      body: {
        RequestId: 'R-1',
        Invocation: {
          NextToken: '',
          InvocationResults: {
            InvocationResult: [{ InstanceId: 'i-1', InvocationStatus: 'Success', Output: 'aGkK', ExitCode: 0, Dropped: 0 }],
          },
        },
      },
      send: (client) =>
        client.describeInvocationResults(
          new $Ecs.DescribeInvocationResultsRequest({ regionId: 'cn-hangzhou', invokeId: 't-1', maxResults: 50, nextToken: 'n-1' }),
        ),
    },
    {
      action: 'StartTerminalSession',
      body: {
        RequestId: 'R-1',
        SessionId: 's-1',
        SecurityToken: 'secret',
        WebSocketUrl: 'wss://cn-hangzhou.axt.aliyuncs.com/session?sessionId=s-1&token=secret',
      },
      send: (client) => client.startTerminalSession(new $Ecs.StartTerminalSessionRequest({ regionId: 'cn-hangzhou', instanceId: ['i-1'] })),
    },
    {
      action: 'StopInvocation',
      body: { RequestId: 'R-1' },
      send: (client) => client.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: 'cn-hangzhou', invokeId: 't-1' })),
    },
  ];
  for (const { action, note, body, send } of cases) {
    it(`sends ${action}${note ? ` (${note})` : ''} with the generated client's parameters and query, and casts the answer the same way`, async () => {
      const ours = recording(new EcsClient(config('cn-hangzhou')), body);
      const generated = recording(new Ecs(config('cn-hangzhou')), body);
      const [answer, expected] = [await send(ours.client), await send(generated.client)];
      assert.deepStrictEqual(ours.sent, generated.sent);
      assert.strictEqual(ours.sent[0]?.params.action, action);
      assert.ok(Object.keys(ours.sent[0]?.query ?? {}).length > 0, 'the request went into the query');
      assert.deepStrictEqual(answer.toMap(), expected.toMap());
    });
  }

  it('loads neither the generated client nor the index of all models', () => {
    const adapter = path.resolve(__dirname, '..', '..', '..', 'src', 'cloud', 'sdkEcsApi.js');
    const loaded = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '-e',
          `require(${JSON.stringify(adapter)}); console.log(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('ecs20140526'))))`,
        ],
        { encoding: 'utf8' },
      ),
    ) as string[];
    const names = loaded.map((file) => path.basename(file));
    assert.ok(!names.includes('client.js') && !names.includes('model.js'), names.join(', '));
    // Three files per action the adapter calls through the models (request, response, response body), twenty-four actions.
    assert.ok(names.length <= 72, `${names.length} model files: ${names.join(', ')}`);
  });
});
