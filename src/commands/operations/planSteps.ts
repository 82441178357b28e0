import * as vscode from 'vscode';
import { isEcsError } from '../../cloud/ecsError';
import { pollDelays, waitUntilSettled } from '../../cloud/settle';
import type { Failure } from '../../domain/failure';
import type { Instance } from '../../domain/instance';
import type { NetworkInterface } from '../../domain/networkInterface';
import { isInstanceTransitional } from '../../domain/resourceStatus';
import type { ProgressReport } from '../../ui/userInterface';
import { cancellableSleep } from '../kit/cancellableSleep';
import type { EcsApi } from '../../cloud/ecsApi';
import { type AttachOutcome, attachOne } from './attachOperation';
import { eniLabel, instanceLabel } from '../kit/labels';
import { isBusy } from '../kit/inFlight';
import { watchAfterLostAnswer, wentThrough } from '../kit/lostAnswer';
import type { OperationContext } from '../kit/operationContext';
import { type PlanStep, StepCancelled } from '../kit/planRunner';

type Step = PlanStep<ProgressReport>;

/** The steps plans are made of. Each reads ECS to know it is done, and throws a failure with a code when it is not. */

const TRANSITIONAL_ENI = new Set(['Attaching', 'Detaching']);

async function readPair(
  context: OperationContext,
  regionId: string,
  eniId: string,
  instanceId: string,
): Promise<{ eni: NetworkInterface | undefined; instance: Instance | undefined }> {
  const { instances, networkInterfaces } = await context.store.readFresh(regionId, [instanceId], [eniId]);
  return { eni: networkInterfaces[0], instance: instances[0] };
}

function follow<T>(context: OperationContext, progress: ProgressReport, read: () => Promise<T>, settled: (value: T) => boolean) {
  return waitUntilSettled(read, settled, {
    timeoutMs: context.settleTimeoutMs(),
    stopped: () => progress.token.isCancellationRequested,
    sleep: (ms) => cancellableSleep(ms, progress.token),
    delays: pollDelays(),
  });
}

/** A step that ended before what it waited for: the ENI or the instance is still on its way. */
export class StillSettling implements Failure {
  readonly code: string;
  readonly message: string;
  readonly detail: string;

  constructor(subject: 'eni' | 'instance' | 'agent', what: string, status: string | undefined) {
    this.code = { eni: 'InvalidOperation.InvalidEniState', instance: 'IncorrectInstanceStatus', agent: 'InvalidInstance.NotMatch' }[
      subject
    ];
    this.detail = vscode.l10n.t('{0} is still {1}.', what, status ?? vscode.l10n.t('unknown'));
    this.message = this.detail;
  }
}

const stillSettling = (subject: 'eni' | 'instance', what: string, status: string | undefined): StillSettling =>
  new StillSettling(subject, what, status);

/** Reboot, then wait until the instance runs again with a new start time (the reboot happened). */
export function rebootStep(context: OperationContext, regionId: string, instance: Instance): Step {
  const read = async (): Promise<Instance | undefined> => await context.store.freshInstance(regionId, instance.instanceId);
  const rebooted = (now: Instance | undefined): boolean => now?.status === 'Running' && now.startTime !== instance.startTime;
  return {
    title: vscode.l10n.t('Reboot {0} and wait until it is Running', instanceLabel(instance)),
    run: async (progress) => {
      try {
        await context.api().rebootInstance(instance.regionId || regionId, instance.instanceId);
      } catch (error) {
        // A lost answer is followed below like an accepted reboot: a reboot that did not happen ends there as a timeout.
        if (!(isEcsError(error) && error.outcomeUnknown)) {
          throw error;
        }
        context.log.info(`Reboot ${instance.instanceId}: the answer was lost (${error.code}); reading the instance.`);
      }
      const outcome = await follow(context, progress, read, rebooted);
      if (outcome.kind === 'stopped') {
        throw new StepCancelled(true);
      }
      if (outcome.kind !== 'settled') {
        throw stillSettling('instance', instanceLabel(instance), outcome.value?.status);
      }
    },
  };
}

