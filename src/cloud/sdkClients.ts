import Credential, { CLIProfileCredentialsProvider, ProfileCredentialsProvider } from '@alicloud/credentials';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type { CredentialChoice, StaticCredentials } from './ecsApi';
import { endpointParts } from './requestGuard';
import { EcsClient } from './sdkEcsClient';
import { VpcClient } from './sdkVpcClient';
import { toEcsError } from './sdkErrors';
import { API_ACTIONS, isApiActionName } from '../domain/apiActions';

/** What the clients are built from. */
export interface SdkClientOptions {
  readonly endpoint: string | undefined;
  readonly timeoutMs: number;
  /** Undefined means the standard Alibaba Cloud credential chain. */
  readonly credentials?: CredentialChoice;
}

/** The SDK clients of one connection (ECS's and VPC's, one per region or one for a custom endpoint) and their credentials. */
export class SdkClients {
  private readonly clients = new Map<string, EcsClient>();
  private readonly vpcClients = new Map<string, VpcClient>();
  private credential: Credential | undefined;
  /** The first resolution of the library's credentials, which every call waits for (see `credentialsResolved`). */
  private firstResolution: Promise<unknown> | undefined;

  constructor(private readonly options: SdkClientOptions) {}

  /** With a custom endpoint one client serves every region (the region travels as RegionId); without, one per region. */
  clientFor(regionId: string, action: string): EcsClient {
    return this.cached(this.clients, regionId, () => new EcsClient(this.config(regionId, action)));
  }

  /** The client of the product that serves `action` (VPC's for DescribeVSwitches, ECS's for the rest), for a raw read. */
  clientForAction(regionId: string, action: string): EcsClient | VpcClient {
    return isApiActionName(action) && API_ACTIONS[action].service === 'vpc'
      ? this.vpcClientFor(regionId, action)
      : this.clientFor(regionId, action);
  }

  /**
   * VPC's client for the region. A custom endpoint that is one of Alibaba Cloud's ECS hosts (`ecs.…`, `ecs-vpc.…`
   * `.aliyuncs.com`) answers ECS alone: VPC's calls then go to VPC's own endpoint of the region, in its VPC-network form
   * (`vpc-vpc.<region>.aliyuncs.com`) when the ECS one is. Any other custom endpoint (a gateway, the emulator) serves both.
   */
  vpcClientFor(regionId: string, action: string): VpcClient {
    const ecsHost = this.options.endpoint ? alibabaEcsHost(endpointParts(this.options.endpoint, action).host) : undefined;
    if (ecsHost) {
      return this.cached(this.vpcClients, regionId, () => new VpcClient(this.config(regionId, action, ecsHost)), regionId);
    }
    return this.cached(this.vpcClients, regionId, () => new VpcClient(this.config(regionId, action)));
  }

  private cached<C>(clients: Map<string, C>, regionId: string, build: () => C, key = this.options.endpoint ? '' : regionId): C {
    let client = clients.get(key);
    if (!client) {
      client = build();
      clients.set(key, client);
    }
    return client;
  }

  private fixedCredentials(): StaticCredentials | undefined {
    return this.options.credentials?.kind === 'accessKey' ? this.options.credentials : undefined;
  }

  /**
   * Lets the first call resolve the library's credentials alone. The default chain of `@alicloud/credentials` 2.4 marks
   * each provider as "last used" before trying it, so a second call during the first resolution takes the environment
   * provider that is about to fail, and fails with it. A failed resolution is not kept: the next call tries again.
   */
  async credentialsResolved(action: string): Promise<void> {
    if (this.fixedCredentials()) {
      return;
    }
    const credential = this.credentialOfSource(action);
    this.firstResolution ??= credential.getCredential().catch((error: unknown) => {
      this.firstResolution = undefined;
      throw error;
    });
    await this.firstResolution;
  }

  /** The credentials library's client for the chosen source, built once (the chain pins the provider that worked). */
  private credentialOfSource(action: string): Credential {
    if (!this.credential) {
      const choice = this.options.credentials ?? { kind: 'chain' };
      try {
        this.credential =
          choice.kind === 'cliProfile'
            ? new Credential(null, CLIProfileCredentialsProvider.builder().withProfileName(choice.name).build())
            : choice.kind === 'sharedProfile'
              ? new Credential(null, ProfileCredentialsProvider.builder().withProfileName(choice.name).build())
              : new Credential();
      } catch (caught) {
        throw toEcsError(caught, action);
      }
    }
    return this.credential;
  }

  /** A client's configuration; `ownEndpointOf`: the service's own regional endpoint instead of the custom one. */
  private config(regionId: string, action: string, ownEndpointOf?: { readonly network: 'public' | 'vpc' }): $OpenApiUtil.Config {
    const { endpoint, timeoutMs } = this.options;
    const target = endpoint && !ownEndpointOf ? endpointParts(endpoint, action) : undefined;
    const fixed = this.fixedCredentials();
    return new $OpenApiUtil.Config({
      regionId,
      ...(target ? { endpoint: target.host, protocol: target.protocol } : {}),
      // VPC's VPC-network endpoint, as the aliyun CLI's `--endpoint-type vpc` names it; the SDK's map would pick a public one.
      ...(ownEndpointOf?.network === 'vpc' ? { endpoint: `vpc-vpc.${regionId}.aliyuncs.com` } : {}),
      ...(fixed
        ? { accessKeyId: fixed.accessKeyId, accessKeySecret: fixed.accessKeySecret, securityToken: fixed.securityToken }
        : { credential: this.credentialOfSource(action) }),
      readTimeout: timeoutMs,
      connectTimeout: timeoutMs,
    });
  }
}

/** An Alibaba Cloud ECS host, and whether it is its VPC-network form; undefined for any other host. */
function alibabaEcsHost(host: string): { readonly network: 'public' | 'vpc' } | undefined {
  const name = host.toLowerCase().replace(/:\d+$/, '');
  if (!/^ecs(?:[.-][a-z0-9-]+)*\.aliyuncs\.com$/.test(name)) {
    return undefined;
  }
  return { network: name.startsWith('ecs-vpc.') ? 'vpc' : 'public' };
}
