import { $OpenApiUtil, OpenApiUtil } from '@alicloud/openapi-core';
import { cast, type Model, RuntimeOptions } from '@darabonba/typescript';
import * as $Ecs from './sdkEcsModels';
import { RegionalRpcClient, rpcParams } from './sdkRpcClient';

const ECS_VERSION = '2014-05-26';

/** The generated client's `_endpointMap` (`@alicloud/ecs20140526` 7.11.6); other regions: `ecs.<regionId>.aliyuncs.com`. */
const ENDPOINT_MAP: Record<string, string> = {
  'cn-hangzhou': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-shanghai-finance-1': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-shenzhen-finance-1': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-north-2-gov-1': 'ecs.aliyuncs.com',
  'ap-northeast-2-pop': 'ecs.aliyuncs.com',
  'cn-beijing-finance-pop': 'ecs.aliyuncs.com',
  'cn-beijing-gov-1': 'ecs.aliyuncs.com',
  'cn-beijing-nu16-b01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-edge-1': 'ecs.cn-qingdao-nebula.aliyuncs.com',
  'cn-fujian': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-haidian-cm12-c01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-bj-b01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-finance': 'ecs.aliyuncs.com',
  'cn-hangzhou-internal-prod-1': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-internal-test-1': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-internal-test-2': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-internal-test-3': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-test-306': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-hongkong-finance-pop': 'ecs.aliyuncs.com',
  'cn-huhehaote-nebula-1': 'ecs.cn-qingdao-nebula.aliyuncs.com',
  'cn-shanghai-et15-b01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-shanghai-et2-b01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-shanghai-inner': 'ecs.aliyuncs.com',
  'cn-shanghai-internal-test-1': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-shenzhen-inner': 'ecs.aliyuncs.com',
  'cn-shenzhen-st4-d01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-shenzhen-su18-b01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-wuhan': 'ecs.aliyuncs.com',
  'cn-yushanfang': 'ecs.aliyuncs.com',
  'cn-zhangbei': 'ecs.aliyuncs.com',
  'cn-zhangbei-na61-b01': 'ecs-cn-hangzhou.aliyuncs.com',
  'cn-zhangjiakou-na62-a01': 'ecs.cn-zhangjiakou.aliyuncs.com',
  'cn-zhengzhou-nebula-1': 'ecs.cn-qingdao-nebula.aliyuncs.com',
  'eu-west-1-oxs': 'ecs.cn-shenzhen-cloudstone.aliyuncs.com',
  'rus-west-1-pop': 'ecs.aliyuncs.com',
};

/**
 * The client of `@alicloud/ecs20140526` for the actions the adapter calls, on the same `@alicloud/openapi-core` (signing,
 * transport, errors) and the same models, without evaluating the generated client: that requires the models of all its
 * ~500 actions before it can be built. `test/unit/cloud/sdkEcsClient.test.ts` holds it to the generated client: the same
 * endpoint for every region, the same parameters and query for each action, the same cast of the answer.
 */
export class EcsClient extends RegionalRpcClient {
  constructor(config: $OpenApiUtil.Config) {
    super(config, 'ecs', ENDPOINT_MAP, ECS_VERSION);
  }

  describeRegions(request: $Ecs.DescribeRegionsRequest): Promise<$Ecs.DescribeRegionsResponse> {
    return this.rpc('DescribeRegions', request, new $Ecs.DescribeRegionsResponse({}));
  }

  describeInstanceTypes(request: $Ecs.DescribeInstanceTypesRequest): Promise<$Ecs.DescribeInstanceTypesResponse> {
    return this.rpc('DescribeInstanceTypes', request, new $Ecs.DescribeInstanceTypesResponse({}));
  }

  attachNetworkInterface(request: $Ecs.AttachNetworkInterfaceRequest): Promise<$Ecs.AttachNetworkInterfaceResponse> {
    return this.rpc('AttachNetworkInterface', request, new $Ecs.AttachNetworkInterfaceResponse({}));
  }

  detachNetworkInterface(request: $Ecs.DetachNetworkInterfaceRequest): Promise<$Ecs.DetachNetworkInterfaceResponse> {
    return this.rpc('DetachNetworkInterface', request, new $Ecs.DetachNetworkInterfaceResponse({}));
  }

  startInstance(request: $Ecs.StartInstanceRequest): Promise<$Ecs.StartInstanceResponse> {
    return this.rpc('StartInstance', request, new $Ecs.StartInstanceResponse({}));
  }

  stopInstance(request: $Ecs.StopInstanceRequest): Promise<$Ecs.StopInstanceResponse> {
    return this.rpc('StopInstance', request, new $Ecs.StopInstanceResponse({}));
  }

  rebootInstance(request: $Ecs.RebootInstanceRequest): Promise<$Ecs.RebootInstanceResponse> {
    return this.rpc('RebootInstance', request, new $Ecs.RebootInstanceResponse({}));
  }

  describeSecurityGroups(request: $Ecs.DescribeSecurityGroupsRequest): Promise<$Ecs.DescribeSecurityGroupsResponse> {
    return this.rpc('DescribeSecurityGroups', request, new $Ecs.DescribeSecurityGroupsResponse({}));
  }

