export type InstanceStatus = 'Pending' | 'Running' | 'Starting' | 'Stopping' | 'Stopped';

export interface Tag {
  readonly key: string;
  readonly value: string;
}

export interface Instance {
  readonly instanceId: string;
  readonly instanceName: string;
  readonly regionId: string;
  readonly zoneId: string;
  readonly status: InstanceStatus | string;
  readonly instanceType: string;
  readonly vpcId: string;
  readonly vSwitchId: string;
  readonly privateIpAddress: string;
  readonly securityGroupIds: readonly string[];
  /** ISO time of the last start, as ECS reports it (minute precision). */
  readonly startTime: string;
  readonly networkInterfaceIds: readonly string[];
  readonly tags: readonly Tag[];
  /** The resource as the API returned it, with ECS's own field names, for Show Properties. */
  readonly properties: Readonly<Record<string, unknown>>;
}
