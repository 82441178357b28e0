import * as vscode from 'vscode';
import { offerConfigureInGuest } from '../kit/guestOffer';
import { isEcsError } from '../../cloud/ecsError';
import { pollDelays, waitUntilSettled } from '../../cloud/settle';
import { onlyNeedsStop, type Violation } from '../../domain/attachRules';
import type { Instance } from '../../domain/instance';
import { cancellableSleep } from '../kit/cancellableSleep';
import type { Failure } from '../../domain/failure';
import type { NetworkInterface } from '../../domain/networkInterface';
import { freshAttachCheck } from '../kit/freshCheck';
import { oneAtATime } from '../kit/inFlight';
import { wentThrough } from '../kit/lostAnswer';
import type { ProgressReport } from '../../ui/userInterface';
import { eniLabel, instanceLabel, pairLabels } from '../kit/labels';
import { failureOf } from '../kit/failureOf';
import type { OperationContext } from '../kit/operationContext';
import { CommandFailure } from '../kit/commandFailure';
import { automationResult } from '../kit/automationRequests';

export type AttachOutcome =
  | { readonly kind: 'attached'; readonly eni: NetworkInterface }
  | { readonly kind: 'refused' | 'error'; readonly failure: Failure }
  /** Refused by the rules on what ECS said just now: the pair as read, for a fix-it. */
  | { readonly kind: 'refused'; readonly failure: Violation<string>; readonly eni: NetworkInterface; readonly instance: Instance }
  | { readonly kind: 'needsStop'; readonly failure: Failure }
  | { readonly kind: 'failedInEcs' | 'timedOut' | 'stoppedWaiting'; readonly eni: NetworkInterface | undefined }
  /** The user cancelled before the attach was sent: nothing changed. */
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'busy' };

/** An attach takes a couple of seconds in ECS: the first look comes after 1.5 s, then every 0.7 s for a while. */
const ATTACH_FIRST_LOOK_MS = 1500;

export type AttachProgress = ProgressReport;

/**
 * Checks, attaches and follows one ENI to one instance, reporting through `progress`. Shows nothing itself:
 * the caller turns the outcome into one message (or one summary for several).
 */
export function attachOne(
  context: OperationContext,
  regionId: string,
  eniId: string,
  instanceId: string,
  progress: AttachProgress,
  allowStopped = false,
): Promise<AttachOutcome> {
  return oneAtATime(eniId, () => checkAndAttach(context, regionId, eniId, instanceId, progress, allowStopped));
}

async function checkAndAttach(
  context: OperationContext,
  regionId: string,
  eniId: string,
  instanceId: string,
  progress: AttachProgress,
  allowStopped: boolean,
): Promise<AttachOutcome> {
  progress.report(vscode.l10n.t('Checking {0} and {1}…', eniId, instanceId));
  const fresh = await freshAttachCheck(context, regionId, eniId, instanceId);
  if (progress.token.isCancellationRequested) {
    return { kind: 'cancelled' };
  }
  if (!('violations' in fresh)) {
    return { kind: 'refused', failure: fresh };
  }
  const [first] = fresh.violations;
  if (first) {
    if (onlyNeedsStop(fresh.violations) && !allowStopped) {
      return { kind: 'needsStop', failure: first };
    }
    context.log.info(
      `Attach ${eniId} → ${instanceId} refused before calling ECS: ${fresh.violations.map((v) => `${v.code} (${v.message})`).join('; ')}`,
    );
    return { kind: 'refused', failure: first, eni: fresh.eni, instance: fresh.instance };
  }
  progress.report(vscode.l10n.t('Attaching {0} to {1}…', eniLabel(fresh.eni), instanceLabel(fresh.instance)));
  try {
    await context.api().attachNetworkInterface(regionId, eniId, instanceId);
  } catch (error) {
    const failure = failureOf(error);
    if (!(isEcsError(error) && error.outcomeUnknown)) {
      await context.store.readFresh(regionId, [instanceId], [eniId]).catch(() => undefined);
      return { kind: 'error', failure };
    }
    context.log.info(`Attach ${eniId} → ${instanceId}: the answer was lost (${error.code}); reading the ENI to see what happened.`);
    if (
      !(await wentThrough(
        context,
        regionId,
        eniId,
        (now) => now.instanceId === instanceId && (now.status === 'Attaching' || now.status === 'InUse'),
      ))
    ) {
      return { kind: 'error', failure };
    }
  }
  context.poller.kick();
  const outcome = await waitUntilSettled(
    () => context.store.freshNetworkInterface(regionId, eniId),
    (eni) => eni === undefined || eni.status !== 'Attaching',
    {
      timeoutMs: context.settleTimeoutMs(),
      stopped: () => progress.token.isCancellationRequested,
      sleep: (ms) => cancellableSleep(ms, progress.token),
      delays: pollDelays(ATTACH_FIRST_LOOK_MS),
    },
  );
  if (outcome.kind === 'stopped') {
    return { kind: 'stoppedWaiting', eni: outcome.value };
  }
  if (outcome.kind === 'timedOut') {
    return { kind: 'timedOut', eni: outcome.value };
  }
  const eni = outcome.value;
  return eni?.status === 'InUse' && eni.instanceId === instanceId ? { kind: 'attached', eni } : { kind: 'failedInEcs', eni };
}

