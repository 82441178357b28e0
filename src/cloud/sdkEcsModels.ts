/**
 * The request and response models of the actions the adapter calls, each from its own file of `@alicloud/ecs20140526`.
 * The package's index (and its generated client) requires every model of its ~500 actions, 2,083 files: 3.7 MB in the
 * bundle and most of the time it takes to load. An action the adapter starts to call adds its two models here and a
 * method to `EcsClient`.
 */
export { AttachNetworkInterfaceRequest } from '@alicloud/ecs20140526/dist/models/AttachNetworkInterfaceRequest';
export { AttachNetworkInterfaceResponse } from '@alicloud/ecs20140526/dist/models/AttachNetworkInterfaceResponse';
export { DescribeInstanceTypesRequest } from '@alicloud/ecs20140526/dist/models/DescribeInstanceTypesRequest';
export { DescribeInstanceTypesResponse } from '@alicloud/ecs20140526/dist/models/DescribeInstanceTypesResponse';
export { DescribeRegionsRequest } from '@alicloud/ecs20140526/dist/models/DescribeRegionsRequest';
export { DescribeRegionsResponse } from '@alicloud/ecs20140526/dist/models/DescribeRegionsResponse';
export { DetachNetworkInterfaceRequest } from '@alicloud/ecs20140526/dist/models/DetachNetworkInterfaceRequest';
export { DetachNetworkInterfaceResponse } from '@alicloud/ecs20140526/dist/models/DetachNetworkInterfaceResponse';
export { StartInstanceRequest } from '@alicloud/ecs20140526/dist/models/StartInstanceRequest';
export { StartInstanceResponse } from '@alicloud/ecs20140526/dist/models/StartInstanceResponse';
export { StopInstanceRequest } from '@alicloud/ecs20140526/dist/models/StopInstanceRequest';
export { StopInstanceResponse } from '@alicloud/ecs20140526/dist/models/StopInstanceResponse';
