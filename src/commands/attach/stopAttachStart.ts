import * as vscode from 'vscode';
import { waitUntilSettled } from '../../cloud/settle';
import type { Instance } from '../../domain/instance';
import { type AttachOutcome, attachOne, cancellableSleep } from './attachOperation';
import { eniLabel, instanceLabel } from './labels';
import type { OperationContext } from './operationContext';

/** Asks first (modal): stopping an instance interrupts what runs on it. */
export async function confirmStopAttachStart(instanceId: string, reason: string): Promise<boolean> {
  const go = vscode.l10n.t('Stop, Attach and Start');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} Stop {1}, attach the network interface, and start it again?', reason, instanceId),
    { modal: true, detail: vscode.l10n.t('The instance is unavailable while it is stopped. Each step is reported as it happens.') }, go);
  return choice === go;
}

/** Stops the instance, attaches, and starts it again, reporting each step; returns the steps done for the summary. */
export async function stopAttachStart(
  context: OperationContext, regionId: string, eniId: string, instance: Instance,
): Promise<{ outcome: AttachOutcome; steps: string[] }> {
  const steps: string[] = [];
  return vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: vscode.l10n.t('Attaching to {0}', instanceLabel(instance)),
    cancellable: true,
  }, async (progress, token) => {
    const waitFor = async (status: string): Promise<Instance | undefined> => {
      const outcome = await waitUntilSettled(async () => {
        const { instances } = await context.provider.readFresh(regionId, [instance.instanceId], []);
        return instances[0];
      }, (current) => current?.status === status, {
        timeoutMs: context.settleTimeoutMs(), stopped: () => token.isCancellationRequested, sleep: (ms) => cancellableSleep(ms, token),
      });
      return outcome.kind === 'settled' ? outcome.value : undefined;
    };
    progress.report({ message: vscode.l10n.t('1/3 Stopping {0}…', instance.instanceId) });
    await context.api().stopInstance(regionId, instance.instanceId);
    if (!(await waitFor('Stopped'))) {
      return { outcome: { kind: 'stoppedWaiting', eni: undefined }, steps: [vscode.l10n.t('{0} did not reach Stopped; nothing was attached.', instance.instanceId)] };
    }
    steps.push(vscode.l10n.t('stopped {0}', instance.instanceId));
    progress.report({ message: vscode.l10n.t('2/3 Attaching {0}…', eniId) });
    const outcome = await attachOne(context, regionId, eniId, instance.instanceId,
      { report: (message) => progress.report({ message: `2/3 ${message}` }), token }, true);
    if (outcome.kind === 'attached') {
      steps.push(vscode.l10n.t('attached {0}', eniLabel(outcome.eni)));
    }
    progress.report({ message: vscode.l10n.t('3/3 Starting {0}…', instance.instanceId) });
    await context.api().startInstance(regionId, instance.instanceId);
    steps.push((await waitFor('Running'))
      ? vscode.l10n.t('started {0}', instance.instanceId)
      : vscode.l10n.t('asked {0} to start (not Running yet)', instance.instanceId));
    return { outcome, steps };
  });
}
