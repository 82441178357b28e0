import { EmulatorError, errors } from '../errors';
import { agentOnline, agentVersionAtLeast, guestOf, SESSION_MIN_AGENT_VERSION } from '../guest/guest';
import { SESSIONS_PER_INSTANCE, SESSIONS_PER_REGION } from '../guest/terminalSessions';
import { instancesNamed } from './cloudAssistantActions';
import { type ActionContext, region } from './context';

/** Port forwarding, another target, a command line, a user, encryption: not modelled, refused rather than ignored. */
const UNMODELLED = ['PortNumber', 'TargetServer', 'CommandLine', 'Username', 'PasswordName', 'EncryptionOptions'];

/**
 * Opens a Session Manager session on one instance: Running, its agent online and recent enough, within the session
 * quotas. The reference names no codes for the quotas; the emulator answers SessionCount.ExceedQuota (403), after
 * Cloud Assistant's CmdCount.ExceedQuota (docs/api-actions.md).
 */
export function startTerminalSession(context: ActionContext): Record<string, unknown> {
  const { params, account, world } = context;
  const regionId = region(context).regionId;
  if (UNMODELLED.some((name) => params.raw(name) !== undefined)) {
    throw errors.unsupportedParameter();
  }
  const connection = params.optional('ConnectionType') ?? 'Internet';
  if (connection !== 'Internet' && connection !== 'Intranet') {
    throw new EmulatorError('InvalidParameter', 400, 'The specified ConnectionType is not valid.');
  }
  // A session opens on one instance; `required` makes the list never empty.
  const [instance] = instancesNamed(context, regionId, 1, true);
  if (!instance) {
    throw new EmulatorError('MissingParam.InstanceId', 400, 'The parameter InstanceId is missing.');
  }
  if (!agentOnline(instance) || !agentVersionAtLeast(guestOf(instance).agent.version ?? '', SESSION_MIN_AGENT_VERSION)) {
    throw new EmulatorError(
      'InvalidInstance.NotMatch',
      403,
      'The instance must be Running, with a Cloud Assistant agent of version 2.2.3.256 or later online.',
    );
  }
  const sessions = world.sessions;
  if (
    sessions.live((session) => session.instance === instance) >= SESSIONS_PER_INSTANCE ||
    sessions.live((session) => session.instance.regionId === regionId && session.account === account) >= SESSIONS_PER_REGION
  ) {
    throw new EmulatorError('SessionCount.ExceedQuota', 403, 'The number of sessions exceeds the quota.');
  }
  const session = sessions.open(account, instance, world.clock.now());
  return {
    SessionId: session.sessionId,
    SecurityToken: session.token,
    WebSocketUrl: `${sessions.baseUrl}/session?sessionId=${session.sessionId}&token=${session.token}`,
  };
}