  createNetworkInterface(request: $Ecs.CreateNetworkInterfaceRequest): Promise<$Ecs.CreateNetworkInterfaceResponse> {
    return this.rpc('CreateNetworkInterface', request, new $Ecs.CreateNetworkInterfaceResponse({}));
  }

  deleteNetworkInterface(request: $Ecs.DeleteNetworkInterfaceRequest): Promise<$Ecs.DeleteNetworkInterfaceResponse> {
    return this.rpc('DeleteNetworkInterface', request, new $Ecs.DeleteNetworkInterfaceResponse({}));
  }

  modifyNetworkInterfaceAttribute(
    request: $Ecs.ModifyNetworkInterfaceAttributeRequest,
  ): Promise<$Ecs.ModifyNetworkInterfaceAttributeResponse> {
    return this.rpc('ModifyNetworkInterfaceAttribute', request, new $Ecs.ModifyNetworkInterfaceAttributeResponse({}));
  }

  tagResources(request: $Ecs.TagResourcesRequest): Promise<$Ecs.TagResourcesResponse> {
    return this.rpc('TagResources', request, new $Ecs.TagResourcesResponse({}));
  }

  untagResources(request: $Ecs.UntagResourcesRequest): Promise<$Ecs.UntagResourcesResponse> {
    return this.rpc('UntagResources', request, new $Ecs.UntagResourcesResponse({}));
  }

  assignPrivateIpAddresses(request: $Ecs.AssignPrivateIpAddressesRequest): Promise<$Ecs.AssignPrivateIpAddressesResponse> {
    return this.rpc('AssignPrivateIpAddresses', request, new $Ecs.AssignPrivateIpAddressesResponse({}));
  }

  unassignPrivateIpAddresses(request: $Ecs.UnassignPrivateIpAddressesRequest): Promise<$Ecs.UnassignPrivateIpAddressesResponse> {
    return this.rpc('UnassignPrivateIpAddresses', request, new $Ecs.UnassignPrivateIpAddressesResponse({}));
  }

  assignIpv6Addresses(request: $Ecs.AssignIpv6AddressesRequest): Promise<$Ecs.AssignIpv6AddressesResponse> {
    return this.rpc('AssignIpv6Addresses', request, new $Ecs.AssignIpv6AddressesResponse({}));
  }

  unassignIpv6Addresses(request: $Ecs.UnassignIpv6AddressesRequest): Promise<$Ecs.UnassignIpv6AddressesResponse> {
    return this.rpc('UnassignIpv6Addresses', request, new $Ecs.UnassignIpv6AddressesResponse({}));
  }

  describeSecurityGroupAttribute(
    request: $Ecs.DescribeSecurityGroupAttributeRequest,
  ): Promise<$Ecs.DescribeSecurityGroupAttributeResponse> {
    return this.rpc('DescribeSecurityGroupAttribute', request, new $Ecs.DescribeSecurityGroupAttributeResponse({}));
  }

  describeCloudAssistantStatus(request: $Ecs.DescribeCloudAssistantStatusRequest): Promise<$Ecs.DescribeCloudAssistantStatusResponse> {
    return this.rpc('DescribeCloudAssistantStatus', request, new $Ecs.DescribeCloudAssistantStatusResponse({}));
  }

  describeInvocationResults(request: $Ecs.DescribeInvocationResultsRequest): Promise<$Ecs.DescribeInvocationResultsResponse> {
    return this.rpc('DescribeInvocationResults', request, new $Ecs.DescribeInvocationResultsResponse({}));
  }

  installCloudAssistant(request: $Ecs.InstallCloudAssistantRequest): Promise<$Ecs.InstallCloudAssistantResponse> {
    return this.rpc('InstallCloudAssistant', request, new $Ecs.InstallCloudAssistantResponse({}));
  }

  runCommand(request: $Ecs.RunCommandRequest): Promise<$Ecs.RunCommandResponse> {
    return this.rpc('RunCommand', request, new $Ecs.RunCommandResponse({}));
  }

  stopInvocation(request: $Ecs.StopInvocationRequest): Promise<$Ecs.StopInvocationResponse> {
    return this.rpc('StopInvocation', request, new $Ecs.StopInvocationResponse({}));
  }

  startTerminalSession(request: $Ecs.StartTerminalSessionRequest): Promise<$Ecs.StartTerminalSessionResponse> {
    return this.rpc('StartTerminalSession', request, new $Ecs.StartTerminalSessionResponse({}));
  }

  /**
   * One RPC action as the generated `<action>WithOptions` sends it: the request model validated, its fields under their
   * ECS names in the query, the answer cast into the response model. It holds for actions whose generated method copies
   * the request one field to one parameter (no `Shrink` request, nothing in the body), as every action the adapter calls.
   */
  private async rpc<R extends Model>(action: string, request: Model, response: R): Promise<R> {
    request.validate();
    const answer = await this.callApi(
      rpcParams(action, ECS_VERSION),
      new $OpenApiUtil.OpenApiRequest({ query: OpenApiUtil.query(request.toMap()) }),
      new RuntimeOptions({}),
    );
    return cast(answer, response);
  }
}
