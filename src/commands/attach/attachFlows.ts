import * as vscode from 'vscode';
import { failureDetail, localExplain } from '../../ui/localized';
import { type AttachOutcome, attachOne, reportAttach } from '../operations/attachOperation';
import { failureOf } from '../kit/failureOf';
import { eniLabel, instanceLabel, pairLabels } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import { confirmStopAttachStart, stopAttachStart, type StopAttachStartResult } from './stopAttachStart';

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
  const retry = (): Promise<AttachOutcome> => attachWithProgress(context, regionId, eniId, instanceId);
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
        const result = await stopAttachStart(context, regionId, eni, instance);
        void reportStopAttachStart(context, result, eniLabel(eni), instanceLabel(instance));
        // An instance left stopped makes the whole change a failure, whatever became of the attach.
        return result.restartFailure ? { kind: 'error', failure: result.restartFailure } : result.outcome;
      }
    }
    // The message is not awaited: the command is done, whatever the user clicks later.
    void reportAttach(context, outcome, regionId, eniId, instanceId, retry);
    return outcome;
  } catch (error) {
    const named = pairLabels(context.store, regionId, eniId, instanceId);
    void context.notifier.show(error, { what: vscode.l10n.t("Couldn't attach {0} to {1}", named.eni, named.instance), retry });
    return { kind: 'error', failure: failureOf(error) };
  }
}

/** One message for a stop-attach-start, always ending with the state of the instance and the ENI. */
async function reportStopAttachStart(
  context: OperationContext,
  result: StopAttachStartResult,
  eniText: string,
  instanceText: string,
): Promise<void> {
  const { outcome, instanceRestored, state } = result;
  if (!instanceRestored) {
    const log = vscode.l10n.t('Show Log');
    context.log.error(`Stop-attach-start of ${eniText} on ${instanceText} left the instance stopped. ${state}`);
    if (
      (await context.ui.fail(
        vscode.l10n.t('{0} was stopped to attach {1} and could not be started again. {2}', instanceText, eniText, state),
        log,
      )) === log
    ) {
      context.log.show();
    }
  } else if (outcome.kind === 'attached') {
    void context.ui.inform(vscode.l10n.t('Attached {0} to {1}, which was stopped and started again. {2}', eniText, instanceText, state));
  } else if (outcome.kind === 'refused' || outcome.kind === 'error') {
    await context.notifier.show(outcome.failure, { what: vscode.l10n.t("Couldn't attach {0} to {1}. {2}", eniText, instanceText, state) });
  } else {
    void context.ui.warn(
      outcome.kind === 'cancelled'
        ? vscode.l10n.t('Cancelled: {0} was not attached. {1}', eniText, state)
        : vscode.l10n.t('{0} was not attached to {1} ({2}). {3}', eniText, instanceText, outcome.kind, state),
    );
  }
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
    .map(([id, outcome]) =>
      'failure' in outcome ? `${id}: ${localExplain(outcome.failure.code).meaning} (${outcome.failure.code})` : `${id}: ${outcome.kind}`,
    );
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
