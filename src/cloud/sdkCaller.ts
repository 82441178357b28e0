import type { CallObserver } from './callObserver';
import type { ConnectionSettings, CredentialChoice } from './ecsApi';
import { atLeastOne, PageSlots } from './pageSlots';
import { refuseBeforeSending } from './requestGuard';
import { DEFAULT_RETRY_POLICY, isReadAction, isRetryable, type RetryPolicy, retryDelayMs } from './retryPolicy';
import { SdkClients } from './sdkClients';
import type { EcsClient } from './sdkEcsClient';
import { toEcsError } from './sdkErrors';
import { isRegionId } from '../domain/regions';

/**
 * Where actions that carry no region (DescribeRegions, DescribeInstanceTypes) go when no endpoint is configured: the
 * endpoint of the default region of the credentials in use (`defaultRegionId`), else this one.
 */
const FALLBACK_REGION = 'cn-hangzhou';
/** Sixteen pages in flight: what a region's two lists had side by side at eight each, now shared between them. */
const DEFAULT_PAGE_CONCURRENCY = 16;

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

/** The one way the adapter sends a call: the request guard, the retries, and the observer told of every attempt. */
export abstract class SdkCaller {
  private readonly clients: SdkClients;

  constructor(protected readonly options: SdkEcsApiOptions) {
    this.clients = new SdkClients(options);
    this.pageWorkers = atLeastOne(options.pageConcurrency ?? DEFAULT_PAGE_CONCURRENCY);
    this.pageSlots = new PageSlots(this.pageWorkers);
  }

  protected get regionlessRegion(): string {
    const { defaultRegionId } = this.options;
    return defaultRegionId !== undefined && isRegionId(defaultRegionId) ? defaultRegionId : FALLBACK_REGION;
  }

  /** Every list this adapter reads shares them, so that a longer list gets the slots a shorter one left. */
  protected readonly pageSlots: PageSlots;
  /** Pages each list asks for side by side (as many as there are slots: they take turns for them). */
  protected readonly pageWorkers: number;

  /**
   * A read through the SDK's own signing and transport (callApi), answered as ECS's raw JSON: the generated methods
   * would cast every row into model classes, which dominates the time of a large list.
   */
  protected async raw(
    action: string,
    regionId: string,
    query: Record<string, unknown>,
    resourceIds: readonly string[] = [],
    slots?: PageSlots,
  ): Promise<Record<string, unknown>> {
    const response = await this.attempts(
      action,
      regionId,
      (region) => this.clients.clientForAction(region, action),
      async (client) => {
        const body = await client.json(action, query);
        return { body: { requestId: String(body.RequestId ?? ''), raw: body } };
      },
      resourceIds,
      slots,
    );
    return response.body.raw;
  }

  /** Sends one ECS call through the SDK's typed request (see `attempts`). */
  protected call<T extends { body?: { requestId?: string } }>(
    action: string,
    regionId: string | undefined,
    send: (client: EcsClient) => Promise<T>,
    resourceIds: readonly string[] = [],
    slots?: PageSlots,
  ): Promise<T> {
    return this.attempts(action, regionId, (region) => this.clients.clientFor(region, action), send, resourceIds, slots);
  }

  /** Sends one call, retrying what is safe to retry, and tells the observer of every attempt; each attempt in a slot, if given. */
  private async attempts<C, T extends { body?: { requestId?: string } }>(
    action: string,
    regionId: string | undefined,
    clientOf: (regionId: string) => C,
    send: (client: C) => Promise<T>,
    resourceIds: readonly string[],
    slots: PageSlots | undefined,
  ): Promise<T> {
    refuseBeforeSending(action, regionId, resourceIds, this.options.endpointProblem);
    const policy = this.options.retryPolicy ?? DEFAULT_RETRY_POLICY;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    for (let attempt = 1; ; attempt += 1) {
      let started = Date.now();
      try {
        await this.clients.credentialsResolved(action);
        const client = clientOf(regionId ?? this.regionlessRegion);
        const attemptOnce = (): Promise<T> => {
          started = Date.now();
          return send(client);
        };
        const response = await (slots ? slots.run(attemptOnce) : attemptOnce());
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
        const error = toEcsError(caught, action, this.options.viaProxy?.() ?? false);
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
