import * as vscode from 'vscode';
import type { EcsApi } from '../../cloud/ecsApi';
import { isEcsError } from '../../cloud/ecsError';
import { waitUntilSettled } from '../../cloud/settle';
import type { Failure } from '../../domain/failure';
import type { Instance } from '../../domain/instance';
import type { NetworkInterface } from '../../domain/networkInterface';
import { localExplain } from '../../ui/localized';
import { type AttachOutcome, attachOne, cancellableSleep } from './attachOperation';
import { eniLabel, instanceLabel } from './labels';
import { failureOf } from './failureOf';
import type { OperationContext } from './operationContext';
import type { ProgressReport, UserInterface } from '../../ui/userInterface';
import { type PlanStep, runPlan } from '../plans/planRunner';
import { recordPlan } from '../plans/activityPlan';

/** Asks first (modal): stopping an instance interrupts what runs on it. */
export async function confirmStopAttachStart(ui: UserInterface, instanceId: string, reason: string): Promise<boolean> {
  const go = vscode.l10n.t('Stop, Attach and Start');
  const choice = await ui.ask(
    vscode.l10n.t('{0} Stop {1}, attach the network interface, and start it again?', reason, instanceId),
    vscode.l10n.t(
      'The instance is unavailable while it is stopped. Each step is reported as it happens; whatever happens, an instance stopped here is started again.',
    ),
    go,
  );
  return choice === go;
}

/** How the plan ended: the attach's outcome, whether the instance runs again, and a sentence naming both states. */
export interface StopAttachStartResult {
  readonly outcome: AttachOutcome;
  /** True when the instance is Running (or Starting) at the end, or was never stopped. */
  readonly instanceRestored: boolean;
  /** "web-2 is Running again; spare-k is InUse on web-2." read from ECS at the end. */
  readonly state: string;
}

/**
 * Stops the instance, attaches, and starts it again, reporting each step. Once ECS has accepted the stop, the start is
 * always sent, whatever failed or was cancelled in between, and followed; the result says what state both are in.
 */
export function stopAttachStart(
  context: OperationContext,
  regionId: string,
  eniId: string,
  instance: Instance,
): Thenable<StopAttachStartResult> {
  return context.ui.progress(vscode.l10n.t('Attaching to {0}', instanceLabel(instance)), (progress) =>
    runStopAttachStart(context, regionId, eniId, instance, progress),
  );
}

/**
 * The plan itself, under the progress (and cancellation) the caller gives, carried by the plan runner: stop, then
 * attach, and as cleanup, once ECS has accepted the stop, start again whatever happened in between.
 */
export async function runStopAttachStart(
  context: OperationContext,
  regionId: string,
  eniId: string,
  instance: Instance,
  progress: ProgressReport,
): Promise<StopAttachStartResult> {
  const { token } = progress;
  const id = instance.instanceId;
  // One API for the whole plan: a switch of account in between must not send the start with other credentials.
  const api = context.api();
  const readInstance = async (): Promise<Instance | undefined> => (await context.store.readFresh(regionId, [id], [])).instances[0];
  const tryReadInstance = (): Promise<Instance | undefined> => readInstance().catch(() => undefined);
  let outcome: AttachOutcome = { kind: 'cancelled' };
  let stopAccepted = false;
  let restart: Failure | undefined;
  const stop: PlanStep<ProgressReport> = {
    title: vscode.l10n.t('Stop {0}', id),
    run: async () => {
      try {
        await api.stopInstance(regionId, id);
      } catch (error) {
        // Refused by ECS: nothing changed. Lost: ECS may still carry the stop out; a stop seen means the plan goes on.
        const lost = isEcsError(error) && error.outcomeUnknown;
        const watched = lost
          ? await waitUntilSettled(tryReadInstance, (current) => current !== undefined && current.status !== 'Running', {
              timeoutMs: LOST_STOP_WATCH_MS,
            })
          : undefined;
        if (!watched || (watched.kind !== 'settled' && watched.value?.status === 'Running')) {
          outcome = { kind: 'error', failure: failureOf(error) };
          throw error;
        }
      }
      stopAccepted = true;
      let stopped: Awaited<ReturnType<typeof waitUntilSettled<Instance | undefined>>>;
      try {
        stopped = await waitUntilSettled(readInstance, (current) => current?.status === 'Stopped', {
          timeoutMs: context.settleTimeoutMs(),
          stopped: () => token.isCancellationRequested,
          sleep: (ms) => cancellableSleep(ms, token),
        });
      } catch (error) {
        outcome = { kind: 'error', failure: failureOf(error) };
        throw error;
      }
      if (stopped.kind !== 'settled') {
        outcome = stopped.kind === 'stopped' ? { kind: 'cancelled' } : { kind: 'timedOut', eni: undefined };
        throw new Error(`The instance did not stop (${stopped.kind}).`);
      }
    },
  };
  const attach: PlanStep<ProgressReport> = {
    title: vscode.l10n.t('Attach {0}', eniId),
    run: async () => {
      try {
        outcome = await attachOne(context, regionId, eniId, id, { report: (message) => progress.report(`2/3 ${message}`), token }, true);
      } catch (error) {
        outcome = { kind: 'error', failure: failureOf(error) };
      }
      if (outcome.kind !== 'attached') {
        throw outcome;
      }
    },
  };
  const startAgainStep: PlanStep<ProgressReport> = {
    title: vscode.l10n.t('Start {0} again', id),
    run: async () => {
      if (stopAccepted) {
        restart = await startAgain(api, context, regionId, eniId, id, tryReadInstance);
      }
    },
  };
  const title = vscode.l10n.t('Stop {0}, attach {1}, start it again', instanceLabel(instance), eniId);
  const result = await recordPlan(context.activity, title, [eniId, id], () =>
    runPlan(
      {
        title: vscode.l10n.t('Attaching to {0}', instanceLabel(instance)),
        steps: [stop, attach],
        cleanup: [startAgainStep],
        describeState: () => finalState(context, regionId, eniId, id, restart),
      },
      progress,
      () => vscode.l10n.t('The state could not be read; refresh the region.'),
    ),
  );
  return { outcome, instanceRestored: restart === undefined, state: result.state };
}