/** Wait until neither the ENI nor the instance is on its way between states. */
export function waitStep(context: OperationContext, regionId: string, eni: NetworkInterface, instance: Instance): Step {
  return {
    title: vscode.l10n.t('Wait until {0} and {1} settle', eniLabel(eni), instanceLabel(instance)),
    run: async (progress) => {
      const outcome = await follow(
        context,
        progress,
        () => readPair(context, regionId, eni.networkInterfaceId, instance.instanceId),
        // Also until no attach or detach from this window still follows the ENI (it would answer "busy").
        ({ eni: e, instance: i }) =>
          !TRANSITIONAL_ENI.has(e?.status ?? '') && !(i && isInstanceTransitional(i)) && !isBusy(eni.networkInterfaceId),
      );
      if (outcome.kind === 'stopped') {
        throw new StepCancelled(false);
      }
      if (outcome.kind !== 'settled') {
        const { eni: e, instance: i } = outcome.value ?? { eni: undefined, instance: undefined };
        throw TRANSITIONAL_ENI.has(e?.status ?? '') || isBusy(eni.networkInterfaceId)
          ? stillSettling('eni', eniLabel(eni), e?.status)
          : stillSettling('instance', instanceLabel(instance), i?.status);
      }
    },
  };
}

/** Detach an ENI from its instance, then wait until it is Available. */
export function detachStep(context: OperationContext, regionId: string, eni: NetworkInterface): Step {
  const read = async (): Promise<NetworkInterface | undefined> =>
    await context.store.freshNetworkInterface(regionId, eni.networkInterfaceId);
  return {
    title: vscode.l10n.t('Detach {0} from {1}', eniLabel(eni), eni.instanceId),
    run: async (progress) => {
      try {
        await context.api().detachNetworkInterface(regionId, eni.networkInterfaceId, eni.instanceId);
      } catch (error) {
        const detaching = (now: NetworkInterface): boolean => now.status === 'Detaching' || (now.status === 'Available' && !now.instanceId);
        if (!(isEcsError(error) && error.outcomeUnknown && (await wentThrough(context, regionId, eni.networkInterfaceId, detaching)))) {
          throw error;
        }
      }
      const outcome = await follow(context, progress, read, (now) => now === undefined || now.status !== 'Detaching');
      if (outcome.kind === 'stopped') {
        throw new StepCancelled(true);
      }
      if (outcome.kind !== 'settled' || outcome.value?.status !== 'Available') {
        throw stillSettling('eni', eniLabel(eni), outcome.value?.status);
      }
    },
  };
}

/** The attach itself, with its fresh check; anything but InUse on the instance is a failure. */
export function attachStep(
  context: OperationContext,
  regionId: string,
  eni: NetworkInterface,
  instance: Instance,
  options: { readonly allowStopped?: boolean; readonly onOutcome?: (outcome: AttachOutcome) => void } = {},
): Step {
  return {
    title: vscode.l10n.t('Attach {0} to {1}', eniLabel(eni), instanceLabel(instance)),
    run: async (progress) => {
      const outcome = await attachOne(context, regionId, eni.networkInterfaceId, instance.instanceId, progress, options.allowStopped);
      options.onOutcome?.(outcome);
      if (outcome.kind === 'attached') {
        return;
      }
      if (outcome.kind === 'refused' || outcome.kind === 'error' || outcome.kind === 'needsStop') {
        throw outcome.failure;
      }
      if (outcome.kind === 'cancelled' || outcome.kind === 'stoppedWaiting') {
        throw new StepCancelled(outcome.kind === 'stoppedWaiting');
      }
      throw stillSettling('eni', eniLabel(eni), 'eni' in outcome ? outcome.eni?.status : outcome.kind);
    },
  };
}

/** How long to watch an instance whose stop was answered with a lost answer before saying nothing happened. */
const LOST_STOP_WATCH_MS = 60_000;

/**
 * Stop the instance and wait until it is Stopped. `accepted` is called as soon as ECS took the stop (or, after a lost
 * answer, the instance was seen leaving Running, or could not be read: then it may be stopping), so that the plan's
 * cleanup knows it must start the instance again.
 */
