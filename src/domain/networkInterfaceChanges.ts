import type { Tag } from './instance';

/** What CreateNetworkInterface is asked to make. Optional fields left undefined are not sent. */
export interface NewNetworkInterface {
  readonly regionId: string;
  readonly vSwitchId: string;
  /** One or more, all of the vSwitch's VPC. */
  readonly securityGroupIds: readonly string[];
  readonly name?: string;
  readonly description?: string;
  readonly primaryIpAddress?: string;
  readonly tags?: readonly Tag[];
  /** Makes the request idempotent in ECS (at most 64 ASCII characters). */
  readonly clientToken?: string;
}

/** What ModifyNetworkInterfaceAttribute changes; a field left undefined is not sent and stays as it is. */
export interface NetworkInterfaceChange {
  readonly name?: string;
  readonly description?: string;
  /** Replaces the ENI's security groups. */
  readonly securityGroupIds?: readonly string[];
}

/** Which addresses to assign: a number for ECS to pick, or the addresses themselves. */
export type AddressRequest = { readonly count: number } | { readonly addresses: readonly string[] };
