import { EmulatorError } from '../errors';
import { clampMaxResults, tokenPage } from '../paging';
import type { EmSecurityGroupRule } from '../model';
import { type ActionContext, region } from './context';

const DIRECTIONS = new Set(['ingress', 'egress', 'all']);

/**
 * A security group's rules (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describesecuritygroupattribute):
 * Direction `all` unless said; MaxResults 10 to 1,000, 500 by default, with NextToken paging.
 */
export function describeSecurityGroupAttribute(context: ActionContext): Record<string, unknown> {
  const { params, account } = context;
  const regionId = region(context).regionId;
  const id = params.required('SecurityGroupId');
  if (!/^sg-[a-z0-9]{1,40}$/.test(id)) {
    throw new EmulatorError('InvalidSecurityGroupId.Malformed', 400, 'The specified parameter "SecurityGroupId" is not valid.');
  }
  const group = account.securityGroups.get(id);
  if (!group || group.regionId !== regionId) {
    throw new EmulatorError('InvalidSecurityGroupId.NotFound', 404, 'The specified SecurityGroupId does not exist.');
  }
  const direction = params.optional('Direction') ?? 'all';
  if (!DIRECTIONS.has(direction)) {
    throw new EmulatorError('InvalidParameter', 400, 'Direction must be ingress, egress or all.');
  }
  const rules = group.rules.filter((rule) => direction === 'all' || rule.direction === direction);
  const page = tokenPage(rules, params.optional('NextToken'), clampMaxResults(params.integer('MaxResults'), 10, 1000, 500));
  return {
    RegionId: regionId,
    SecurityGroupId: group.securityGroupId,
    SecurityGroupName: group.securityGroupName,
    Description: group.description,
    VpcId: group.vpcId,
    InnerAccessPolicy: 'Accept',
    NextToken: page.nextToken,
    Permissions: { Permission: page.items.map((rule) => wirePermission(rule, group.creationTime)) },
  };
}

function wirePermission(rule: EmSecurityGroupRule, createTime: string): Record<string, unknown> {
  const group = rule.peer.startsWith('sg-') ? rule.peer : '';
  const ipv6 = !group && rule.peer.includes(':') ? rule.peer : '';
  const ipv4 = !group && !ipv6 ? rule.peer : '';
  const inbound = rule.direction === 'ingress';
  return {
    SecurityGroupRuleId: rule.securityGroupRuleId,
    Direction: rule.direction,
    IpProtocol: rule.ipProtocol,
    PortRange: rule.portRange,
    SourceCidrIp: inbound ? ipv4 : '',
    Ipv6SourceCidrIp: inbound ? ipv6 : '',
    SourceGroupId: inbound ? group : '',
    DestCidrIp: inbound ? '' : ipv4,
    Ipv6DestCidrIp: inbound ? '' : ipv6,
    DestGroupId: inbound ? '' : group,
    SourcePortRange: '',
    NicType: 'intranet',
    Policy: rule.policy,
    Priority: String(rule.priority),
    Description: rule.description,
    CreateTime: createTime,
  };
}