/**
 * Turns the outcome of one attach into the one message the user sees: a failure is thrown to the boundary (with what
 * automation gets back), anything else is said here and not awaited.
 */
export function reportAttach(
  context: OperationContext,
  outcome: AttachOutcome,
  regionId: string,
  eniId: string,
  instanceId: string,
  retry: () => unknown,
): void {
  const named = pairLabels(context.store, regionId, eniId, instanceId);
  const what = vscode.l10n.t("Couldn't attach {0} to {1}", named.eni, named.instance);
  switch (outcome.kind) {
    case 'attached':
      if (outcome.eni.type === 'Secondary') {
        offerConfigureInGuest(context, regionId, outcome.eni, vscode.l10n.t('Attached {0} to {1}.', eniLabel(outcome.eni), named.instance));
        return;
      }
      void context.ui
        .inform(vscode.l10n.t('Attached {0} to {1}.', eniLabel(outcome.eni), named.instance), vscode.l10n.t('Reveal'))
        .then((choice) => (choice === undefined ? undefined : context.reveal(regionId, eniId)))
        .then(undefined, (error: unknown) => context.log.error(`Couldn't reveal ${eniId}`, error));
      return;
    case 'refused':
    case 'error':
    case 'needsStop': {
      const remedy = 'eni' in outcome ? context.remedyFor(regionId, outcome.eni, outcome.instance, outcome.failure) : undefined;
      throw new CommandFailure(outcome.failure, { what, retry, remedy }, automationResult(outcome));
    }
    case 'failedInEcs': {
      const status = outcome.eni?.status;
      const detail = status
        ? vscode.l10n.t('The network interface is {0} again.', status)
        : vscode.l10n.t('The network interface is gone.');
      const failure = { code: 'AttachNotCompleted', message: `${eniId}: ${status ?? 'gone'} after the attach`, detail };
      throw new CommandFailure(failure, { what, retry }, automationResult({ kind: outcome.kind, failure }));
    }
    case 'timedOut':
      void context.ui.warn(
        vscode.l10n.t(
          '{0} is still {1} after {2} seconds. The tree keeps checking and will show when it settles.',
          eniId,
          outcome.eni?.status ?? vscode.l10n.t('unknown'),
          Math.round(context.settleTimeoutMs() / 1000),
        ),
      );
      return;
    case 'stoppedWaiting':
      void context.ui.inform(
        vscode.l10n.t('Stopped waiting. The attach of {0} goes on in ECS; the tree will show when it is done.', eniId),
      );
      return;
    case 'busy':
      void context.ui.inform(vscode.l10n.t('{0} is already being attached or detached.', eniId));
      return;
    case 'cancelled':
      void context.ui.inform(vscode.l10n.t('Cancelled before the attach was sent: {0} was not changed.', eniId));
      return;
  }
}
