import { randomUUID } from 'node:crypto';
import type * as vscode from 'vscode';
import type { CommandRunStarted, EcsApi } from '../../cloud/ecsApi';
import { isEcsError } from '../../cloud/ecsError';
import { type CommandRunRequest, type InstanceRun, isSettledRun } from '../../domain/cloudAssistant';
import { cancellableSleep } from '../kit/cancellableSleep';
import type { OperationContext } from '../kit/operationContext';

/** How often a run is read while it runs: its first output shows within this of ECS having it. */
export const RUN_POLL_MS = 1000;
/** Beyond the run's own timeout, how long to wait for ECS to deliver it (it aborts a delivery after a minute). */
const DELIVERY_GRACE_MS = 90_000;
/** After a cancel, how long the instances already running are followed before the waiting ends. */
const AFTER_STOP_MS = 30_000;

/** RunCommand's answer, or that it was lost twice (whether the script runs is then not known). */
export type RunStart = ({ readonly kind: 'started' } & CommandRunStarted) | { readonly kind: 'unknown'; readonly code: string };

/**
 * Sends RunCommand with a client token. A lost answer is asked once more with the same token: ECS answers a request
 * that repeats a token with the run the first one started, and runs nothing twice
 * (https://www.alibabacloud.com/help/en/ecs/developer-reference/how-to-ensure-idempotence).
 */
export async function startRun(context: OperationContext, api: EcsApi, request: Omit<CommandRunRequest, 'clientToken'>): Promise<RunStart> {
  const withToken = { ...request, clientToken: randomUUID() };
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { kind: 'started', ...(await api.runCommand(withToken)) };
    } catch (error) {
      if (!isEcsError(error) || !error.outcomeUnknown) {
        throw error;
      }
      context.log.info(`RunCommand in ${request.regionId}: the answer was lost (${error.code}); attempt ${attempt}.`);
      if (attempt >= 2) {
        return { kind: 'unknown', code: error.code };
      }
    }
  }
}

/** How following a run ended: every instance settled, or the waiting ended first (the run may go on in ECS). */
export interface FollowedRun {
  readonly runs: readonly InstanceRun[];
  readonly settled: boolean;
  /** StopInvocation was sent because the user cancelled: instances that had not started will not run it. */
  readonly stopped: boolean;
}

/**
 * Reads the run every second until each instance settled, telling `onRuns` each time. Cancelling sends StopInvocation
 * once, and the following goes on: the instances already running finish (ECS does not interrupt them), and the final
 * state of each is still told. It ends at the run's timeout and the delivery grace.
 */
export async function followRun(
  api: EcsApi,
  regionId: string,
  invokeId: string,
  timeoutSeconds: number,
  token: vscode.CancellationToken,
  onRuns: (runs: readonly InstanceRun[]) => void,
  log?: (message: string, error: unknown) => void,
): Promise<FollowedRun> {
  let deadline = Date.now() + timeoutSeconds * 1000 + DELIVERY_GRACE_MS;
  let stopped = false;
  let runs: readonly InstanceRun[] = [];
  for (;;) {
    runs = await api.describeInvocationResults(regionId, invokeId);
    onRuns(runs);
    const settled = runs.length > 0 && runs.every(isSettledRun);
    if (settled || Date.now() >= deadline) {
      return { runs, settled, stopped };
    }
    if (token.isCancellationRequested && !stopped) {
      stopped = true;
      deadline = Math.min(deadline, Date.now() + AFTER_STOP_MS);
      // Sent once: refused (the run just ended, say), it is not sent again, and the run is followed all the same.
      await api.stopInvocation(regionId, invokeId).catch((error: unknown) => log?.(`StopInvocation ${invokeId} was refused`, error));
      continue;
    }
    await cancellableSleep(RUN_POLL_MS, stopped ? NEVER_CANCELLED : token);
  }
}

/** A token for waits that the user's cancel, already heard, must not cut short. */
const NEVER_CANCELLED: vscode.CancellationToken = {
  isCancellationRequested: false,
  onCancellationRequested: () => ({ dispose: () => undefined }),
};
