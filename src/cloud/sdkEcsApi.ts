import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import Credential from '@alicloud/credentials';
import { endpointProblem } from './connectionSettings';
import type { ConnectionSettings, EcsApi } from './ecsApi';
import { EcsError } from './ecsError';
import { collectTokenPages } from './paging';
import { toEcsError } from './sdkErrors';
import { toInstance, toNetworkInterface, toRegion } from './sdkMapping';
import type { Instance } from '../domain/instance';
import type { NetworkInterface } from '../domain/networkInterface';
import type { Region } from '../domain/region';

/** Where the SDK sends requests when no endpoint is configured and no region is known yet. */
const FALLBACK_REGION = 'cn-hangzhou';
const INSTANCES_PAGE_SIZE = 100;
const NETWORK_INTERFACES_PAGE_SIZE = 500;

export interface SdkCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken?: string;
}

export interface SdkEcsApiOptions extends ConnectionSettings {
  /** Fixed credentials; undefined means the standard Alibaba Cloud credential chain. */
  readonly credentials?: SdkCredentials;
}

/** The SDK wants the host and the protocol apart: a scheme in its endpoint breaks the URL it builds. */
function endpointParts(endpoint: string, action: string): { host: string; protocol: string } {
  const problem = endpointProblem(endpoint);
  if (problem) {
    throw new EcsError('InvalidEndpoint', problem, undefined, undefined, undefined, action);
  }
  const url = new URL(endpoint);
  return { host: url.host, protocol: url.protocol.replace(':', '') };
}

/** The `EcsApi` on the official SDK. Loaded only when the first call needs it. */
export class SdkEcsApi implements EcsApi {
  private readonly clients = new Map<string, Ecs>();
  private readonly credential: Credential | undefined;

  constructor(private readonly options: SdkEcsApiOptions) {
    this.credential = options.credentials ? undefined : new Credential();
  }

  async describeRegions(): Promise<Region[]> {
    const response = await this.call('DescribeRegions', FALLBACK_REGION,
      (client) => client.describeRegions(new $Ecs.DescribeRegionsRequest({})));
    return (response.body?.regions?.region ?? []).map(toRegion);
  }

  async listInstances(regionId: string): Promise<Instance[]> {
    return collectTokenPages(async (nextToken) => {
      const response = await this.call('DescribeInstances', regionId, (client) => client.describeInstances(
        new $Ecs.DescribeInstancesRequest({ regionId, maxResults: INSTANCES_PAGE_SIZE, nextToken })));
      return { items: (response.body?.instances?.instance ?? []).map(toInstance), nextToken: response.body?.nextToken };
    });
  }

  async listNetworkInterfaces(regionId: string): Promise<NetworkInterface[]> {
    return collectTokenPages(async (nextToken) => {
      const response = await this.call('DescribeNetworkInterfaces', regionId, (client) => client.describeNetworkInterfaces(
        new $Ecs.DescribeNetworkInterfacesRequest({ regionId, maxResults: NETWORK_INTERFACES_PAGE_SIZE, nextToken })));
      const items = (response.body?.networkInterfaceSets?.networkInterfaceSet ?? [])
        .map((eni) => toNetworkInterface(eni, regionId));
      return { items, nextToken: response.body?.nextToken };
    });
  }

  private async call<T>(action: string, regionId: string, send: (client: Ecs) => Promise<T>): Promise<T> {
    try {
      return await send(this.clientFor(regionId, action));
    } catch (error) {
      throw toEcsError(error, action);
    }
  }

  /** With a custom endpoint one client serves every region (the region travels as RegionId); without, one per region. */
  private clientFor(regionId: string, action: string): Ecs {
    const key = this.options.endpoint ? '' : regionId;
    let client = this.clients.get(key);
    if (!client) {
      client = new Ecs(this.config(regionId, action));
      this.clients.set(key, client);
    }
    return client;
  }

  private config(regionId: string, action: string): $OpenApiUtil.Config {
    const { endpoint, timeoutMs, credentials } = this.options;
    const target = endpoint ? endpointParts(endpoint, action) : undefined;
    return new $OpenApiUtil.Config({
      regionId,
      ...(target ? { endpoint: target.host, protocol: target.protocol } : {}),
      ...(credentials ? { ...credentials } : { credential: this.credential }),
      readTimeout: timeoutMs,
      connectTimeout: timeoutMs,
    });
  }
}

export function createSdkEcsApi(options: SdkEcsApiOptions): EcsApi {
  return new SdkEcsApi(options);
}
