import { EmulatorError } from '../errors';
import type { EmAccount, EmSecurityGroup, EmTag } from '../model';
import type { Params } from '../params';

/**
 * The format rules CreateNetworkInterface, ModifyNetworkInterfaceAttribute and TagResources share, as the API
 * reference states them (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-createnetworkinterface,
 * https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-modifynetworkinterfaceattribute,
 * https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-tagresources).
 */

/** Tags on one resource, and tags in one request (https://www.alibabacloud.com/help/en/ecs/user-guide/limits). */
export const MAX_TAGS = 20;
const MAX_TAG_TEXT = 128;
const WEB_ADDRESS = /https?:\/\//;

/**
 * 2 to 128 characters, starting with a letter (Chinese ones included); then letters, digits, `:`, `_`, `.` and `-`.
 * The references differ on the period (Create's newer text and Modify's allow it); we allow it in both.
 */
const NETWORK_INTERFACE_NAME = /^\p{L}[\p{L}\p{N}:_.-]{1,127}$/u;

/** A name that was sent; undefined when absent or empty (an empty value is not sent by the SDK, and changes nothing). */
export function networkInterfaceName(params: Params): string | undefined {
  const name = params.optional('NetworkInterfaceName');
  if (name !== undefined && (!NETWORK_INTERFACE_NAME.test(name) || /^https?:\/\//.test(name))) {
    throw new EmulatorError('InvalidParams.NetworkInterfaceName', 403, 'The specified parameter NetworkInterfaceName is not valid.');
  }
  return name;
}

/**
 * 2 characters or more, not starting with `http://` or `https://`; at most 256 for Create and 255 for Modify, as each
 * reference says. ECS documents no ENI-specific code; `InvalidDescription.Malformed` is what its other actions answer.
 */
export function description(params: Params, maxLength: number): string | undefined {
  const text = params.optional('Description');
  if (text !== undefined && ([...text].length < 2 || [...text].length > maxLength || /^https?:\/\//.test(text))) {
    throw new EmulatorError('InvalidDescription.Malformed', 400, 'The specified parameter "Description" is not valid.');
  }
  return text;
}

/** `Tag.N.Key` and `Tag.N.Value`, N from 1 while either is present; the count is the caller's to limit. */
export function requestTags(params: Params): EmTag[] {
  const tags: EmTag[] = [];
  for (let n = 1; ; n += 1) {
    const key = params.raw(`Tag.${n}.Key`);
    const value = params.raw(`Tag.${n}.Value`);
    if (key === undefined && value === undefined) {
      return tags;
    }
    tags.push({ key: key ?? '', value: value ?? '' });
  }
}

/** Keys: 1 to 128 characters, not starting with `aliyun` or `acs:`; values: up to 128, not starting with `acs:`; neither holding a web address. */
export function checkTags(tags: readonly EmTag[]): void {
  const keys = new Set<string>();
  for (const { key, value } of tags) {
    if (key === '' || [...key].length > MAX_TAG_TEXT || key.startsWith('aliyun') || key.startsWith('acs:') || WEB_ADDRESS.test(key)) {
      throw new EmulatorError('InvalidTagKey.Malformed', 400, 'The specified Tag.n.Key is not valid.');
    }
    if ([...value].length > MAX_TAG_TEXT || value.startsWith('acs:') || WEB_ADDRESS.test(value)) {
      throw new EmulatorError('InvalidTagValue.Malformed', 400, 'The specified Tag.n.Value is not valid.');
    }
    if (keys.has(key)) {
      throw new EmulatorError('Duplicate.TagKey', 400, 'The Tag.N.Key contain duplicate key.');
    }
    keys.add(key);
  }
}

/**
 * The security groups an ENI is to join: no repeats, at most the account's per-ENI limit (5 unless raised to 10 or
 * 16, https://www.alibabacloud.com/help/en/ecs/user-guide/limits), each an existing VPC group of the ENI's VPC.
 */
export function securityGroupsFor(account: EmAccount, regionId: string, vpcId: string, ids: readonly string[]): EmSecurityGroup[] {
  if (new Set(ids).size !== ids.length) {
    throw new EmulatorError('InvalidParameter.SecurityGroupIdRepeated', 400, 'The specified security group ids has repeated.');
  }
  if (ids.length > account.securityGroupsPerEni) {
    throw new EmulatorError(
      'JoinedGroupLimitExceed',
      400,
      `A network interface can join at most ${account.securityGroupsPerEni} security groups; ${ids.length} were specified.`,
    );
  }
  return ids.map((id) => {
    const group = account.securityGroups.get(id);
    if (!group || group.regionId !== regionId) {
      throw new EmulatorError('InvalidSecurityGroupId.NotFound', 404, 'The specified SecurityGroupId does not exist.');
    }
    if (group.vpcId === '') {
      throw new EmulatorError('InvalidSecurityGroupId.NotVpc', 403, 'The specified security group is not of the VPC network type.');
    }
    if (group.vpcId !== vpcId) {
      throw new EmulatorError('InvalidOperation.VpcMismatch', 403, 'The specified security group and vSwitch are not in the same VPC.');
    }
    return group;
  });
}
