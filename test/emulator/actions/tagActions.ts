import { EmulatorError } from '../errors';
import type { EmAccount, EmTag } from '../model';
import { type ActionContext, region } from './context';
import { checkTags, MAX_TAGS, requestTags } from './eniRules';

/**
 * TagResources and UntagResources (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-tagresources,
 * https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-untagresources): up to 50 resources
 * and 20 tags a request, 20 tags a resource, a tag with an existing key overwrites it. All or nothing.
 */

const MAX_RESOURCES = 50;
/** The resource types the references list; the emulator holds ENIs and instances, so the others never have a resource. */
const RESOURCE_TYPES = new Set([
  'instance',
  'disk',
  'snapshot',
  'image',
  'securitygroup',
  'volume',
  'eni',
  'ddh',
  'ddhcluster',
  'keypair',
  'launchtemplate',
  'reservedinstance',
  'snapshotpolicy',
  'elasticityassurance',
  'capacityreservation',
  'command',
  'invocation',
  'activation',
  'managedinstance',
]);

interface Tagged {
  tags: EmTag[];
}

/** The resources named, all of the type and region given; else nothing is changed. */
function resources(context: ActionContext): Tagged[] {
  const { params, account } = context;
  const regionId = region(context).regionId;
  const type = params.optional('ResourceType');
  if (type === undefined) {
    throw new EmulatorError('MissingParameter.ResourceType', 404, 'The parameter - ResourceType should not be null.');
  }
  if (!RESOURCE_TYPES.has(type)) {
    throw new EmulatorError('InvalidResourceType.NotFound', 404, 'The ResourceType provided does not exist in our records.');
  }
  const ids = params.list('ResourceId');
  if (ids.length === 0) {
    throw new EmulatorError('MissingParameter.ResourceIds', 404, 'The parameter - ResourceIds.N should not be null.');
  }
  if (ids.length > MAX_RESOURCES) {
    throw new EmulatorError('NumberExceed.ResourceIds', 400, "The ResourceIds parameter's number is exceed , Valid : 50.");
  }
  return ids.map((id) => {
    const found = resourceOf(account, type, id);
    if (!found || found.regionId !== regionId) {
      throw new EmulatorError('InvalidResourceId.NotFound', 404, 'The specified ResourceIds are not found in our records.');
    }
    return found;
  });
}

function resourceOf(account: EmAccount, type: string, id: string): (Tagged & { regionId: string }) | undefined {
  if (type === 'eni') {
    return account.networkInterfaces.get(id);
  }
  return type === 'instance' ? account.instances.get(id) : undefined;
}

export function tagResources(context: ActionContext): Record<string, unknown> {
  const targets = resources(context);
  const tags = requestTags(context.params);
  if (tags.length === 0) {
    throw new EmulatorError('MissingParameter.Tags', 404, 'The parameter - Tags should not be null.');
  }
  if (tags.length > MAX_TAGS) {
    throw new EmulatorError('NumberExceed.Tags', 400, "The Tags parameter's number is exceed , Valid : 20.");
  }
  checkTags(tags);
  const merged = targets.map((target) => [
    ...target.tags.filter((tag) => !tags.some((added) => added.key === tag.key)),
    ...tags.map((tag) => ({ ...tag })),
  ]);
  if (merged.some((list) => list.length > MAX_TAGS)) {
    throw new EmulatorError('OperationDenied.QuotaExceed', 400, 'The quota of tags on resource is beyond permitted range.');
  }
  targets.forEach((target, index) => {
    target.tags = merged[index] ?? target.tags;
  });
  return {};
}

/** Without TagKey.N and without All=true nothing is removed (the reference does not say; this is our choice). */
export function untagResources(context: ActionContext): Record<string, unknown> {
  const targets = resources(context);
  const keys = context.params.list('TagKey');
  const all = context.params.optional('All') === 'true';
  if (keys.length > MAX_TAGS) {
    throw new EmulatorError('NumberExceed.Tags', 400, "The Tags parameter's number is exceed , Valid : 20.");
  }
  if (all && keys.length > 0) {
    throw new EmulatorError('Param.Conflict', 403, 'The specified all is true, but the specified TagKey.N is not empty.');
  }
  for (const target of targets) {
    target.tags = all ? [] : target.tags.filter((tag) => !keys.includes(tag.key));
  }
  return {};
}
