import * as $Ecs from './sdkEcsModels';
import type { AssignedAddresses, EcsApi, StopOptions } from './ecsApi';
import { EcsError } from './ecsError';
import { type SdkEcsApiOptions } from './sdkCaller';
import { SdkCloudAssistant } from './sdkCloudAssistant';
import type { Tag } from '../domain/instance';
import type { AddressRequest, NetworkInterfaceChange, NewNetworkInterface } from '../domain/networkInterfaceChanges';

export type { SdkEcsApiOptions } from './sdkCaller';

/** TagResources and UntagResources name the kind of resource; ECS's name for ENIs. */
const ENI_RESOURCE_TYPE = 'eni';

/**
 * The `EcsApi` on the official SDK: the reads (`SdkEcsReads`), Cloud Assistant's actions (`SdkCloudAssistant`) and the
 * writes. Loaded only when the first call needs it.
 */
export class SdkEcsApi extends SdkCloudAssistant implements EcsApi {
  async attachNetworkInterface(regionId: string, networkInterfaceId: string, instanceId: string): Promise<string> {
    const response = await this.call(
      'AttachNetworkInterface',
      regionId,
      (client) => client.attachNetworkInterface(new $Ecs.AttachNetworkInterfaceRequest({ regionId, networkInterfaceId, instanceId })),
      [networkInterfaceId, instanceId],
    );
    return response.body?.requestId ?? '';
  }

  async detachNetworkInterface(regionId: string, networkInterfaceId: string, instanceId: string): Promise<string> {
    const response = await this.call(
      'DetachNetworkInterface',
      regionId,
      (client) => client.detachNetworkInterface(new $Ecs.DetachNetworkInterfaceRequest({ regionId, networkInterfaceId, instanceId })),
      [networkInterfaceId, instanceId],
    );
    return response.body?.requestId ?? '';
  }

  /** StartInstance, StopInstance and RebootInstance carry no RegionId; the region only picks the endpoint. */
  async startInstance(regionId: string, instanceId: string): Promise<string> {
    const response = await this.call(
      'StartInstance',
      regionId,
      (client) => client.startInstance(new $Ecs.StartInstanceRequest({ instanceId })),
      [instanceId],
    );
    return response.body?.requestId ?? '';
  }

  /**
   * Stops in KeepCharging mode unless told otherwise: the instance keeps its CPU and memory, so the start that follows
   * (stop, attach, start) cannot fail for want of stock, as it can after an economical-mode stop of a pay-as-you-go
   * instance. The mode is always sent, so that an account's default of economical mode does not apply unasked.
   */
  async stopInstance(regionId: string, instanceId: string, options: StopOptions = {}): Promise<string> {
    const stoppedMode = options.stoppedMode ?? 'KeepCharging';
    const forceStop = options.force === true ? true : undefined;
    const response = await this.call(
      'StopInstance',
      regionId,
      (client) => client.stopInstance(new $Ecs.StopInstanceRequest({ instanceId, stoppedMode, forceStop })),
      [instanceId],
    );
    return response.body?.requestId ?? '';
  }

  async rebootInstance(regionId: string, instanceId: string, force = false): Promise<string> {
    const response = await this.call(
      'RebootInstance',
      regionId,
      (client) => client.rebootInstance(new $Ecs.RebootInstanceRequest({ instanceId, forceStop: force ? true : undefined })),
      [instanceId],
    );
    return response.body?.requestId ?? '';
  }

  /** Sends the security groups as SecurityGroupIds.N only: ECS refuses SecurityGroupId alongside them. */
  async createNetworkInterface(request: NewNetworkInterface): Promise<{ readonly networkInterfaceId: string; readonly requestId: string }> {
    const { regionId, vSwitchId, securityGroupIds, tags } = request;
    const response = await this.call(
      'CreateNetworkInterface',
      regionId,
      (client) =>
        client.createNetworkInterface(
          new $Ecs.CreateNetworkInterfaceRequest({
            regionId,
            vSwitchId,
            securityGroupIds: [...securityGroupIds],
            networkInterfaceName: request.name,
            description: request.description,
            primaryIpAddress: request.primaryIpAddress,
            tag: tags?.length
              ? tags.map((tag) => new $Ecs.CreateNetworkInterfaceRequestTag({ key: tag.key, value: tag.value }))
              : undefined,
            clientToken: request.clientToken,
          }),
        ),
      [vSwitchId, ...securityGroupIds],
    );
    const networkInterfaceId = response.body?.networkInterfaceId ?? '';
    const requestId = response.body?.requestId ?? '';
    if (networkInterfaceId === '') {
      // ECS's reference: "If NetworkInterfaceId is empty in the response, try to create the ENI again."
      const message = 'ECS answered CreateNetworkInterface without the id of a network interface; try again.';
      throw new EcsError('InvalidResponse', message, requestId, undefined, undefined, 'CreateNetworkInterface', undefined, message);
    }
    return { networkInterfaceId, requestId };
  }

