import * as vscode from 'vscode';
import type { Failure } from '../../domain/failure';
import type { Instance } from '../../domain/instance';
import { productionTag } from '../../domain/instanceRules';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { ProgressReport, UserInterface } from '../../ui/userInterface';
import { recordPlan } from '../kit/activityPlan';
import { failureOf } from '../kit/failureOf';
import { eniLabel, instanceLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import { finalState } from '../kit/pairState';
import { type Plan, runPlan } from '../kit/planRunner';
import { askedByAnotherExtension } from '../kit/requestedWrite';
import type { AttachOutcome } from '../operations/attachOperation';
import { attachStep, StillSettling, startAgainStep, stopStep } from '../operations/planSteps';

/** Asks first (modal), naming the ENI and the instance: stopping an instance interrupts what runs on it. */
export async function confirmStopAttachStart(
  ui: UserInterface,
  eni: NetworkInterface,
  instance: Instance,
  reason: string,
  requested = false,
): Promise<boolean> {
  const go = vscode.l10n.t('Stop, Attach and Start');
  const production = productionTag(instance);
  const choice = await ui.ask(
    vscode.l10n.t('{0} Stop {1}, attach {2}, and start it again?', reason, instanceLabel(instance), eniLabel(eni)),
    [
      ...(requested ? [askedByAnotherExtension()] : []),
      ...(production ? [vscode.l10n.t('{0} is tagged {1}={2}.', instanceLabel(instance), production.key, production.value)] : []),
      vscode.l10n.t(
        'The instance is unavailable while it is stopped. Each step is reported as it happens; whatever happens, an instance stopped here is started again.',
      ),
    ].join('\n'),
    go,
  );
  return choice === go;
}

/** How the plan ended: the attach's outcome, whether the instance runs again, and a sentence naming both states. */
export interface StopAttachStartResult {
  readonly outcome: AttachOutcome;
  /** True when the instance is Running (or Starting) at the end, or was never stopped. */
  readonly instanceRestored: boolean;
  /** Why it could not be started again, when it could not. */
  readonly restartFailure?: Failure;
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
  eni: NetworkInterface,
  instance: Instance,
): Thenable<StopAttachStartResult> {
  return context.ui.progress(vscode.l10n.t('Attaching to {0}', instanceLabel(instance)), (progress) =>
    runStopAttachStart(context, regionId, eni, instance, progress),
  );
}

/**
 * The plan itself, under the progress (and cancellation) the caller gives: stop, then attach, and as cleanup, once
 * ECS has accepted the stop, start again whatever happened in between (tried again until it works, within patience).
 */
export async function runStopAttachStart(
  context: OperationContext,
  regionId: string,
  eni: NetworkInterface,
  instance: Instance,
  progress: ProgressReport,
): Promise<StopAttachStartResult> {
  let attachOutcome: AttachOutcome | undefined;
  let restartFailure: unknown;
  const plan = stopAttachStartPlan(context, regionId, eni, instance, {
    onAttach: (outcome) => (attachOutcome = outcome),
    onRestartEnded: (error) => (restartFailure = error),
    restartFailure: () => restartFailure,
  });
  const result = await recordPlan(context.activity, plan.title, [eni.networkInterfaceId, instance.instanceId], () =>
    runPlan(plan, progress, (error) => {
      context.log.error(`Reading the state after “${plan.title}” failed`, error);
      return vscode.l10n.t('The state could not be read; refresh the region.');
    }),
  );
  const [restart] = result.cleanupFailed;
  return {
    outcome: attachOutcome ?? outcomeBeforeTheAttach(result.failed?.error, progress),
    instanceRestored: restart === undefined,
    ...(restart ? { restartFailure: failureOf(restart.error) } : {}),
    state: result.state,
  };
}

/** What the attach came to when the plan ended before it was sent: cancelled, still stopping, or a failure. */
function outcomeBeforeTheAttach(error: unknown, progress: ProgressReport): AttachOutcome {
  if (error === undefined || progress.token.isCancellationRequested) {
    return { kind: 'cancelled' };
  }
  return error instanceof StillSettling ? { kind: 'timedOut', eni: undefined } : { kind: 'error', failure: failureOf(error) };
}

/**
 * Stop, attach, and as cleanup, once ECS has accepted the stop, start again whatever happened in between (tried again
 * until it works, within patience). `observe` hears the attach's outcome and how each restart ended.
 */
export function stopAttachStartPlan(
  context: OperationContext,
  regionId: string,
  eni: NetworkInterface,
  instance: Instance,
  observe: {
    readonly onAttach?: (outcome: AttachOutcome) => void;
    readonly onRestartEnded?: (error: unknown) => void;
    readonly restartFailure?: () => unknown;
  } = {},
): Plan<ProgressReport> {
  const eniId = eni.networkInterfaceId;
  const id = instance.instanceId;
  // One API for the whole plan: a switch of account in between must not send the start with other credentials.
  const api = context.api();
  let stopAccepted = false;
  return {
    title: vscode.l10n.t('Stop {0}, attach {1}, start it again', instanceLabel(instance), eniLabel(eni)),
    steps: [
      stopStep(context, api, regionId, instance, () => (stopAccepted = true)),
      attachStep(context, regionId, eni, instance, { allowStopped: true, ...(observe.onAttach ? { onOutcome: observe.onAttach } : {}) }),
    ],
    cleanup: [
      startAgainStep(context, api, regionId, instance, {
        needed: () => stopAccepted,
        eniId,
        ...(observe.onRestartEnded ? { onRunEnded: observe.onRestartEnded } : {}),
      }),
    ],
    describeState: () => {
      const failure = observe.restartFailure?.();
      return finalState(context, regionId, eniId, id, failure === undefined ? undefined : failureOf(failure));
    },
  };
}
