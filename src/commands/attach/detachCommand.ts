import * as vscode from 'vscode';
import { isEcsError } from '../../cloud/ecsError';
import { waitUntilSettled } from '../../cloud/settle';
import { checkDetach } from '../../domain/attachRules';
import type { Failure } from '../../domain/failure';
import type { NetworkInterface } from '../../domain/networkInterface';
import { automationResult, type InvalidRequest, isInvalidRequest, parseDetachRequest } from '../kit/automationRequests';
import { cancellableSleep } from '../kit/cancellableSleep';
import { oneAtATime } from '../kit/inFlight';
import { wentThrough } from '../kit/lostAnswer';
import { invalidRequestFailure } from '../kit/invalidRequest';
import { askedByAnotherExtension } from '../kit/requestedWrite';
import { eniLabel, instanceLabel } from '../kit/labels';
import { failureOf } from '../kit/failureOf';
import type { OperationContext } from '../kit/operationContext';
import type { CommandDefinition } from '../commandBoundary';
import type { ProgressReport } from '../../ui/userInterface';
import { CommandFailure, commandFailure } from '../kit/commandFailure';

/** How a detach ended; automation gets it back from the command. */
export type DetachOutcome =
  | { readonly kind: 'detached' | 'timedOut' | 'stoppedWaiting'; readonly eni: NetworkInterface | undefined }
  | { readonly kind: 'refused' | 'error'; readonly failure: Failure }
  | { readonly kind: 'declined' | 'cancelled' | 'busy' };

interface DetachTarget {
  readonly regionId: string;
  readonly eni: NetworkInterface;
  readonly instanceName: string;
}

/** "Detach from Instance": a modal confirmation naming both, the fresh check, the call, and following it to Available. */
export function detachCommand(context: OperationContext): CommandDefinition {
  const detach = async (argument: unknown): Promise<DetachOutcome | InvalidRequest | undefined> => {
    const row = context.rows.networkInterface(argument);
    if (row) {
      const eni = row.networkInterface;
      if (!eni) {
        return undefined;
      }
      const instanceName = row.resources.instances.get(eni.instanceId)?.instanceName ?? '';
      return confirmAndDetach(context, { regionId: row.regionId, eni, instanceName }, { requested: false });
    }
    if (typeof argument !== 'object' || argument === null) {
      void context.ui.inform(vscode.l10n.t('Run Detach from Instance on an attached network interface in the Resources view.'));
      return undefined;
    }
    const request = parseDetachRequest(argument);
    if (isInvalidRequest(request)) {
      throw invalidRequestFailure('alicloudEcs.detachFromInstance', request);
    }
    // Another extension must not detach unasked: the question always comes, and says that it asked.
    return detachById(context, request.regionId, request.networkInterfaceId, { requested: true });
  };
  return {
    id: 'alicloudEcs.detachFromInstance',
    failure: () => vscode.l10n.t("Couldn't detach the network interface"),
    run: async (argument: unknown) => automationResult(await detach(argument)),
  };
}

/**
 * Detaches an ENI named by its id (automation, or Retry in the Activity view): reads the ENI and its instance from ECS,
 * whether or not the tree has loaded the region, and asks first, saying when another extension asked.
 */
export async function detachById(
  context: OperationContext,
  regionId: string,
  eniId: string,
  options: { readonly requested: boolean },
): Promise<DetachOutcome> {
  try {
    const eni = await context.store.freshNetworkInterface(regionId, eniId);
    if (!eni?.instanceId) {
      const failure = {
        code: eni ? 'InvalidOperation.InvalidEniState' : 'InvalidEniId.NotFound',
        message: eni ? `${eniId} is not attached.` : `${eniId} does not exist in ${regionId}.`,
      };
      throw new CommandFailure(
        failure,
        { what: vscode.l10n.t("Couldn't detach {0}", eniId) },
        automationResult({ kind: 'refused', failure }),
      );
    }
    const instance = await context.store.freshInstance(regionId, eni.instanceId);
    return await confirmAndDetach(context, { regionId, eni, instanceName: instance?.instanceName ?? '' }, options);
  } catch (error) {
    throw commandFailure(
      error,
      { what: vscode.l10n.t("Couldn't detach {0}", eniId) },
      automationResult({ kind: 'error', failure: failureOf(error) }),
    );
  }
}

