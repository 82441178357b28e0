/**
 * Cloud Assistant as ECS reports it: whether an instance's agent answers, and how a command run stands on each
 * instance (https://www.alibabacloud.com/help/en/ecs/user-guide/overview-10).
 */

/** An instance's agent (DescribeCloudAssistantStatus). */
export interface AgentStatus {
  readonly instanceId: string;
  /** ECS heard from the agent in the last two minutes. */
  readonly online: boolean;
  /** Empty when the agent is not installed or not running. */
  readonly version: string;
  /** Whether it takes Session Manager's terminal sessions. */
  readonly supportsSessions: boolean;
}

/** A command run on one instance: its state, its output so far (decoded) and how it ended. */
export interface InstanceRun {
  readonly instanceId: string;
  /** Per-instance InvocationStatus: Pending, Running, Success, Failed, Timeout, Cancelled, Aborted, Invalid, Error, Stopping, Terminated… */
  readonly status: string;
  readonly output: string;
  /** Bytes of output ECS dropped past its first 24 KB. */
  readonly dropped: number;
  readonly exitCode: number | undefined;
  /** Why it failed, as ECS names it (ExitCodeNonzero, ExecutionTimeout, InstanceNotRunning…); empty when it did not. */
  readonly errorCode: string;
  readonly startTime: string;
  readonly finishedTime: string;
}

/** A one-time command's per-instance states that change no more. */
const SETTLED = new Set(['Success', 'Failed', 'Timeout', 'Cancelled', 'Aborted', 'Invalid', 'Error', 'Terminated', 'Stopped']);

export const isSettledRun = (run: Pick<InstanceRun, 'status'>): boolean => SETTLED.has(run.status);

/** The script to run and where: a one-time shell script (RunCommand). */
export interface CommandRunRequest {
  readonly regionId: string;
  readonly instanceIds: readonly string[];
  readonly script: string;
  /** Shown in ECS's console among the command runs. */
  readonly name: string;
  readonly timeoutSeconds: number;
  /** Makes the retries of one request idempotent. */
  readonly clientToken?: string;
}

/** RunCommand takes at most 100 instances; InstallCloudAssistant 50. */
export const MAX_RUN_INSTANCES = 100;
export const MAX_INSTALL_INSTANCES = 50;
/** The script, encoded in Base64, may hold 24 KB. */
export const MAX_SCRIPT_BASE64_BYTES = 24 * 1024;

/** Session Manager's terminal needs at least this agent on Linux (StartTerminalSession's reference). */
export const SESSION_MIN_AGENT_VERSION = '2.2.3.256';

/** Whether a dotted version (2.2.3.857) is at least another; a part that is not a number counts as 0. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const held = version.split('.').map((part) => Number(part) || 0);
  const wanted = minimum.split('.').map((part) => Number(part) || 0);
  for (let index = 0; index < Math.max(held.length, wanted.length); index += 1) {
    const difference = (held[index] ?? 0) - (wanted[index] ?? 0);
    if (difference !== 0) {
      return difference > 0;
    }
  }
  return true;
}

/** How the agent of an instance stands, for its row: unknown until read. */
export type AgentLook = 'unknown' | 'online' | 'tooOld' | 'silent';

export function agentLook(agent: AgentStatus | undefined, listRead: boolean): AgentLook {
  if (!listRead) {
    return 'unknown';
  }
  if (!agent?.online) {
    return 'silent';
  }
  return versionAtLeast(agent.version, SESSION_MIN_AGENT_VERSION) ? 'online' : 'tooOld';
}
