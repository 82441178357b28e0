import { type FilterTerm, parseFilter } from './filterQuery';
import type { Tag } from './instance';

export type { FilterQualifier, FilterTerm } from './filterQuery';

/** A security group as the filter sees it; `name` is empty while the region's groups are not loaded. */
export interface FilterableSecurityGroup {
  readonly id: string;
  readonly name: string;
}

/** What the tree's filter looks at in a resource. A network field left out matches no qualifier of it. */
export interface Filterable {
  readonly id: string;
  readonly name: string;
  /** Every address: private IPv4 (primary and secondary), IPv6, public IP and EIP. */
  readonly ips: readonly string[];
  readonly tags: readonly Tag[];
  readonly status: string;
  readonly vpcId?: string;
  readonly vSwitchId?: string;
  readonly zoneId?: string;
  readonly securityGroups?: readonly FilterableSecurityGroup[];
}

const lower = (text: string | undefined): string => (text ?? '').toLowerCase();

function matchesText(resource: Filterable, value: string): boolean {
  return (
    lower(resource.id).includes(value) ||
    lower(resource.name).includes(value) ||
    resource.ips.some((ip) => lower(ip).startsWith(value)) ||
    resource.tags.some((tag) => lower(tag.key) === value || lower(tag.value) === value)
  );
}

function matchesTerm(resource: Filterable, term: FilterTerm): boolean {
  switch (term.kind) {
    case 'text':
      return matchesText(resource, term.value);
    case 'tag':
      return resource.tags.some(
        (tag) => (term.key === '' || lower(tag.key) === term.key) && (term.value === '' || lower(tag.value).includes(term.value)),
      );
    case 'status':
      return lower(resource.status) === term.value;
    case 'vpc':
      return lower(resource.vpcId) === term.value;
    case 'vswitch':
      return lower(resource.vSwitchId) === term.value;
    case 'zone':
      return lower(resource.zoneId) === term.value;
    case 'sg':
      return (resource.securityGroups ?? []).some(
        (group) => lower(group.id) === term.value || (group.name !== '' && lower(group.name).startsWith(term.value)),
      );
  }
}

const lowered = (term: FilterTerm): FilterTerm =>
  term.kind === 'tag' ? { ...term, key: lower(term.key), value: lower(term.value) } : { ...term, value: lower(term.value) };

/**
 * The filter text read once, for many resources. A resource matches when every term does:
 * - free text: part of the name or id, the start of any of its addresses, or a whole tag key or value;
 * - `key=value`: a tag with that whole key and a value containing that (either side may be empty to match any);
 * - `status:`, `vpc:`, `vswitch:`, `zone:`: that whole status or id;
 * - `sg:`: one of its security groups, by whole id or by the start of its name.
 * Case never matters. No term, no filtering.
 */
export function compileFilter(text: string): (resource: Filterable) => boolean {
  const terms = parseFilter(text).map(lowered);
  return (resource) => terms.every((term) => matchesTerm(resource, term));
}

/** The terms in effect, as written, for the view to say what the filter does. */
export function describeFilter(text: string): readonly FilterTerm[] {
  return parseFilter(text);
}
