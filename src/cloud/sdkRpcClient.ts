import OpenApiClient, { $OpenApiUtil, OpenApiUtil } from '@alicloud/openapi-core';
import { RuntimeOptions } from '@darabonba/typescript';

/** The RPC parameters of an action, as the generated clients of ECS and VPC send every action the adapter calls. */
export function rpcParams(action: string, version: string): $OpenApiUtil.Params {
  return new $OpenApiUtil.Params({
    action,
    version,
    protocol: 'HTTPS',
    pathname: '/',
    method: 'POST',
    authType: 'AK',
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json',
  });
}

/** What a client of openapi-core needs to send one RPC action answered as raw JSON. */
interface RpcCaller {
  callApi(params: $OpenApiUtil.Params, request: $OpenApiUtil.OpenApiRequest, runtime: RuntimeOptions): Promise<unknown>;
}

/**
 * A read answered as the service's raw JSON, through the client's own signing and transport: a large list's rows are
 * not cast into model classes one by one (that cost dominated the time of a large region).
 */
export async function rpcJson(
  client: RpcCaller,
  action: string,
  version: string,
  query: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const answer = (await client.callApi(
    rpcParams(action, version),
    new $OpenApiUtil.OpenApiRequest({ query: OpenApiUtil.query(query) }),
    new RuntimeOptions({}),
  )) as { body?: Record<string, unknown> };
  return answer.body ?? {};
}

/**
 * A client of one Alibaba Cloud product on openapi-core, choosing its endpoint as the product's generated client does:
 * the configured endpoint, else the region's entry in the product's endpoint map, else `<product>.<region>.aliyuncs.com`.
 */
export abstract class RegionalRpcClient extends OpenApiClient {
  protected constructor(
    config: $OpenApiUtil.Config,
    product: string,
    endpointMap: Record<string, string>,
    private readonly version: string,
  ) {
    super(config);
    this._endpointRule = 'regional';
    this._endpointMap = endpointMap;
    this.checkConfig(config);
    this._endpoint =
      this._endpoint ??
      this._endpointMap[this._regionId] ??
      OpenApiUtil.getEndpointRules(product, this._regionId, this._endpointRule, this._network, this._suffix);
  }

  /** A read answered as the product's raw JSON (see `rpcJson`). */
  json(action: string, query: Record<string, unknown>): Promise<Record<string, unknown>> {
    return rpcJson(this, action, this.version, query);
  }
}
