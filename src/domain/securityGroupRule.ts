/**
 * One rule of a security group, as DescribeSecurityGroupAttribute reports it in `Permissions.Permission`
 * (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describesecuritygroupattribute).
 */
export interface SecurityGroupRule {
  readonly securityGroupRuleId: string;
  readonly direction: 'ingress' | 'egress' | string;
  /** `TCP`, `UDP`, `ICMP`, `ICMPv6`, `GRE` or `ALL`. */
  readonly ipProtocol: string;
  /** `22/22`, `1/65535`, or `-1/-1` for protocols without ports. */
  readonly portRange: string;
  /** Where inbound traffic comes from: an IPv4 or IPv6 CIDR block, or a security group; empty fields are not used. */
  readonly sourceCidrIp: string;
  readonly ipv6SourceCidrIp: string;
  readonly sourceGroupId: string;
  /** Where outbound traffic goes to, likewise. */
  readonly destCidrIp: string;
  readonly ipv6DestCidrIp: string;
  readonly destGroupId: string;
  /** `Accept` or `Drop`. */
  readonly policy: string;
  /** 1 (first) to 100. */
  readonly priority: number;
  readonly description: string;
}

/** A security group's rules and the group's own name and description. */
export interface SecurityGroupRules {
  readonly securityGroupId: string;
  readonly securityGroupName: string;
  readonly description: string;
  readonly vpcId: string;
  readonly rules: readonly SecurityGroupRule[];
}