/** How long to watch an instance whose stop was answered with a lost answer before saying nothing happened. */
const LOST_STOP_WATCH_MS = 60_000;

/** How long the restart may wait for a stop or an attach to finish: it cannot give up early, and it is not cancellable. */
const RESTART_PATIENCE_MS = 10 * 60 * 1000;

/**
 * Starts the instance again, not cancellable: waits for it to be Stopped (and the ENI to leave Attaching) within the
 * settle time, sends StartInstance once, and follows it to Running. Returns why it could not, or undefined.
 */
async function startAgain(
  api: EcsApi,
  context: OperationContext,
  regionId: string,
  eniId: string,
  instanceId: string,
  tryReadInstance: () => Promise<Instance | undefined>,
): Promise<Failure | undefined> {
  const timeoutMs = Math.max(context.settleTimeoutMs(), RESTART_PATIENCE_MS);
  const readEni = async (): Promise<NetworkInterface | undefined> =>
    (await context.store.readFresh(regionId, [], [eniId]).catch(() => undefined))?.networkInterfaces[0];
  try {
    await waitUntilSettled(readEni, (eni) => eni?.status !== 'Attaching', { timeoutMs });
    // The stop was accepted: wait until it has happened (an instance may still read Running just after the stop was
    // accepted, and a read that fails says nothing), so that the start is neither skipped nor sent too early.
    const stopped = await waitUntilSettled(tryReadInstance, (current) => current?.status === 'Stopped', { timeoutMs });
    const status = stopped.value?.status;
    if (stopped.kind !== 'settled' && (status === 'Running' || status === 'Starting')) {
      return undefined;
    }
    try {
      await api.startInstance(regionId, instanceId);
    } catch (error) {
      const now = await tryReadInstance();
      if (now?.status !== 'Starting' && now?.status !== 'Running') {
        return failureOf(error);
      }
    }
    const running = await waitUntilSettled(tryReadInstance, (current) => current?.status === 'Running', { timeoutMs });
    return running.kind === 'settled' || running.value?.status === 'Starting'
      ? undefined
      : { code: 'IncorrectInstanceStatus', message: `The instance is ${running.value?.status ?? 'gone'}.` };
  } catch (error) {
    return failureOf(error);
  }
}

/** One sentence on where the instance and the ENI stand now, read from ECS (or said unknown when it cannot be read). */
export async function finalState(
  context: OperationContext,
  regionId: string,
  eniId: string,
  instanceId: string,
  restartFailure?: Failure,
): Promise<string> {
  const { instances, networkInterfaces } = await context.store
    .readFresh(regionId, [instanceId], [eniId])
    .catch(() => ({ instances: [] as Instance[], networkInterfaces: [] as NetworkInterface[] }));
  const instance = instances[0];
  const eni = networkInterfaces[0];
  const instancePart = !instance
    ? vscode.l10n.t('the state of {0} could not be read', instanceId)
    : restartFailure
      ? vscode.l10n.t(
          '{0} is {1} and could not be started again: {2} ({3}). Start it from the ECS console.',
          instanceLabel(instance),
          instance.status,
          localExplain(restartFailure.code).meaning,
          restartFailure.code,
        )
      : vscode.l10n.t('{0} is {1}', instanceLabel(instance), instance.status);
  const eniPart = !eni
    ? vscode.l10n.t('the state of {0} could not be read', eniId)
    : eni.instanceId
      ? vscode.l10n.t('{0} is {1} on {2}', eniLabel(eni), eni.status, eni.instanceId)
      : vscode.l10n.t('{0} is {1}, not attached', eniLabel(eni), eni.status);
  return vscode.l10n.t('Now: {0}; {1}.', instancePart, eniPart);
}
