import { EmulatorError } from '../errors';
import type { ActionContext } from './context';

/** ASCII, at most 64 characters (https://www.alibabacloud.com/help/en/ecs/developer-reference/how-to-ensure-idempotence). */
const CLIENT_TOKEN = /^[\x20-\x7e]{1,64}$/;

function clientToken(context: ActionContext): string | undefined {
  const token = context.params.optional('ClientToken');
  if (token !== undefined && !CLIENT_TOKEN.test(token)) {
    throw new EmulatorError('InvalidParameter', 400, 'The specified ClientToken is not valid: at most 64 ASCII characters.');
  }
  return token;
}

/** Every parameter but the ClientToken, in a stable order: what makes two requests "identical". */
function requestFingerprint(context: ActionContext): string {
  return JSON.stringify(
    context.params
      .entries()
      .filter(([name]) => name !== 'ClientToken')
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/**
 * ECS's idempotence: a request that carries the ClientToken of an earlier one gets the earlier answer, and nothing is
 * done twice; with other parameters it is refused. Tokens are kept per action and region.
 */
export function onceByClientToken(
  context: ActionContext,
  action: string,
  regionId: string,
  act: () => Record<string, unknown>,
): Record<string, unknown> {
  const token = clientToken(context);
  const key = `${action}/${regionId}/${token ?? ''}`;
  const earlier = token === undefined ? undefined : context.account.clientTokens.get(key);
  if (earlier) {
    if (earlier.request !== requestFingerprint(context)) {
      throw new EmulatorError(
        'IdempotentParameterMismatch',
        400,
        'Request uses a client token in a previous request but is not identical to that request.',
      );
    }
    return earlier.answer;
  }
  const answer = act();
  if (token !== undefined) {
    context.account.clientTokens.set(key, { request: requestFingerprint(context), answer });
  }
  return answer;
}
