import type { EmAccount, EmInvocation, EmInvocationInstance } from '../model';
import { runScript } from './guestShell';
import type { World } from '../world';

/** Cloud Assistant keeps the first 24 KB of an output; `Dropped` counts the bytes past them. */
export const OUTPUT_LIMIT_BYTES = 24 * 1024;

/** Per-instance states of a one-time command (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describeinvocations). */
export type InstanceInvocationStatus = 'Pending' | 'Running' | 'Success' | 'Failed' | 'Timeout' | 'Cancelled' | 'Aborted';

/** Where one instance's run stands at `now`. */
export interface InstanceRunView {
  readonly status: InstanceInvocationStatus;
  readonly output: Buffer;
  readonly dropped: number;
  readonly exitCode: number | undefined;
  readonly errorCode: string;
  readonly errorInfo: string;
  readonly startedAt: number | undefined;
  readonly finishedAt: number | undefined;
}

const TIMED_OUT = 'ExecutionTimeout';

/** The fixed texts Cloud Assistant pairs with its per-instance error codes (not API errors: fields of a result). */
const ERROR_INFO: Record<string, string> = {
  ExitCodeNonzero: 'the command execution exit code is not zero',
  ExecutionTimeout: 'the command execution has been timeout',
  InstanceNotRunning: 'the specified instance is not running',
  ClientNotRunning: 'the aliyun service is not running on the instance',
};

/** Schedules the start of each instance's run: the agent takes it after the delivery delay and runs the script then. */
export function scheduleRuns(world: World, account: EmAccount, invocation: EmInvocation): void {
  for (const target of invocation.instances) {
    world.schedule(target.startsAt - world.clock.now(), () => {
      const instance = account.instances.get(target.instanceId);
      if (target.stoppedAt !== undefined || !instance) {
        return;
      }
      if (instance.status !== 'Running') {
        target.neverRan = 'InstanceNotRunning';
        return;
      }
      target.run = runScript({ account, instance }, invocation.content);
    });
  }
}

function errorView(status: InstanceInvocationStatus, errorCode: string, at: number): InstanceRunView {
  return {
    status,
    output: Buffer.alloc(0),
    dropped: 0,
    exitCode: undefined,
    errorCode,
    errorInfo: ERROR_INFO[errorCode] ?? '',
    startedAt: undefined,
    finishedAt: at,
  };
}

/**
 * The run as ECS would show it now: Pending until the agent takes it; Running while the script runs, with what it
 * printed so far; then Success (exit 0), Failed (ExitCodeNonzero) or Timeout (ExecutionTimeout, killed at the
 * invocation's Timeout). Stopped before it started, it is Cancelled; once started, StopInvocation does not interrupt
 * it (StopInvocation's reference: instances that have started keep running the command).
 */
export function instanceRunView(invocation: EmInvocation, target: EmInvocationInstance, now: number): InstanceRunView {
  if (target.run === undefined) {
    if (target.stoppedAt !== undefined) {
      return errorView('Cancelled', '', target.stoppedAt);
    }
    if (target.neverRan !== undefined) {
      return errorView('Aborted', target.neverRan, target.startsAt);
    }
    return { ...errorView('Pending', '', 0), finishedAt: undefined };
  }
  const run = target.run;
  const timeoutMs = invocation.timeoutSeconds * 1000;
  const endsAt = target.startsAt + Math.min(run.durationMs, timeoutMs);
  const printedUntil = Math.min(now, endsAt) - target.startsAt;
  const text = run.chunks
    .filter((chunk) => chunk.atMs <= printedUntil && chunk.atMs <= timeoutMs)
    .map((chunk) => chunk.text)
    .join('');
  const whole = Buffer.from(text, 'utf8');
  const output = whole.subarray(0, OUTPUT_LIMIT_BYTES);
  const common = { output, dropped: whole.length - output.length, startedAt: target.startsAt };
  if (now < endsAt) {
    return { ...common, status: 'Running', exitCode: undefined, errorCode: '', errorInfo: '', finishedAt: undefined };
  }
  if (run.durationMs > timeoutMs) {
    return {
      ...common,
      status: 'Timeout',
      exitCode: -1,
      errorCode: TIMED_OUT,
      errorInfo: ERROR_INFO[TIMED_OUT] ?? '',
      finishedAt: endsAt,
    };
  }
  const failed = run.exitCode !== 0;
  const errorCode = failed ? 'ExitCodeNonzero' : '';
  return {
    ...common,
    status: failed ? 'Failed' : 'Success',
    exitCode: run.exitCode,
    errorCode,
    errorInfo: ERROR_INFO[errorCode] ?? '',
    finishedAt: endsAt,
  };
}

const ACTIVE: ReadonlySet<InstanceInvocationStatus> = new Set(['Pending', 'Running']);
const STOPPED: ReadonlySet<InstanceInvocationStatus> = new Set(['Cancelled']);

/**
 * The invocation's overall status from its instances' (DescribeInvocations' InvocationStatus): Pending or Running
 * while any is; then Success when some succeeded and the rest were stopped, Stopped when all were, PartialFailed when
 * some succeeded and some failed, Failed when none succeeded.
 */
export function overallStatus(statuses: readonly InstanceInvocationStatus[]): string {
  if (statuses.includes('Running')) {
    return 'Running';
  }
  if (statuses.includes('Pending')) {
    return 'Pending';
  }
  const succeeded = statuses.filter((status) => status === 'Success').length;
  const stopped = statuses.filter((status) => STOPPED.has(status)).length;
  if (stopped === statuses.length) {
    return 'Stopped';
  }
  if (succeeded === 0) {
    return 'Failed';
  }
  return succeeded + stopped === statuses.length ? 'Success' : 'PartialFailed';
}

/** The older status fields (InvokeStatus, InstanceInvokeStatus, InvokeRecordStatus). */
export function legacyStatus(status: string): string {
  if (status === 'Success') {
    return 'Finished';
  }
  if (status === 'Cancelled' || status === 'Stopped') {
    return 'Stopped';
  }
  if (ACTIVE.has(status as InstanceInvocationStatus)) {
    return 'Running';
  }
  return status === 'PartialFailed' ? 'PartialFailed' : 'Failed';
}
