/** What the attach and address rules need of an instance type (DescribeInstanceTypes). */
export interface InstanceTypeInfo {
  readonly instanceTypeId: string;
  /** Most ENIs an instance of this type can have, the primary one included. */
  readonly eniQuantity: number;
  /** Most private IPv4 addresses one ENI of an instance of this type can have, the primary one included. */
  readonly eniPrivateIpAddressQuantity: number;
  /** Most IPv6 addresses one ENI of an instance of this type can have; 0 when the type does not support IPv6. */
  readonly eniIpv6AddressQuantity: number;
}
