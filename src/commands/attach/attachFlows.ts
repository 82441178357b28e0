import * as vscode from 'vscode';
import { failureDetail, meaningAndCode } from '../../ui/localized';
import { type AttachOutcome, attachOne, reportAttach } from '../operations/attachOperation';
import { failureOf } from '../kit/failureOf';
import { eniLabel, instanceLabel, pairLabels } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import { confirmStopAttachStart, stopAttachStart, type StopAttachStartResult } from './stopAttachStart';
import { CommandFailure, commandFailure } from '../kit/commandFailure';
import { automationResult } from '../kit/automationRequests';

/**
 * Attaches one ENI with a cancellable progress notification and one message at the end; offers stop-attach-start.
 * `requested`: another extension asked for it (a command argument), which the stop-attach-start question says.
 */
export async function attachWithProgress(
  context: OperationContext,
  regionId: string,
  eniId: string,
  instanceId: string,
  options: { readonly requested?: boolean } = {},
): Promise<AttachOutcome> {
  const retry = (): Promise<AttachOutcome> => attachWithProgress(context, regionId, eniId, instanceId, options);
  try {
    const outcome = await context.ui.progress(vscode.l10n.t('Attach {0}', eniId), (progress) =>
      attachOne(context, regionId, eniId, instanceId, progress),
    );
    if (outcome.kind === 'needsStop') {
      // Read now, not from the tree: the region may never have been loaded (automation), and state may have moved on.
      const { instances, networkInterfaces } = await context.store.readFresh(regionId, [instanceId], [eniId]);
      const [instance, eni] = [instances[0], networkInterfaces[0]];
      if (
        instance &&
        eni &&
        (await confirmStopAttachStart(context.ui, eni, instance, failureDetail(outcome.failure) ?? '', options.requested))
      ) {
        return reportStopAttachStart(
          context,
          await stopAttachStart(context, regionId, eni, instance),
          eniLabel(eni),
          instanceLabel(instance),
        );
      }
    }
    reportAttach(context, outcome, regionId, eniId, instanceId, retry);
    return outcome;
  } catch (error) {
    const named = pairLabels(context.store, regionId, eniId, instanceId);
    throw commandFailure(
      error,
      { what: vscode.l10n.t("Couldn't attach {0} to {1}", named.eni, named.instance), retry },
      automationResult({ kind: 'error', failure: failureOf(error) }),
    );
  }
}

/**
 * One message for a stop-attach-start, always ending with the state of the instance and the ENI. An instance left
 * stopped makes the whole change a failure, whatever became of the attach.
 */
function reportStopAttachStart(
  context: OperationContext,
  result: StopAttachStartResult,
  eniText: string,
  instanceText: string,
): AttachOutcome {
  const { outcome, restartFailure, state } = result;
  if (restartFailure) {
    throw new CommandFailure(
      restartFailure,
      { what: vscode.l10n.t('{0} was stopped to attach {1} and could not be started again', instanceText, eniText), outcome: state },
      automationResult({ kind: 'error', failure: restartFailure }),
    );
  }
  if (outcome.kind === 'refused' || outcome.kind === 'error') {
    throw new CommandFailure(
      outcome.failure,
      { what: vscode.l10n.t("Couldn't attach {0} to {1}", eniText, instanceText), outcome: state },
      automationResult(outcome),
    );
  }
  if (outcome.kind === 'attached') {
    void context.ui.inform(vscode.l10n.t('Attached {0} to {1}, which was stopped and started again. {2}', eniText, instanceText, state));
  } else {
    void context.ui.warn(
      outcome.kind === 'cancelled'
        ? vscode.l10n.t('Cancelled: {0} was not attached. {1}', eniText, state)
        : vscode.l10n.t('{0} was not attached to {1} ({2}). {3}', eniText, instanceText, outcome.kind, state),
    );
  }
  return outcome;
}

/** Several ENIs to one instance: one after another, under one progress notification, with one summary. */
export async function attachSeveral(
  context: OperationContext,
  regionId: string,
  eniIds: readonly string[],
  instanceId: string,
): Promise<void> {
  if (eniIds.length === 1 && eniIds[0]) {
    await attachWithProgress(context, regionId, eniIds[0], instanceId);
    return;
  }
  const results = await context.ui.progress(
    vscode.l10n.t('Attaching {0} network interfaces to {1}', eniIds.length, instanceId),
    async ({ report, token }) => {
      const done: Array<[string, AttachOutcome]> = [];
      for (const [index, eniId] of eniIds.entries()) {
        if (token.isCancellationRequested) {
          break;
        }
        const outcome = await attachOne(context, regionId, eniId, instanceId, {
          report: (message) => report(`${index + 1}/${eniIds.length} ${message}`),
          token,
        }).catch((error: unknown) => ({ kind: 'error' as const, failure: failureOf(error) }));
        done.push([eniId, outcome]);
      }
      return done;
    },
  );
  const attached = results.filter(([, outcome]) => outcome.kind === 'attached').map(([id]) => id);
  const problems = results
    .filter(([, outcome]) => outcome.kind !== 'attached')
    .map(([id, outcome]) => ('failure' in outcome ? `${id}: ${meaningAndCode(outcome.failure.code)}` : `${id}: ${outcome.kind}`));
  const summary = vscode.l10n.t('Attached {0} of {1} network interfaces to {2}.', attached.length, eniIds.length, instanceId);
  if (problems.length === 0) {
    void context.ui.inform(summary);
    return;
  }
  const log = vscode.l10n.t('Show Log');
  context.log.info(`${summary} ${problems.join('; ')}`);
  if ((await context.ui.warn(`${summary} ${problems.join(' ')}`, log)) === log) {
    context.log.show();
  }
}