  async deleteNetworkInterface(regionId: string, networkInterfaceId: string): Promise<string> {
    const response = await this.call(
      'DeleteNetworkInterface',
      regionId,
      (client) => client.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId, networkInterfaceId })),
      [networkInterfaceId],
    );
    return response.body?.requestId ?? '';
  }

  /** The security groups travel as SecurityGroupId.N, and replace the ENI's. */
  async modifyNetworkInterfaceAttribute(regionId: string, networkInterfaceId: string, change: NetworkInterfaceChange): Promise<string> {
    const securityGroupIds = change.securityGroupIds === undefined ? undefined : [...change.securityGroupIds];
    const response = await this.call(
      'ModifyNetworkInterfaceAttribute',
      regionId,
      (client) =>
        client.modifyNetworkInterfaceAttribute(
          new $Ecs.ModifyNetworkInterfaceAttributeRequest({
            regionId,
            networkInterfaceId,
            networkInterfaceName: change.name,
            description: change.description,
            securityGroupId: securityGroupIds,
          }),
        ),
      [networkInterfaceId, ...(securityGroupIds ?? [])],
    );
    return response.body?.requestId ?? '';
  }

  async tagNetworkInterfaces(regionId: string, networkInterfaceIds: readonly string[], tags: readonly Tag[]): Promise<string> {
    const response = await this.call(
      'TagResources',
      regionId,
      (client) =>
        client.tagResources(
          new $Ecs.TagResourcesRequest({
            regionId,
            resourceType: ENI_RESOURCE_TYPE,
            resourceId: [...networkInterfaceIds],
            tag: tags.map((tag) => new $Ecs.TagResourcesRequestTag({ key: tag.key, value: tag.value })),
          }),
        ),
      networkInterfaceIds,
    );
    return response.body?.requestId ?? '';
  }

  async untagNetworkInterfaces(regionId: string, networkInterfaceIds: readonly string[], tagKeys: readonly string[]): Promise<string> {
    const response = await this.call(
      'UntagResources',
      regionId,
      (client) =>
        client.untagResources(
          new $Ecs.UntagResourcesRequest({
            regionId,
            resourceType: ENI_RESOURCE_TYPE,
            resourceId: [...networkInterfaceIds],
            tagKey: [...tagKeys],
          }),
        ),
      networkInterfaceIds,
    );
    return response.body?.requestId ?? '';
  }

  /** A count travels as SecondaryPrivateIpAddressCount, addresses as PrivateIpAddress.N; ECS refuses both at once. */
  async assignPrivateIpAddresses(regionId: string, networkInterfaceId: string, request: AddressRequest): Promise<AssignedAddresses> {
    const response = await this.call(
      'AssignPrivateIpAddresses',
      regionId,
      (client) =>
        client.assignPrivateIpAddresses(
          new $Ecs.AssignPrivateIpAddressesRequest({
            regionId,
            networkInterfaceId,
            ...('count' in request ? { secondaryPrivateIpAddressCount: request.count } : { privateIpAddress: [...request.addresses] }),
          }),
        ),
      [networkInterfaceId],
    );
    const assigned = response.body?.assignedPrivateIpAddressesSet?.privateIpSet?.privateIpAddress ?? [];
    return { addresses: assigned, requestId: response.body?.requestId ?? '' };
  }

  async unassignPrivateIpAddresses(regionId: string, networkInterfaceId: string, addresses: readonly string[]): Promise<string> {
    const response = await this.call(
      'UnassignPrivateIpAddresses',
      regionId,
      (client) =>
        client.unassignPrivateIpAddresses(
          new $Ecs.UnassignPrivateIpAddressesRequest({ regionId, networkInterfaceId, privateIpAddress: [...addresses] }),
        ),
      [networkInterfaceId],
    );
    return response.body?.requestId ?? '';
  }

  /** A count travels as Ipv6AddressCount, addresses as Ipv6Address.N. */
  async assignIpv6Addresses(regionId: string, networkInterfaceId: string, request: AddressRequest): Promise<AssignedAddresses> {
    const response = await this.call(
      'AssignIpv6Addresses',
      regionId,
      (client) =>
        client.assignIpv6Addresses(
          new $Ecs.AssignIpv6AddressesRequest({
            regionId,
            networkInterfaceId,
            ...('count' in request ? { ipv6AddressCount: request.count } : { ipv6Address: [...request.addresses] }),
          }),
        ),
      [networkInterfaceId],
    );
    return { addresses: response.body?.ipv6Sets?.ipv6Address ?? [], requestId: response.body?.requestId ?? '' };
  }

  async unassignIpv6Addresses(regionId: string, networkInterfaceId: string, addresses: readonly string[]): Promise<string> {
    const response = await this.call(
      'UnassignIpv6Addresses',
      regionId,
      (client) =>
        client.unassignIpv6Addresses(new $Ecs.UnassignIpv6AddressesRequest({ regionId, networkInterfaceId, ipv6Address: [...addresses] })),
      [networkInterfaceId],
    );
    return response.body?.requestId ?? '';
  }
}

export function createSdkEcsApi(options: SdkEcsApiOptions): EcsApi {
  return new SdkEcsApi(options);
}
