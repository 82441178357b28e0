import * as $Ecs from './sdkEcsModels';
import type { ConnectionSettings, CredentialChoice, EcsApi, PageProgress } from './ecsApi';
import { batches, collectNumberedPages } from './paging';
import type { CallObserver } from './callObserver';
import { DEFAULT_RETRY_POLICY, isReadAction, isRetryable, type RetryPolicy, retryDelayMs } from './retryPolicy';
import { refuseBeforeSending } from './requestGuard';
import { SdkClients } from './sdkClients';
import type { EcsClient } from './sdkEcsClient';
import { toEcsError } from './sdkErrors';
import { toRegion } from './sdkMapping';
import { wireInstance, wireItems, wireNetworkInterface, wireTotalCount } from './wireMapping';
import type { Instance } from '../domain/instance';
import type { InstanceTypeInfo } from '../domain/instanceType';
import type { NetworkInterface } from '../domain/networkInterface';
import type { Region } from '../domain/region';
import { isRegionId } from '../domain/regions';

/**
 * Where actions that carry no region (DescribeRegions, DescribeInstanceTypes) go when no endpoint is configured: the
 * endpoint of the default region of the credentials in use (`defaultRegionId`), else this one.
 */
const FALLBACK_REGION = 'cn-hangzhou';
/** PageNumber paging allows 100 per page for both lists, and lets pages be fetched side by side. */
const PAGE_SIZE = 100;
const IDS_PER_REQUEST = 100;
const INSTANCE_TYPES_PER_REQUEST = 10;
const DEFAULT_PAGE_CONCURRENCY = 8;

export interface SdkEcsApiOptions extends ConnectionSettings {
  /** Undefined means the standard Alibaba Cloud credential chain. */
  readonly credentials?: CredentialChoice;
  /** Hears of every attempt of every call (the log). */
  readonly observer?: CallObserver;
  readonly retryPolicy?: RetryPolicy;
  /** Waits between attempts; tests pass one that does not. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The credentials' default region, whose endpoint serves the actions that carry no region; a malformed one is ignored. */
  readonly defaultRegionId?: string;
}

/** The `EcsApi` on the official SDK. Loaded only when the first call needs it. */
export class SdkEcsApi implements EcsApi {
  private readonly clients: SdkClients;

  constructor(private readonly options: SdkEcsApiOptions) {
    this.clients = new SdkClients(options);
  }

  async describeRegions(): Promise<Region[]> {
    const response = await this.call('DescribeRegions', undefined, (client) =>
      client.describeRegions(new $Ecs.DescribeRegionsRequest({ acceptLanguage: this.options.acceptLanguage ?? 'en-US' })),
    );
    return (response.body?.regions?.region ?? []).map(toRegion);
  }

  async listInstances(regionId: string, progress?: PageProgress<Instance>): Promise<Instance[]> {
    return collectNumberedPages(
      async (pageNumber) => {
        const body = await this.raw('DescribeInstances', regionId, { RegionId: regionId, PageNumber: pageNumber, PageSize: PAGE_SIZE });
        return { items: wireItems(body, 'Instances', 'Instance').map(wireInstance), totalCount: wireTotalCount(body) };
      },
      { pageSize: PAGE_SIZE, concurrency: this.concurrency, key: (instance) => instance.instanceId, progress },
    );
  }

  async listNetworkInterfaces(regionId: string, progress?: PageProgress<NetworkInterface>): Promise<NetworkInterface[]> {
    return collectNumberedPages(
      async (pageNumber) => {
        const body = await this.raw('DescribeNetworkInterfaces', regionId, {
          RegionId: regionId,
          PageNumber: pageNumber,
          PageSize: PAGE_SIZE,
        });
        const items = wireItems(body, 'NetworkInterfaceSets', 'NetworkInterfaceSet').map((eni) => wireNetworkInterface(eni, regionId));
        return { items, totalCount: wireTotalCount(body) };
      },
      { pageSize: PAGE_SIZE, concurrency: this.concurrency, key: (eni) => eni.networkInterfaceId, progress },
    );
  }

  async getInstances(regionId: string, instanceIds: readonly string[]): Promise<Instance[]> {
    const found = await Promise.all(
      batches(instanceIds, IDS_PER_REQUEST).map(async (ids) => {
        const body = await this.raw(
          'DescribeInstances',
          regionId,
          { RegionId: regionId, InstanceIds: JSON.stringify(ids), MaxResults: IDS_PER_REQUEST },
          ids,
        );
        return wireItems(body, 'Instances', 'Instance').map(wireInstance);
      }),
    );
    return found.flat();
  }

