import * as vscode from 'vscode';
import type { SecurityGroupRule, SecurityGroupRules } from '../../domain/securityGroupRule';

/** Text for a Markdown table cell: pipes, backslashes and line breaks cannot break out of it. */
const cell = (text: string): string =>
  text
    .replace(/[\\|`*_<>[\]]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim();

const firstOf = (...values: string[]): string => values.find((value) => value !== '') ?? '';

function table(rules: readonly SecurityGroupRule[], inbound: boolean): string[] {
  if (rules.length === 0) {
    return [vscode.l10n.t('No rules.')];
  }
  const peer = inbound ? vscode.l10n.t('Source') : vscode.l10n.t('Destination');
  const header = [
    vscode.l10n.t('Priority'),
    vscode.l10n.t('Policy'),
    vscode.l10n.t('Protocol'),
    vscode.l10n.t('Ports'),
    peer,
    vscode.l10n.t('Description'),
  ];
  const rows = [...rules]
    .sort((a, b) => a.priority - b.priority)
    .map((rule) => [
      String(rule.priority),
      rule.policy,
      rule.ipProtocol,
      rule.portRange === '-1/-1' ? vscode.l10n.t('all') : rule.portRange,
      inbound
        ? firstOf(rule.sourceCidrIp, rule.ipv6SourceCidrIp, rule.sourceGroupId)
        : firstOf(rule.destCidrIp, rule.ipv6DestCidrIp, rule.destGroupId),
      rule.description,
    ]);
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`);
}

/** A security group's rules as a read-only Markdown document: inbound, then outbound, each by priority. */
export function securityGroupDocument(group: SecurityGroupRules): string {
  const title = group.securityGroupName ? `${group.securityGroupName} (${group.securityGroupId})` : group.securityGroupId;
  return [
    `# ${cell(title)}`,
    '',
    cell([group.vpcId, group.description].filter(Boolean).join(' · ')),
    '',
    `## ${vscode.l10n.t('Inbound')}`,
    '',
    ...table(
      group.rules.filter((rule) => rule.direction === 'ingress'),
      true,
    ),
    '',
    `## ${vscode.l10n.t('Outbound')}`,
    '',
    ...table(
      group.rules.filter((rule) => rule.direction === 'egress'),
      false,
    ),
    '',
  ].join('\n');
}