async function confirmAndDetach(
  context: OperationContext,
  target: DetachTarget,
  options: { readonly requested: boolean },
): Promise<DetachOutcome> {
  const { eni, instanceName } = target;
  const go = vscode.l10n.t('Detach');
  const choice = await context.ui.ask(
    vscode.l10n.t('Detach {0} from {1}?', eniLabel(eni), instanceLabel({ instanceId: eni.instanceId, instanceName })),
    [
      ...(options.requested ? [askedByAnotherExtension()] : []),
      vscode.l10n.t('Traffic on this network interface stops once it is detached.'),
    ].join('\n'),
    go,
  );
  if (choice !== go) {
    return { kind: 'declined' };
  }
  const what = vscode.l10n.t("Couldn't detach {0} from {1}", eniLabel(eni), instanceLabel({ instanceId: eni.instanceId, instanceName }));
  try {
    const outcome = await context.ui.progress(vscode.l10n.t('Detaching {0}', eniLabel(eni)), (progress) =>
      oneAtATime(eni.networkInterfaceId, () => checkAndDetach(context, target, progress)),
    );
    reportDetach(context, outcome, target, what);
    return outcome;
  } catch (error) {
    await context.store.readFresh(target.regionId, [eni.instanceId], [eni.networkInterfaceId]).catch(() => undefined);
    throw commandFailure(error, { what }, automationResult({ kind: 'error', failure: failureOf(error) }));
  }
}

async function checkAndDetach(context: OperationContext, target: DetachTarget, progress: ProgressReport): Promise<DetachOutcome> {
  const { regionId, eni } = target;
  const { token } = progress;
  progress.report(vscode.l10n.t('Checking…'));
  const { instances, networkInterfaces } = await context.store.readFresh(regionId, [eni.instanceId], [eni.networkInterfaceId]);
  if (token.isCancellationRequested) {
    return { kind: 'cancelled' };
  }
  const freshEni = networkInterfaces[0];
  const instance = instances[0];
  if (!freshEni || !instance) {
    return {
      kind: 'refused',
      failure: { code: freshEni ? 'InvalidEcsId.NotFound' : 'InvalidEniId.NotFound', message: vscode.l10n.t('It no longer exists.') },
    };
  }
  const [violation] = checkDetach(freshEni, instance);
  if (violation) {
    return { kind: 'refused', failure: violation };
  }
  progress.report(vscode.l10n.t('Detaching…'));
  try {
    await context.api().detachNetworkInterface(regionId, eni.networkInterfaceId, eni.instanceId);
  } catch (error) {
    if (!(isEcsError(error) && error.outcomeUnknown)) {
      throw error;
    }
    context.log.info(`Detach ${eni.networkInterfaceId} from ${eni.instanceId}: the answer was lost (${error.code}); reading the ENI.`);
    if (
      !(await wentThrough(
        context,
        regionId,
        eni.networkInterfaceId,
        (now) => now.status === 'Detaching' || (now.status === 'Available' && !now.instanceId),
      ))
    ) {
      throw error;
    }
  }
  context.poller.kick();
  const settled = await waitUntilSettled(
    () => context.store.freshNetworkInterface(regionId, eni.networkInterfaceId),
    (current: NetworkInterface | undefined) => current === undefined || current.status !== 'Detaching',
    {
      timeoutMs: context.settleTimeoutMs(),
      stopped: () => token.isCancellationRequested,
      sleep: (ms) => cancellableSleep(ms, token),
    },
  );
  if (settled.kind === 'stopped') {
    return { kind: 'stoppedWaiting', eni: settled.value };
  }
  return { kind: settled.kind === 'settled' && settled.value?.status === 'Available' ? 'detached' : 'timedOut', eni: settled.value };
}

function reportDetach(context: OperationContext, outcome: DetachOutcome, target: DetachTarget, what: string): void {
  const { eni } = target;
  switch (outcome.kind) {
    case 'detached':
      void context.ui.inform(vscode.l10n.t('Detached {0} from {1}.', eniLabel(eni), eni.instanceId));
      return;
    case 'refused':
    case 'error':
      throw new CommandFailure(outcome.failure, { what }, automationResult(outcome));
    case 'stoppedWaiting':
      void context.ui.inform(
        vscode.l10n.t('Stopped waiting. The detach of {0} goes on in ECS; the tree will show when it is done.', eni.networkInterfaceId),
      );
      return;
    case 'timedOut':
      void context.ui.warn(
        vscode.l10n.t(
          '{0} is {1}; the detach has not completed yet. The tree keeps checking.',
          eni.networkInterfaceId,
          outcome.eni?.status ?? vscode.l10n.t('unknown'),
        ),
      );
      return;
    case 'cancelled':
      void context.ui.inform(vscode.l10n.t('Cancelled before the detach was sent: {0} was not changed.', eni.networkInterfaceId));
      return;
    case 'busy':
      void context.ui.inform(vscode.l10n.t('{0} is already being attached or detached.', eni.networkInterfaceId));
      return;
    case 'declined':
      return;
  }
}
