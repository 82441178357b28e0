import * as vscode from 'vscode';
import { isEcsError } from '../../cloud/ecsError';
import { pollDelays, waitUntilSettled } from '../../cloud/settle';
import type { Failure } from '../../domain/failure';
import type { Instance } from '../../domain/instance';
import type { NetworkInterface } from '../../domain/networkInterface';
import { isInstanceTransitional } from '../../domain/resourceStatus';
import type { ProgressReport } from '../../ui/userInterface';
import { attachOne, cancellableSleep } from '../attach/attachOperation';
import { eniLabel, instanceLabel } from '../attach/labels';
import { isBusy } from '../attach/inFlight';
import { wentThrough } from '../attach/lostAnswer';
import type { OperationContext } from '../attach/operationContext';
import type { PlanStep } from './planRunner';

type Step = PlanStep<ProgressReport>;

/** The steps fix-its are made of. Each reads ECS to know it is done, and throws a failure with a code when it is not. */

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
function stillSettling(subject: 'eni' | 'instance', what: string, status: string | undefined): Failure {
  const detail = vscode.l10n.t('{0} is still {1}.', what, status ?? vscode.l10n.t('unknown'));
  return { code: subject === 'eni' ? 'InvalidOperation.InvalidEniState' : 'IncorrectInstanceStatus', message: detail, detail };
}

/** Reboot, then wait until the instance runs again with a new start time (the reboot happened). */
export function rebootStep(context: OperationContext, regionId: string, instance: Instance): Step {
  const read = async (): Promise<Instance | undefined> => (await context.store.readFresh(regionId, [instance.instanceId], [])).instances[0];
  const rebooted = (now: Instance | undefined): boolean => now?.status === 'Running' && now.startTime !== instance.startTime;
  return {
    title: vscode.l10n.t('Reboot {0} and wait until it is Running', instanceLabel(instance)),
    run: async (progress) => {
      try {
        await context.api().rebootInstance(instance.regionId || regionId, instance.instanceId);
      } catch (error) {
        if (!(isEcsError(error) && error.outcomeUnknown)) {
          throw error;
        }
        context.log.info(`Reboot ${instance.instanceId}: the answer was lost (${error.code}); reading the instance.`);
      }
      const outcome = await follow(context, progress, read, rebooted);
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
    (await context.store.readFresh(regionId, [], [eni.networkInterfaceId])).networkInterfaces[0];
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
      if (outcome.kind !== 'settled' || outcome.value?.status !== 'Available') {
        throw stillSettling('eni', eniLabel(eni), outcome.value?.status);
      }
    },
  };
}

/** The attach itself, with its fresh check; anything but InUse on the instance is a failure. */
export function attachStep(context: OperationContext, regionId: string, eni: NetworkInterface, instance: Instance): Step {
  return {
    title: vscode.l10n.t('Attach {0} to {1}', eniLabel(eni), instanceLabel(instance)),
    run: async (progress) => {
      const outcome = await attachOne(context, regionId, eni.networkInterfaceId, instance.instanceId, progress);
      if (outcome.kind === 'attached') {
        return;
      }
      if (outcome.kind === 'refused' || outcome.kind === 'error' || outcome.kind === 'needsStop') {
        throw outcome.failure;
      }
      throw stillSettling('eni', eniLabel(eni), 'eni' in outcome ? outcome.eni?.status : outcome.kind);
    },
  };
}
