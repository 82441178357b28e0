/** A vSwitch (subnet) of a VPC, as ECS's DescribeVSwitches reports it. */
export interface VSwitch {
  readonly vSwitchId: string;
  readonly vSwitchName: string;
  readonly regionId: string;
  readonly vpcId: string;
  readonly zoneId: string;
  /** IPv4 CIDR block, for example `172.16.181.0/24`. */
  readonly cidrBlock: string;
  /** IPv6 CIDR block, for example `2001:db8:10:ff00::/64`; empty when IPv6 is not enabled on the vSwitch. */
  readonly ipv6CidrBlock: string;
  /** `Available` or `Pending`. */
  readonly status: string;
  readonly availableIpAddressCount: number;
}

/** A security group, as ECS's DescribeSecurityGroups reports it. */
export interface SecurityGroup {
  readonly securityGroupId: string;
  readonly securityGroupName: string;
  readonly regionId: string;
  /** Empty for a classic-network group. */
  readonly vpcId: string;
  readonly description: string;
}
