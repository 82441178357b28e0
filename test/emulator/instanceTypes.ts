/** The instance types the emulator knows, with the ENI fields of DescribeInstanceTypes. */
export interface EmInstanceType {
  instanceTypeId: string;
  family: string;
  level: 'EntryLevel' | 'EnterpriseLevel' | 'CreditEntryLevel';
  cpu: number;
  memoryGiB: number;
  /** Maximum ENIs per instance, the primary ENI included. */
  eniQuantity: number;
  eniPrivateIpAddressQuantity: number;
  eniIpv6AddressQuantity: number;
  eniTotalQuantity: number;
  eniTrunkSupported: boolean;
  networkCardIndexes: number[];
  /** Not I/O optimized: ECS refuses ENIs on such (previous-generation) types. */
  ioOptimized: boolean;
}

const type = (
  instanceTypeId: string,
  level: EmInstanceType['level'],
  cpu: number,
  memoryGiB: number,
  eniQuantity: number,
  ips: number,
  ipv6: number,
  extra: Partial<EmInstanceType> = {},
): EmInstanceType => ({
  instanceTypeId,
  family: instanceTypeId.split('.').slice(0, 2).join('.').replace(/-.*$/, ''),
  level,
  cpu,
  memoryGiB,
  eniQuantity,
  eniPrivateIpAddressQuantity: ips,
  eniIpv6AddressQuantity: ipv6,
  eniTotalQuantity: eniQuantity,
  eniTrunkSupported: false,
  networkCardIndexes: [0],
  ioOptimized: true,
  ...extra,
});

/**
 * ENI counts and private IPv4 addresses per ENI from Alibaba Cloud's instance-family documentation
 * (https://www.alibabacloud.com/help/en/ecs/user-guide/overview-of-instance-families). The IPv6 figures are the
 * emulator's: the enterprise types take IPv6, the shared and burstable ones here do not.
 */
export const INSTANCE_TYPES: readonly EmInstanceType[] = [
  type('ecs.g7.large', 'EnterpriseLevel', 2, 8, 3, 6, 1, { eniTotalQuantity: 6, eniTrunkSupported: true }),
  type('ecs.g7.xlarge', 'EnterpriseLevel', 4, 16, 4, 15, 15, { eniTotalQuantity: 8, eniTrunkSupported: true }),
  type('ecs.g7.32xlarge', 'EnterpriseLevel', 128, 512, 15, 30, 30, {
    eniTotalQuantity: 32,
    eniTrunkSupported: true,
    networkCardIndexes: [0, 1],
  }),
  type('ecs.g6.large', 'EnterpriseLevel', 2, 8, 2, 6, 1),
  type('ecs.g6.xlarge', 'EnterpriseLevel', 4, 16, 3, 10, 10),
  type('ecs.c6.large', 'EnterpriseLevel', 2, 4, 2, 6, 1),
  type('ecs.t6-c1m1.large', 'CreditEntryLevel', 2, 2, 2, 2, 0),
  type('ecs.t6-c1m2.large', 'CreditEntryLevel', 2, 4, 2, 2, 0),
  type('ecs.t5-lc1m2.small', 'CreditEntryLevel', 1, 2, 2, 2, 0),
  type('ecs.s6-c1m2.small', 'EntryLevel', 1, 2, 2, 2, 0),
  type('ecs.n4.small', 'EntryLevel', 1, 2, 2, 2, 0),
  type('ecs.t1.small', 'EntryLevel', 1, 1, 1, 1, 0, { ioOptimized: false }),
];

/**
 * Instance types whose instances must be Stopped to attach or detach an ENI
 * (the "Bind a secondary ENI" documentation, https://www.alibabacloud.com/help/en/doc-detail/58503.htm).
 */
export const STOPPED_ONLY_TYPES: ReadonlySet<string> = new Set([
  'ecs.s6-c1m1.small',
  'ecs.s6-c1m2.large',
  'ecs.s6-c1m2.small',
  'ecs.s6-c1m4.large',
  'ecs.s6-c1m4.small',
  'ecs.e-c1m1.large',
  'ecs.e-c1m2.large',
  'ecs.e-c1m4.large',
  'ecs.t6-c1m1.large',
  'ecs.t6-c1m2.large',
  'ecs.t6-c1m4.large',
  'ecs.t6-c2m1.large',
  'ecs.t6-c4m1.large',
  'ecs.t5-c1m1.large',
  'ecs.t5-c1m2.large',
  'ecs.t5-c1m4.large',
  'ecs.t5-lc1m1.small',
  'ecs.t5-lc1m2.large',
  'ecs.t5-lc1m2.small',
  'ecs.t5-lc1m4.large',
  'ecs.t5-lc2m1.nano',
  'ecs.xn4.small',
  'ecs.n4.small',
  'ecs.n4.large',
  'ecs.mn4.small',
  'ecs.mn4.large',
  'ecs.e4.small',
  'ecs.e4.large',
]);

export const instanceTypeById = (id: string): EmInstanceType | undefined => INSTANCE_TYPES.find((t) => t.instanceTypeId === id);