export function stopStep(context: OperationContext, api: EcsApi, regionId: string, instance: Instance, accepted: () => void): Step {
  const id = instance.instanceId;
  const read = async (): Promise<Instance | undefined> => await context.store.freshInstance(regionId, id);
  return {
    title: vscode.l10n.t('Stop {0}', instanceLabel(instance)),
    run: async (progress) => {
      try {
        await api.stopInstance(regionId, id);
      } catch (error) {
        if (!(isEcsError(error) && error.outcomeUnknown)) {
          throw error;
        }
        context.log.info(`Stop ${id}: the answer was lost (${error.code}); reading the instance.`);
        if ((await watchAfterLostAnswer(read, (now) => now.status !== 'Running', LOST_STOP_WATCH_MS)) === 'notSeen') {
          throw error;
        }
      }
      accepted();
      const stopped = await follow(context, progress, read, (now) => now?.status === 'Stopped');
      if (stopped.kind === 'stopped') {
        throw new StepCancelled(true);
      }
      if (stopped.kind !== 'settled') {
        throw stillSettling('instance', instanceLabel(instance), stopped.value?.status);
      }
    },
  };
}

/** How long starting again may wait for a stop or an attach to finish: it cannot give up early, and is not cancellable. */
const RESTART_PATIENCE_MS = 10 * 60 * 1000;

/** After these, reading the instance again tells whether to send the start again: the step may run again. */
const START_MAY_RUN_AGAIN_AFTER = new Set(['ServiceUnavailable', 'InternalError', 'IncorrectInstanceStatus']);

/**
 * The cleanup of a plan that stopped an instance: start it again, whatever happened in between, when `needed` says the
 * plan's stop was accepted. Waits (not cancellable) for the ENI `eniId` to leave Attaching and the instance to be
 * Stopped, sends StartInstance, and follows it to Running. Run again by the plan runner after a failure that may be
 * passing (unavailable, throttled, a lost answer, the instance not yet in a state to start): each run reads first, so
 * a start that went through (Starting, Running) is followed, never sent twice.
 */
export function startAgainStep(
  context: OperationContext,
  api: EcsApi,
  regionId: string,
  instance: Instance,
  options: {
    readonly needed: () => boolean;
    readonly eniId?: string;
    /** Told after each run how it ended: what it threw, or undefined when the instance runs again. */
    readonly onRunEnded?: (error: unknown) => void;
  },
): Step {
  const id = instance.instanceId;
  const read = async (): Promise<Instance | undefined> => await context.store.freshInstance(regionId, id);
  const readEni = async (eniId: string): Promise<NetworkInterface | undefined> =>
    await context.store.freshNetworkInterface(regionId, eniId).catch(() => undefined);
  let startSent = false;
  const startAgain = async (): Promise<void> => {
    const timeoutMs = Math.max(context.settleTimeoutMs(), RESTART_PATIENCE_MS);
    const { eniId } = options;
    if (eniId) {
      await waitUntilSettled(
        () => readEni(eniId),
        (eni) => eni?.status !== 'Attaching',
        { timeoutMs },
      );
    }
    // Before the first start, wait until the accepted stop has happened (the instance may read Running just after);
    // once a start was sent, Starting or Running says it went through.
    const started = (now: Instance | undefined): boolean => startSent && (now?.status === 'Starting' || now?.status === 'Running');
    const seen = await waitUntilSettled(read, (now) => now?.status === 'Stopped' || started(now), { timeoutMs });
    const status = seen.value?.status;
    if (status === 'Stopped') {
      startSent = true;
      await api.startInstance(regionId, id);
    } else if (status !== 'Running' && status !== 'Starting') {
      throw stillSettling('instance', instanceLabel(instance), status);
    }
    const running = await waitUntilSettled(read, (now) => now?.status === 'Running', { timeoutMs });
    if (running.kind !== 'settled' && running.value?.status !== 'Starting') {
      throw stillSettling('instance', instanceLabel(instance), running.value?.status);
    }
  };
  return {
    title: vscode.l10n.t('Start {0} again', instanceLabel(instance)),
    run: async () => {
      if (!options.needed()) {
        return;
      }
      try {
        await startAgain();
        options.onRunEnded?.(undefined);
      } catch (error) {
        options.onRunEnded?.(error ?? new Error('The start failed.'));
        throw error;
      }
    },
    mayRunAgainAfter: (error) =>
      error instanceof StillSettling ||
      (isEcsError(error) &&
        (error.outcomeUnknown ||
          START_MAY_RUN_AGAIN_AFTER.has(error.code) ||
          error.code.startsWith('Throttling') ||
          error.code.startsWith('NetworkError'))),
  };
}
