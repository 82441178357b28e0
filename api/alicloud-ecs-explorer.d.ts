/**
 * The API that the Alibaba Cloud ECS Explorer extension returns from `activate()`, for other extensions:
 *
 *   const explorer = vscode.extensions.getExtension<AlicloudEcsExplorerApi>('alicloud-ecs-explorer.alicloud-ecs-explorer');
 *   const api = await explorer?.activate();
 *   if (api?.apiVersion === 2) { … }
 *
 * It works with the credentials, endpoint and regions the user chose in the extension. Every argument is checked
 * before anything is sent; a write shows its progress and its outcome to the user as the extension's own commands do,
 * and a detach always asks the user first. Versioned: a change that is not backwards compatible raises `apiVersion`.
 */
import type { Event } from 'vscode';

export interface AlicloudEcsExplorerApi {
  /** 2 since the plan preview and the write modes; version 1 had neither. */
  readonly apiVersion: 2;
  /**
   * Every ENI of a region the view shows (`cn-hangzhou`), as ECS lists it now or as the view last read it. Rejects
   * with an `Error` naming the cause (a malformed or unshown region, or ECS's error code) and nothing more.
   */
  listNetworkInterfaces(regionId: string): Promise<readonly NetworkInterfaceSummary[]>;
  /** Every instance of a region the view shows; rejects as `listNetworkInterfaces` does. */
  listInstances(regionId: string): Promise<readonly InstanceSummary[]>;
  /** Attaches an ENI to an instance after the extension's checks, following it until it is InUse. */
  attachNetworkInterface(request: AttachRequest): Promise<WriteResult>;
  /** Detaches an ENI from its instance once the user agrees in a modal question, following it until it is Available. */
  detachNetworkInterface(request: DetachRequest): Promise<WriteResult>;
  /**
   * What `attachNetworkInterface` would send for this request now, sending only reads: every ECS call in order (a stop
   * and a start around the attach when the instance's type attaches only while stopped), or why it would be refused.
   * The user is not asked: nothing changes. The attach itself asks and checks again.
   */
  previewAttach(request: AttachRequest): Promise<PlanPreview>;
  /** Whether the user has turned on read-only mode (every write refused) or dry run (every write shown, not sent). */
  writeMode(): WriteMode;
  /** Fires when the extension read resources of a region again and some changed, or a list finished loading. */
  readonly onDidChangeResources: Event<ResourcesChanged>;
}

export interface AttachRequest {
  readonly regionId: string;
  readonly networkInterfaceId: string;
  readonly instanceId: string;
}

export interface DetachRequest {
  readonly regionId: string;
  readonly networkInterfaceId: string;
}

/**
 * How a write ended. `done`: ECS did it. `refused`: a check or ECS refused it (see `code`). `failed`: it was sent and
 * did not end as asked, or its outcome is unknown. `cancelled`: the user cancelled or declined; nothing was sent.
 * `busy`: the same resource is already being changed. `invalidArgument`: `field` of the request is missing or malformed.
 */
export interface WriteResult {
  readonly outcome: 'done' | 'refused' | 'failed' | 'cancelled' | 'busy' | 'invalidArgument';
  /** ECS's error code, or the extension's (for example `EniPerInstanceLimitExceeded`). */
  readonly code?: string;
  /** The field of the request that was refused (`invalidArgument` only). */
  readonly field?: string;
}

export type PlanPreview =
  | {
      readonly outcome: 'plan';
      /** Every write, in order, as ECS's RPC API takes it: the action, its region and its parameters. */
      readonly calls: ReadonlyArray<{
        readonly action: string;
        readonly regionId: string;
        readonly parameters: Readonly<Record<string, string>>;
      }>;
      /** What the user is told besides the calls: a stop, a production tag. */
      readonly notes: readonly string[];
    }
  /** `codes`: every rule or ECS error that refuses it (for example `InvalidOperation.AvailabilityZoneMismatch`). */
  | { readonly outcome: 'refused'; readonly codes: readonly string[] }
  | { readonly outcome: 'invalidArgument'; readonly field: string };

export interface WriteMode {
  readonly readOnly: boolean;
  readonly dryRun: boolean;
}

export interface NetworkInterfaceSummary {
  readonly networkInterfaceId: string;
  readonly name: string;
  /** `Available`, `Attaching`, `InUse`, `Detaching`, `Deleting`. */
  readonly status: string;
  /** `Primary`, `Secondary`, `Trunk`, `Member`. */
  readonly type: string;
  /** Empty when not attached. */
  readonly instanceId: string;
  readonly zoneId: string;
  readonly vpcId: string;
  readonly vSwitchId: string;
  /** The primary private IPv4 address first, then the secondary ones. */
  readonly privateIpAddresses: readonly string[];
  readonly ipv6Addresses: readonly string[];
  readonly securityGroupIds: readonly string[];
  readonly tags: readonly Tag[];
}

export interface InstanceSummary {
  readonly instanceId: string;
  readonly name: string;
  /** `Pending`, `Running`, `Starting`, `Stopping`, `Stopped`. */
  readonly status: string;
  readonly instanceType: string;
  readonly zoneId: string;
  readonly vpcId: string;
  readonly privateIpAddress: string;
  readonly tags: readonly Tag[];
}

export interface Tag {
  readonly key: string;
  readonly value: string;
}

export interface ResourcesChanged {
  readonly regionId: string;
}