  async getNetworkInterfaces(regionId: string, networkInterfaceIds: readonly string[]): Promise<NetworkInterface[]> {
    const found = await Promise.all(
      batches(networkInterfaceIds, IDS_PER_REQUEST).map(async (ids) => {
        const body = await this.raw(
          'DescribeNetworkInterfaces',
          regionId,
          { RegionId: regionId, NetworkInterfaceId: ids, MaxResults: IDS_PER_REQUEST },
          ids,
        );
        return wireItems(body, 'NetworkInterfaceSets', 'NetworkInterfaceSet').map((eni) => wireNetworkInterface(eni, regionId));
      }),
    );
    return found.flat();
  }

  async describeInstanceTypes(instanceTypeIds: readonly string[]): Promise<InstanceTypeInfo[]> {
    const found = await Promise.all(
      batches([...new Set(instanceTypeIds)], INSTANCE_TYPES_PER_REQUEST).map(async (ids) => {
        const response = await this.call('DescribeInstanceTypes', undefined, (client) =>
          client.describeInstanceTypes(
            new $Ecs.DescribeInstanceTypesRequest({ instanceTypes: ids, maxResults: INSTANCE_TYPES_PER_REQUEST }),
          ),
        );
        return (response.body?.instanceTypes?.instanceType ?? []).map((t) => ({
          instanceTypeId: t.instanceTypeId ?? '',
          eniQuantity: t.eniQuantity ?? 0,
        }));
      }),
    );
    return found.flat();
  }

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

  /** StartInstance and StopInstance carry no RegionId; the region only picks the endpoint. */
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
   * Stops in KeepCharging mode: the instance keeps its CPU and memory, so the start that follows (stop, attach,
   * start) cannot fail for want of stock, as it can after an economical-mode stop of a pay-as-you-go instance.
   */
  async stopInstance(regionId: string, instanceId: string): Promise<string> {
    const response = await this.call(
      'StopInstance',
      regionId,
      (client) => client.stopInstance(new $Ecs.StopInstanceRequest({ instanceId, stoppedMode: 'KeepCharging' })),
      [instanceId],
    );
    return response.body?.requestId ?? '';
  }

  private get regionlessRegion(): string {
    const { defaultRegionId } = this.options;
    return defaultRegionId !== undefined && isRegionId(defaultRegionId) ? defaultRegionId : FALLBACK_REGION;
  }

  private get concurrency(): number {
    return Math.max(1, this.options.pageConcurrency ?? DEFAULT_PAGE_CONCURRENCY);
  }

  /**
   * A read through the SDK's own signing and transport (callApi), answered as ECS's raw JSON: the generated methods
   * would cast every row into model classes, which dominates the time of a large list.
   */
  private async raw(
    action: string,
    regionId: string,
    query: Record<string, unknown>,
    resourceIds: readonly string[] = [],
  ): Promise<Record<string, unknown>> {
    const response = await this.call(
      action,
      regionId,
      async (client) => {
        const body = await client.json(action, query);
        return { body: { requestId: String(body.RequestId ?? ''), raw: body } };
      },
      resourceIds,
    );
    return response.body.raw;
  }

  /** Sends one call, retrying what is safe to retry, and tells the observer of every attempt. */
  private async call<T extends { body?: { requestId?: string } }>(
    action: string,
    regionId: string | undefined,
    send: (client: EcsClient) => Promise<T>,
    resourceIds: readonly string[] = [],
  ): Promise<T> {
    refuseBeforeSending(action, regionId, resourceIds, this.options.endpointProblem);
    const policy = this.options.retryPolicy ?? DEFAULT_RETRY_POLICY;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    for (let attempt = 1; ; attempt += 1) {
      const started = Date.now();
      try {
        await this.clients.credentialsResolved(action);
        const response = await send(this.clients.clientFor(regionId ?? this.regionlessRegion, action));
        this.options.observer?.onCall({
          action,
          regionId,
          resourceIds,
          attempt,
          durationMs: Date.now() - started,
          requestId: response.body?.requestId,
          outcome: 'ok',
        });
        return response;
      } catch (caught) {
        const error = toEcsError(caught, action);
        const retry = attempt < policy.maxAttempts && isRetryable(error, isReadAction(action));
        const retryInMs = retry ? retryDelayMs(attempt, error, policy) : undefined;
        this.options.observer?.onCall({
          action,
          regionId,
          resourceIds,
          attempt,
          durationMs: Date.now() - started,
          requestId: error.requestId,
          outcome: error.code,
          message: error.message,
          ...(retryInMs !== undefined ? { retryInMs } : {}),
        });
        if (retryInMs === undefined) {
          throw error;
        }
        await sleep(retryInMs);
      }
    }
  }
}

export function createSdkEcsApi(options: SdkEcsApiOptions): EcsApi {
  return new SdkEcsApi(options);
}
