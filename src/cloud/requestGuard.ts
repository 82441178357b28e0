import { isInstanceId, isNetworkInterfaceId } from '../domain/ids';
import { isRegionId } from '../domain/regions';
import { parseEndpoint } from './connectionSettings';
import { EcsError } from './ecsError';

/** The vSwitch and security group ids ECS hands out, in the form of the instance and ENI ids of `domain/ids`. */
const VSWITCH_ID = /^vsw-[a-z0-9]{6,40}$/;
const SECURITY_GROUP_ID = /^sg-[a-z0-9]{6,40}$/;

const isResourceId = (id: unknown): boolean =>
  typeof id === 'string' && (isInstanceId(id) || isNetworkInterfaceId(id) || VSWITCH_ID.test(id) || SECURITY_GROUP_ID.test(id));

/** The SDK wants the host and the protocol apart: a scheme in its endpoint breaks the URL it builds. */
export function endpointParts(endpoint: string, action: string): { host: string; protocol: string } {
  const parsed = parseEndpoint(endpoint);
  if (parsed.kind !== 'custom') {
    const problem = parsed.kind === 'unusable' ? parsed.problem : 'No endpoint.';
    throw new EcsError('InvalidEndpoint', problem, undefined, undefined, undefined, action, undefined, problem);
  }
  const url = new URL(parsed.url);
  return { host: url.host, protocol: url.protocol.replace(':', '') };
}

/**
 * The last gate before a request is built: the SDK turns the region id into the host name it calls
 * (`ecs.<regionId>.aliyuncs.com`), so a malformed one could send the signed request anywhere.
 */
export function refuseBeforeSending(
  action: string,
  regionId: string | undefined,
  resourceIds: readonly string[],
  endpointProblem?: string,
): void {
  if (endpointProblem !== undefined) {
    throw new EcsError('InvalidEndpoint', endpointProblem, undefined, undefined, undefined, action, undefined, endpointProblem);
  }
  if (regionId !== undefined && (typeof regionId !== 'string' || !isRegionId(regionId))) {
    throw new EcsError(
      'InvalidRegionId.Malformed',
      'The region id is not of the form ECS uses (such as cn-hangzhou); nothing was sent.',
      undefined,
      undefined,
      undefined,
      action,
    );
  }
  if (resourceIds.some((id) => !isResourceId(id))) {
    throw new EcsError(
      'InvalidParameter',
      'A resource id is not of the form ECS uses (such as i-…, eni-…, vsw-… or sg-…); nothing was sent.',
      undefined,
      undefined,
      undefined,
      action,
    );
  }
}
