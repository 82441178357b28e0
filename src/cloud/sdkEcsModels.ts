/**
 * The request and response models of the actions the adapter calls, each from its own file of `@alicloud/ecs20140526`.
 * The package's index (and its generated client) requires every model of its ~500 actions, 2,083 files: 3.7 MB in the
 * bundle and most of the time it takes to load. An action the adapter starts to call adds its two models here (with
 * the nested request models it builds, such as `TagResourcesRequestTag`) and a method to `EcsClient`.
 */
export { AssignIpv6AddressesRequest } from '@alicloud/ecs20140526/dist/models/AssignIpv6addressesRequest';
export { AssignIpv6AddressesResponse } from '@alicloud/ecs20140526/dist/models/AssignIpv6addressesResponse';
export { AssignPrivateIpAddressesRequest } from '@alicloud/ecs20140526/dist/models/AssignPrivateIpAddressesRequest';
export { AssignPrivateIpAddressesResponse } from '@alicloud/ecs20140526/dist/models/AssignPrivateIpAddressesResponse';
export { AttachNetworkInterfaceRequest } from '@alicloud/ecs20140526/dist/models/AttachNetworkInterfaceRequest';
export { AttachNetworkInterfaceResponse } from '@alicloud/ecs20140526/dist/models/AttachNetworkInterfaceResponse';
export {
  CreateNetworkInterfaceRequest,
  CreateNetworkInterfaceRequestTag,
} from '@alicloud/ecs20140526/dist/models/CreateNetworkInterfaceRequest';
export { CreateNetworkInterfaceResponse } from '@alicloud/ecs20140526/dist/models/CreateNetworkInterfaceResponse';
export { DeleteNetworkInterfaceRequest } from '@alicloud/ecs20140526/dist/models/DeleteNetworkInterfaceRequest';
export { DeleteNetworkInterfaceResponse } from '@alicloud/ecs20140526/dist/models/DeleteNetworkInterfaceResponse';
export { DescribeInstanceTypesRequest } from '@alicloud/ecs20140526/dist/models/DescribeInstanceTypesRequest';
export { DescribeInstanceTypesResponse } from '@alicloud/ecs20140526/dist/models/DescribeInstanceTypesResponse';
export { DescribeRegionsRequest } from '@alicloud/ecs20140526/dist/models/DescribeRegionsRequest';
export { DescribeRegionsResponse } from '@alicloud/ecs20140526/dist/models/DescribeRegionsResponse';
export { DescribeSecurityGroupAttributeRequest } from '@alicloud/ecs20140526/dist/models/DescribeSecurityGroupAttributeRequest';
export { DescribeSecurityGroupAttributeResponse } from '@alicloud/ecs20140526/dist/models/DescribeSecurityGroupAttributeResponse';
export { DescribeSecurityGroupsRequest } from '@alicloud/ecs20140526/dist/models/DescribeSecurityGroupsRequest';
export { DescribeSecurityGroupsResponse } from '@alicloud/ecs20140526/dist/models/DescribeSecurityGroupsResponse';
export { DetachNetworkInterfaceRequest } from '@alicloud/ecs20140526/dist/models/DetachNetworkInterfaceRequest';
export { DetachNetworkInterfaceResponse } from '@alicloud/ecs20140526/dist/models/DetachNetworkInterfaceResponse';
export { ModifyNetworkInterfaceAttributeRequest } from '@alicloud/ecs20140526/dist/models/ModifyNetworkInterfaceAttributeRequest';
export { ModifyNetworkInterfaceAttributeResponse } from '@alicloud/ecs20140526/dist/models/ModifyNetworkInterfaceAttributeResponse';
export { RebootInstanceRequest } from '@alicloud/ecs20140526/dist/models/RebootInstanceRequest';
export { RebootInstanceResponse } from '@alicloud/ecs20140526/dist/models/RebootInstanceResponse';
export { StartInstanceRequest } from '@alicloud/ecs20140526/dist/models/StartInstanceRequest';
export { StartInstanceResponse } from '@alicloud/ecs20140526/dist/models/StartInstanceResponse';
export { StopInstanceRequest } from '@alicloud/ecs20140526/dist/models/StopInstanceRequest';
export { StopInstanceResponse } from '@alicloud/ecs20140526/dist/models/StopInstanceResponse';
export { TagResourcesRequest, TagResourcesRequestTag } from '@alicloud/ecs20140526/dist/models/TagResourcesRequest';
export { TagResourcesResponse } from '@alicloud/ecs20140526/dist/models/TagResourcesResponse';
export { UnassignIpv6AddressesRequest } from '@alicloud/ecs20140526/dist/models/UnassignIpv6addressesRequest';
export { UnassignIpv6AddressesResponse } from '@alicloud/ecs20140526/dist/models/UnassignIpv6addressesResponse';
export { UnassignPrivateIpAddressesRequest } from '@alicloud/ecs20140526/dist/models/UnassignPrivateIpAddressesRequest';
export { UnassignPrivateIpAddressesResponse } from '@alicloud/ecs20140526/dist/models/UnassignPrivateIpAddressesResponse';
export { UntagResourcesRequest } from '@alicloud/ecs20140526/dist/models/UntagResourcesRequest';
export { UntagResourcesResponse } from '@alicloud/ecs20140526/dist/models/UntagResourcesResponse';
export { DescribeCloudAssistantStatusRequest } from '@alicloud/ecs20140526/dist/models/DescribeCloudAssistantStatusRequest';
export { DescribeCloudAssistantStatusResponse } from '@alicloud/ecs20140526/dist/models/DescribeCloudAssistantStatusResponse';
export { DescribeCloudAssistantStatusResponseBodyInstanceCloudAssistantStatusSetInstanceCloudAssistantStatus as DescribeCloudAssistantStatusResponseBodyRow } from '@alicloud/ecs20140526/dist/models/DescribeCloudAssistantStatusResponseBody';
export { DescribeInvocationResultsRequest } from '@alicloud/ecs20140526/dist/models/DescribeInvocationResultsRequest';
export { DescribeInvocationResultsResponse } from '@alicloud/ecs20140526/dist/models/DescribeInvocationResultsResponse';
export { DescribeInvocationResultsResponseBodyInvocationInvocationResultsInvocationResult as DescribeInvocationResultsResponseBodyRow } from '@alicloud/ecs20140526/dist/models/DescribeInvocationResultsResponseBody';
export { InstallCloudAssistantRequest } from '@alicloud/ecs20140526/dist/models/InstallCloudAssistantRequest';
export { InstallCloudAssistantResponse } from '@alicloud/ecs20140526/dist/models/InstallCloudAssistantResponse';
export { RunCommandRequest } from '@alicloud/ecs20140526/dist/models/RunCommandRequest';
export { RunCommandResponse } from '@alicloud/ecs20140526/dist/models/RunCommandResponse';
export { StopInvocationRequest } from '@alicloud/ecs20140526/dist/models/StopInvocationRequest';
export { StopInvocationResponse } from '@alicloud/ecs20140526/dist/models/StopInvocationResponse';
export { StartTerminalSessionRequest } from '@alicloud/ecs20140526/dist/models/StartTerminalSessionRequest';
export { StartTerminalSessionResponse } from '@alicloud/ecs20140526/dist/models/StartTerminalSessionResponse';
