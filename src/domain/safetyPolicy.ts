import type { EcsRequest } from './export/ecsRequest';
import type { Tag } from './instance';

/**
 * The safety policy (`alicloudEcs.askTwiceWhenTagged`): tag conditions under which every write asks once more. A
 * condition is `key=value`, or `key` alone for any value; keys and values compare exactly, as ECS keeps them.
 */
export interface TagCondition {
  readonly key: string;
  /** Undefined: any value. */
  readonly value?: string;
}

/** ECS allows 128 characters in a tag key and 128 in a value. */
const MAX_CONDITION_LENGTH = 257;

/** The conditions of a setting's value; anything that is not a non-empty `key` or `key=value` text is left out. */
export function parseTagConditions(value: unknown): TagCondition[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((item): TagCondition[] => {
    if (typeof item !== 'string' || item.length > MAX_CONDITION_LENGTH) {
      return [];
    }
    const equals = item.indexOf('=');
    const key = (equals < 0 ? item : item.slice(0, equals)).trim();
    if (key === '') {
      return [];
    }
    return [equals < 0 ? { key } : { key, value: item.slice(equals + 1).trim() }];
  });
}

export const conditionText = (condition: TagCondition): string =>
  condition.value === undefined ? condition.key : `${condition.key}=${condition.value}`;

/** The tags among `tags` that one of the conditions names. */
export function tagsAskedAbout(conditions: readonly TagCondition[], tags: readonly Tag[]): Tag[] {
  return tags.filter((tag) => conditions.some((c) => c.key === tag.key && (c.value === undefined || c.value === tag.value)));
}

/** The tags a request itself carries (`Tag.N.Key`, `Tag.N.Value`): those a create or a tag write gives a resource. */
export function requestTags(request: EcsRequest): Tag[] {
  const keys = new Map<string, string>();
  const values = new Map<string, string>();
  for (const [name, value] of request.params) {
    const match = /^Tag\.(\d+)\.(Key|Value)$/.exec(name);
    if (match?.[1] !== undefined) {
      (match[2] === 'Key' ? keys : values).set(match[1], value);
    }
  }
  return [...keys].map(([index, key]) => ({ key, value: values.get(index) ?? '' }));
}
