import type { Violation } from './attachRules';
import type { Tag } from './instance';
import { fill } from './text';

/**
 * The formats ECS accepts for an ENI's name, description and tags, each naming the error code it spares the user:
 * https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-createnetworkinterface,
 * https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-modifynetworkinterfaceattribute,
 * https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-tagresources.
 */

export type NamingRule = 'nameFormat' | 'descriptionFormat' | 'tagCount' | 'tagKey' | 'tagValue' | 'tagDuplicate';

export const NAMING_TEXTS = {
  nameLength: 'A name is 2 to 128 characters long; “{0}” has {1}.',
  nameStart: 'A name starts with a letter or a Chinese character.',
  nameCharacters: 'A name holds only letters, Chinese characters, digits, periods (.), underscores (_), hyphens (-) and colons (:).',
  nameUrl: 'A name cannot start with http:// or https://.',
  descriptionLength: 'A description is 2 to 255 characters long; this one has {0}.',
  descriptionUrl: 'A description cannot start with http:// or https://.',
  tagCount: 'A network interface holds at most {0} tags; this would give it {1}.',
  tagKeyEmpty: 'A tag needs a key.',
  tagKeyLength: 'The tag key “{0}” is longer than 128 characters.',
  tagKeyPrefix: 'The tag key “{0}” starts with aliyun or acs:, which Alibaba Cloud keeps for itself.',
  tagKeyUrl: 'The tag key “{0}” contains http:// or https://.',
  tagValueLength: 'The value of the tag “{0}” is longer than 128 characters.',
  tagValueUrl: 'The value of the tag “{0}” contains http:// or https://.',
  tagValuePrefix: 'The value of the tag “{0}” starts with acs:, which Alibaba Cloud keeps for itself.',
  tagDuplicate: 'The tag key “{0}” is given twice.',
} as const;

export const MAX_TAGS = 20;
const TAG_PART_MAX = 128;
const URL_START = /^https?:\/\//i;
const URL_ANYWHERE = /https?:\/\//i;
/** Letters of any script (Chinese included), then letters, digits and `._-:` (the console's rule, which ECS applies). */
const NAME_START = /^\p{L}/u;
const NAME_CHARACTERS = /^[\p{L}\p{N}._:-]*$/u;

export function namingViolation<R extends string>(rule: R, code: string, text: keyof typeof NAMING_TEXTS, ...args: string[]): Violation<R> {
  const template = NAMING_TEXTS[text];
  return { rule, code, message: fill(template, args), text: { template, args } };
}

/** Why ECS would refuse this ENI name; undefined when it is acceptable. An empty name means "no name". */
export function checkName(name: string): Violation<'nameFormat'> | undefined {
  const code = 'InvalidParams.NetworkInterfaceName';
  if (name === '') {
    return undefined;
  }
  const length = [...name].length;
  if (length < 2 || length > 128) {
    return namingViolation('nameFormat', code, 'nameLength', name, String(length));
  }
  if (URL_START.test(name)) {
    return namingViolation('nameFormat', code, 'nameUrl');
  }
  if (!NAME_START.test(name)) {
    return namingViolation('nameFormat', code, 'nameStart');
  }
  return NAME_CHARACTERS.test(name) ? undefined : namingViolation('nameFormat', code, 'nameCharacters');
}

/** Why ECS would refuse this description; undefined when it is acceptable. An empty one means "no description". */
export function checkDescription(description: string): Violation<'descriptionFormat'> | undefined {
  const code = 'InvalidDescription.Malformed';
  if (description === '') {
    return undefined;
  }
  const length = [...description].length;
  if (length < 2 || length > 255) {
    return namingViolation('descriptionFormat', code, 'descriptionLength', String(length));
  }
  return URL_START.test(description) ? namingViolation('descriptionFormat', code, 'descriptionUrl') : undefined;
}

/**
 * Why ECS would refuse to give a resource these tags (all of them, after the change). More than 20 is refused with
 * `countCode`: CreateNetworkInterface answers `QuotaExceed.Tags`, TagResources `OperationDenied.QuotaExceed`.
 */
export function checkTags(tags: readonly Tag[], countCode = 'QuotaExceed.Tags'): Array<Violation<NamingRule>> {
  const found: Array<Violation<NamingRule>> = [];
  const seen = new Set<string>();
  for (const { key, value } of tags) {
    if (key === '') {
      found.push(namingViolation('tagKey', 'InvalidTagKey.Malformed', 'tagKeyEmpty'));
    } else if ([...key].length > TAG_PART_MAX) {
      found.push(namingViolation('tagKey', 'InvalidTagKey.Malformed', 'tagKeyLength', key));
    } else if (/^(aliyun|acs:)/i.test(key)) {
      found.push(namingViolation('tagKey', 'InvalidTagKey.Malformed', 'tagKeyPrefix', key));
    } else if (URL_ANYWHERE.test(key)) {
      found.push(namingViolation('tagKey', 'InvalidTagKey.Malformed', 'tagKeyUrl', key));
    }
    if ([...value].length > TAG_PART_MAX) {
      found.push(namingViolation('tagValue', 'InvalidTagValue.Malformed', 'tagValueLength', key));
    } else if (URL_ANYWHERE.test(value)) {
      found.push(namingViolation('tagValue', 'InvalidTagValue.Malformed', 'tagValueUrl', key));
    } else if (/^acs:/i.test(value)) {
      found.push(namingViolation('tagValue', 'InvalidTagValue.Malformed', 'tagValuePrefix', key));
    }
    if (seen.has(key)) {
      found.push(namingViolation('tagDuplicate', 'Duplicate.TagKey', 'tagDuplicate', key));
    }
    seen.add(key);
  }
  if (tags.length > MAX_TAGS) {
    found.push(namingViolation('tagCount', countCode, 'tagCount', String(MAX_TAGS), String(tags.length)));
  }
  return found;
}

/** `env=prod, team=net` as tags; a part without `=` is a key with an empty value. */
export function parseTagText(text: string): Tag[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const equals = part.indexOf('=');
      return equals < 0 ? { key: part, value: '' } : { key: part.slice(0, equals).trim(), value: part.slice(equals + 1).trim() };
    });
}

export const formatTagText = (tags: readonly Tag[]): string => tags.map((tag) => `${tag.key}=${tag.value}`).join(', ');

/**
 * Whether the `key=value, …` text can carry this tag unchanged: no comma in it, no `=` in the key, no space at either
 * end. The tag editor leaves the others as they are rather than rewrite them.
 */
export const fitsTagText = (tag: Tag): boolean =>
  !tag.key.includes(',') &&
  !tag.key.includes('=') &&
  !tag.value.includes(',') &&
  tag.key === tag.key.trim() &&
  tag.value === tag.value.trim();
