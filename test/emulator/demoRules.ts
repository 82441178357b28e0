import type { AccountBuilder } from './accountBuilder';
import type { EmSecurityGroupRule } from './model';

type Rule = Omit<EmSecurityGroupRule, 'securityGroupRuleId'>;

const rule = (
  direction: Rule['direction'],
  ipProtocol: Rule['ipProtocol'],
  portRange: string,
  peer: string,
  description: string,
  fields: Partial<Pick<Rule, 'policy' | 'priority'>> = {},
): Rule => ({ direction, ipProtocol, portRange, peer, description, policy: fields.policy ?? 'Accept', priority: fields.priority ?? 1 });

const ANYWHERE = '0.0.0.0/0';
const ANYWHERE_V6 = '::/0';
const ALL_OUT = rule('egress', 'ALL', '-1/-1', ANYWHERE, 'All outbound traffic');

/** The demo account's security groups with rules as a real account would have them, inbound and outbound. */
export function demoSecurityGroupRules(b: AccountBuilder): void {
  b.rules('sg-bp16q7p8yafqaure63n4', [
    rule('ingress', 'TCP', '80/80', ANYWHERE, 'HTTP from the internet'),
    rule('ingress', 'TCP', '443/443', ANYWHERE, 'HTTPS from the internet'),
    rule('ingress', 'TCP', '443/443', ANYWHERE_V6, 'HTTPS over IPv6'),
    rule('ingress', 'TCP', '22/22', 'sg-bp1mgmt9b2n4v6c8x0z3', 'SSH from the bastion'),
    rule('ingress', 'ICMP', '-1/-1', ANYWHERE, 'Ping'),
    ALL_OUT,
  ]);
  b.rules('sg-bp1d3fau1t7xq9w2k5m8', [
    rule('ingress', 'ALL', '-1/-1', 'sg-bp1d3fau1t7xq9w2k5m8', 'Within the group', { priority: 100 }),
    rule('ingress', 'TCP', '22/22', ANYWHERE, 'SSH', { priority: 100 }),
    ALL_OUT,
  ]);
  b.rules('sg-bp1db4cc3ss6r8t0y2u5', [
    rule('ingress', 'TCP', '3306/3306', 'sg-bp16q7p8yafqaure63n4', 'MySQL from the web servers'),
    rule('ingress', 'ALL', '-1/-1', ANYWHERE, 'Nothing else', { policy: 'Drop', priority: 100 }),
    rule('egress', 'TCP', '3306/3306', '172.16.0.0/12', 'Replication inside the VPC'),
  ]);
  b.rules('sg-bp1mgmt9b2n4v6c8x0z3', [rule('ingress', 'TCP', '22/22', '203.0.113.0/24', 'SSH from the office'), ALL_OUT]);
  b.rules('sg-bp1fg655nh68xyz9i4eh', [
    rule('egress', 'TCP', '443/443', ANYWHERE, 'HTTPS to package mirrors'),
    rule('egress', 'ALL', '-1/-1', ANYWHERE, 'Nothing else out', { policy: 'Drop', priority: 100 }),
  ]);
  b.rules('sg-bp1st4gweb2s4d6f8g0h', [rule('ingress', 'TCP', '80/80', '198.51.100.0/24', 'HTTP from the office'), ALL_OUT]);
  b.rules('sg-uf6bpwh0vb4x9m2yg2rf', [rule('ingress', 'TCP', '443/443', '192.168.0.0/16', 'HTTPS from the load balancer'), ALL_OUT]);
}
