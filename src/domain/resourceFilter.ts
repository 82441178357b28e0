import type { Tag } from './instance';

/** What the tree's filter looks at in a resource. */
export interface Filterable {
  readonly id: string;
  readonly name: string;
  readonly ips: readonly string[];
  readonly tags: readonly Tag[];
  readonly status: string;
}

/**
 * True when the resource matches the filter text: a part of its name, id or IP (case-insensitive),
 * or a tag written `key=value` (either side may be empty to match any) or just a tag key or value, or `status:Available`
 * (the status, whole, case-insensitive: the unattached ENIs of a region, for example).
 */
export function matchesFilter(resource: Filterable, text: string): boolean {
  const query = text.trim().toLowerCase();
  if (query === '') {
    return true;
  }
  if (query.startsWith('status:')) {
    return resource.status.toLowerCase() === query.slice('status:'.length).trim();
  }
  const equals = query.indexOf('=');
  if (equals > 0 || (equals === 0 && query.length > 1)) {
    const key = query.slice(0, equals).trim();
    const value = query.slice(equals + 1).trim();
    return resource.tags.some(
      (tag) => (key === '' || tag.key.toLowerCase() === key) && (value === '' || tag.value.toLowerCase().includes(value)),
    );
  }
  return (
    resource.id.toLowerCase().includes(query) ||
    resource.name.toLowerCase().includes(query) ||
    resource.ips.some((ip) => ip.startsWith(query)) ||
    resource.tags.some((tag) => tag.key.toLowerCase() === query || tag.value.toLowerCase() === query)
  );
}
