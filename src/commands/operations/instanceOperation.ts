import * as vscode from 'vscode';
import type { EcsApi } from '../../cloud/ecsApi';
import { isEcsError } from '../../cloud/ecsError';
import { waitUntilSettled } from '../../cloud/settle';
import type { Failure } from '../../domain/failure';
import type { Instance } from '../../domain/instance';
import { checkInstanceOperation, type InstanceOperation, mayStopCharging, SETTLED_STATUS } from '../../domain/instanceRules';
import { failureDetail, localExplain } from '../../ui/localized';
import type { ProgressReport } from '../../ui/userInterface';
import { cancellableSleep } from '../kit/cancellableSleep';
import { failureOf } from '../kit/failureOf';
import { oneAtATime } from '../kit/inFlight';
import { instanceLabel } from '../kit/labels';
import { watchAfterLostAnswer } from '../kit/lostAnswer';
import type { OperationContext } from '../kit/operationContext';
import type { PowerChoice } from '../kit/instanceConfirm';

/** Where one instance ended: settled, still changing when the waiting ended, never sent, or not done (and why). */
export type PowerResult = { readonly instance: Instance } & (
  | { readonly kind: 'settled' | 'stillChanging'; readonly now: Instance | undefined }
  | { readonly kind: 'notSent' }
  | { readonly kind: 'failed'; readonly reason: string; readonly failure: Failure | undefined }
);

/** An instance whose request ECS took (or, its answer lost, that shows the request took), as it was just before. */
export interface Sent {
  readonly before: Instance;
}

/** One operation on one instance, as the command asked for it. */
export interface PowerRequest extends PowerChoice {
  readonly operation: InstanceOperation;
}

const reasonOf = (failure: Failure): string =>
  vscode.l10n.t('{0} ({1})', failureDetail(failure) ?? localExplain(failure.code).meaning, failure.code);

function send(api: EcsApi, regionId: string, instance: Instance, request: PowerRequest): Promise<string> {
  const id = instance.instanceId;
  switch (request.operation) {
    case 'start':
      return api.startInstance(regionId, id);
    case 'stop':
      return api.stopInstance(regionId, id, {
        stoppedMode: request.stopCharging && mayStopCharging(instance) ? 'StopCharging' : 'KeepCharging',
        force: request.force,
      });
    case 'reboot':
      return api.rebootInstance(regionId, id, request.force);
  }
}

/** Whether the instance, read after the request, shows that ECS took it. */
function tookEffect(operation: InstanceOperation, before: Instance, now: Instance): boolean {
  switch (operation) {
    case 'start':
      return now.status === 'Starting' || now.status === 'Running';
    case 'stop':
      return now.status === 'Stopping' || now.status === 'Stopped';
    case 'reboot':
      return now.status !== 'Running' || now.startTime !== before.startTime;
  }
}

/**
 * Checks the instance as ECS has it now, then sends the request once. A request whose answer was lost is never sent
 * again: the instance is read for a few seconds to see whether it took.
 */
export async function sendOne(
  context: OperationContext,
  api: EcsApi,
  regionId: string,
  instance: Instance,
  request: PowerRequest,
): Promise<Sent | PowerResult> {
  const id = instance.instanceId;
  const read = async (): Promise<Instance | undefined> => await context.store.freshInstance(regionId, id);
  const outcome = await oneAtATime(id, async (): Promise<Sent | PowerResult> => {
    try {
      const fresh = await read();
      const [violation] = fresh ? checkInstanceOperation(request.operation, fresh) : [];
      if (!fresh || violation) {
        const reason = violation ? reasonOf(violation) : vscode.l10n.t('It no longer exists.');
        return { instance, kind: 'failed', reason, failure: violation };
      }
      try {
        await send(api, regionId, fresh, request);
      } catch (error) {
        if (!(isEcsError(error) && error.outcomeUnknown)) {
          throw error;
        }
        context.log.info(`${request.operation} ${id}: the answer was lost (${error.code}); reading the instance.`);
        if ((await watchAfterLostAnswer(read, (now) => tookEffect(request.operation, fresh, now))) !== 'happened') {
          const reason = vscode.l10n.t(
            'the answer was lost ({0}) and the instance shows no sign of the request; it was not sent again.',
            error.code,
          );
          // Said in the summary, not by the notifier: the code's meaning alone would not say that nothing was resent.
          return { instance, kind: 'failed', reason, failure: undefined };
        }
      }
      return { before: fresh };
    } catch (error) {
      const failure = failureOf(error);
      return { instance, kind: 'failed', reason: reasonOf(failure), failure };
    }
  });
  if ('kind' in outcome && outcome.kind === 'busy') {
    return { instance, kind: 'failed', reason: vscode.l10n.t('it is already being changed'), failure: undefined };
  }
  return outcome;
}

/**
 * Follows the instances ECS took the request for until each is in the status the operation ends in (a reboot: Running
 * again, after a new start or a status on the way), the settle time is up, or the user stops waiting. One read of all
 * of them a round, through the store, so that the tree follows.
 */
export async function followAll(
  context: OperationContext,
  regionId: string,
  operation: InstanceOperation,
  sent: readonly Sent[],
  progress: ProgressReport,
): Promise<{ readonly results: PowerResult[]; readonly stoppedWaiting: boolean }> {
  if (sent.length === 0) {
    return { results: [], stoppedWaiting: false };
  }
  const ids = sent.map((s) => s.before.instanceId);
  const moved = new Set<string>();
  const latest = new Map<string, Instance>();
  let reads = 0;
  const settled = ({ before }: Sent): boolean => {
    const now = latest.get(before.instanceId);
    if (now?.status !== SETTLED_STATUS[operation]) {
      return false;
    }
    return operation !== 'reboot' || moved.has(before.instanceId) || now.startTime !== before.startTime;
  };
  const read = async (): Promise<void> => {
    const { instances } = await context.store.readFresh(regionId, ids, []);
    reads += 1;
    latest.clear();
    for (const now of instances) {
      latest.set(now.instanceId, now);
      if (now.status !== SETTLED_STATUS[operation]) {
        moved.add(now.instanceId);
      }
    }
  };
  const [only] = sent;
  progress.report(
    sent.length === 1 && only
      ? vscode.l10n.t('Waiting until {0} is {1}…', instanceLabel(only.before), SETTLED_STATUS[operation])
      : vscode.l10n.t('Waiting until {0} instances are {1}…', sent.length, SETTLED_STATUS[operation]),
  );
  const outcome = await waitUntilSettled(
    () =>
      read().then(
        () => true,
        () => false,
      ),
    (readOk) => readOk && sent.every(settled),
    {
      timeoutMs: context.settleTimeoutMs(),
      stopped: () => progress.token.isCancellationRequested,
      sleep: (ms) => cancellableSleep(ms, progress.token),
    },
  );
  if (outcome.kind === 'stopped') {
    // The user stopped waiting: one last look, so that the summary names where each instance is.
    await read().catch(() => undefined);
  }
  const results = sent.map((s): PowerResult => {
    const now = latest.get(s.before.instanceId);
    if (!now && reads > 0) {
      return { instance: s.before, kind: 'failed', reason: vscode.l10n.t('It no longer exists.'), failure: undefined };
    }
    return { instance: s.before, kind: settled(s) ? 'settled' : 'stillChanging', now };
  });
  return { results, stoppedWaiting: outcome.kind === 'stopped' };
}
