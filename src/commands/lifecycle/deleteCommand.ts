import * as vscode from 'vscode';
import { isEcsError } from '../../cloud/ecsError';
import { waitUntilSettled } from '../../cloud/settle';
import { checkDelete } from '../../domain/lifecycleRules';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { Failure } from '../../domain/failure';
import { failureDetail, meaningAndCode } from '../../ui/localized';
import type { ProgressReport } from '../../ui/userInterface';
import { cancellableSleep } from '../kit/cancellableSleep';
import { failureOf } from '../kit/failureOf';
import { oneAtATime } from '../kit/inFlight';
import { eniLabel } from '../kit/labels';
import { watchAfterLostAnswer } from '../kit/lostAnswer';
import type { OperationContext } from '../kit/operationContext';
import type { CommandDefinition } from '../commandBoundary';
import { selectedEnis } from '../kit/selectedRows';
import { CommandFailure } from '../kit/commandFailure';

/** `unknown`: ECS's answer was lost and the ENI did not show the delete; it may still happen. */
type DeleteResult = { readonly eni: NetworkInterface } & (
  | { readonly kind: 'deleted' | 'stillDeleting' | 'notSent' | 'unknown' }
  | { readonly kind: 'failed'; readonly reason: string; readonly failure?: Failure }
);

/** "Delete Network Interface": the selected Available ENIs, one modal naming them all, each followed until gone, one summary. */
export function deleteCommand(context: OperationContext): CommandDefinition {
  const run = async (node: unknown, selection?: unknown): Promise<readonly DeleteResult[]> => {
    const nodes = selectedEnis(context.rows, node, selection);
    const [first] = nodes;
    if (!first || nodes.some((n) => n.regionId !== first.regionId)) {
      void context.ui.inform(vscode.l10n.t('Select network interfaces of one region in the Resources view to delete them.'));
      return [];
    }
    const regionId = first.regionId;
    const enis = nodes.map((n) => n.networkInterface).filter((eni): eni is NetworkInterface => eni !== undefined);
    const refused = enis.flatMap((eni) => checkDelete(eni).slice(0, 1));
    const deletable = enis.filter((eni) => checkDelete(eni).length === 0);
    if (deletable.length === 0) {
      const [reason] = refused;
      if (reason) {
        throw new CommandFailure(reason, { what: vscode.l10n.t("Can't delete {0}", enis.map(eniLabel).join(', ')) }, []);
      }
      return [];
    }
    const go = vscode.l10n.t('Delete');
    const question =
      deletable.length === 1
        ? vscode.l10n.t('Delete the network interface {0}?', eniLabel(deletable[0] as NetworkInterface))
        : vscode.l10n.t('Delete these {0} network interfaces?', deletable.length);
    const detail = [
      ...(deletable.length > 1 ? deletable.map(eniLabel) : []),
      vscode.l10n.t('Their addresses go back to their vSwitches. This cannot be undone.'),
      ...refused.map((violation) => vscode.l10n.t('Left alone: {0}', failureDetail(violation) ?? violation.code)),
    ].join('\n');
    if ((await context.ui.ask(question, detail, go)) !== go) {
      return [];
    }
    const results = await context.ui.progress(vscode.l10n.t('Deleting {0} network interfaces', deletable.length), async (progress) => {
      const done: DeleteResult[] = [];
      for (const eni of deletable) {
        if (progress.token.isCancellationRequested) {
          done.push({ eni, kind: 'notSent' });
          continue;
        }
        progress.report(eniLabel(eni));
        done.push(await deleteOne(context, regionId, eni, progress));
      }
      return done;
    });
    reportDeletes(context, results);
    return results.map(withoutError);
  };
  return {
    id: 'alicloudEcs.deleteNetworkInterface',
    failure: () => vscode.l10n.t("Couldn't delete the network interface"),
    run,
  };
}

async function deleteOne(
  context: OperationContext,
  regionId: string,
  eni: NetworkInterface,
  progress: ProgressReport,
): Promise<DeleteResult> {
  const id = eni.networkInterfaceId;
  const read = (): Promise<NetworkInterface | undefined> => context.store.freshNetworkInterface(regionId, id);
  const goneOrDeleting = (now: NetworkInterface | undefined): boolean => now === undefined || now.status === 'Deleting';
  const outcome = await oneAtATime(id, async (): Promise<DeleteResult> => {
    try {
      const fresh = await read();
      const [violation] = fresh ? checkDelete(fresh) : [];
      if (!fresh || violation) {
        return {
          eni,
          kind: 'failed',
          reason: violation ? (failureDetail(violation) ?? violation.code) : vscode.l10n.t('It no longer exists.'),
        };
      }
      try {
        await context.api().deleteNetworkInterface(regionId, id);
      } catch (error) {
        if (!(isEcsError(error) && error.outcomeUnknown)) {
          throw error;
        }
        context.log.info(`Delete ${id}: the answer was lost (${error.code}); reading the ENI.`);
        // Wrapped, since a deleted ENI reads as nothing: that is what the watch looks for here.
        const seen = await watchAfterLostAnswer(
          async () => ({ now: await read() }),
          ({ now }) => goneOrDeleting(now),
        );
        if (seen !== 'happened') {
          context.poller.kick();
          return { eni, kind: 'unknown' };
        }
      }
      const settled = await waitUntilSettled(read, (now) => now === undefined, {
        timeoutMs: context.settleTimeoutMs(),
        stopped: () => progress.token.isCancellationRequested,
        sleep: (ms) => cancellableSleep(ms, progress.token),
      });
      return { eni, kind: settled.kind === 'settled' ? 'deleted' : 'stillDeleting' };
    } catch (error) {
      const failure = failureOf(error);
      context.log.error(`Couldn't delete ${id} (${failure.code})`, error);
      return { eni, kind: 'failed', reason: meaningAndCode(failure.code), failure };
    }
  });
  return outcome.kind === 'busy' ? { eni, kind: 'failed', reason: vscode.l10n.t('it is already being changed') } : outcome;
}

/** A result as the command answers it: the error object (whose text may be a library's) stays here. */
const withoutError = (result: DeleteResult): DeleteResult => {
  if (result.kind !== 'failed') {
    return result;
  }
  const { failure, ...rest } = result;
  return failure ? { ...rest, failure: { code: failure.code, message: failure.code, requestId: failure.requestId } } : rest;
};

/** One summary for the whole selection; a single ENI that ECS refused is explained at the boundary instead. */
function reportDeletes(context: OperationContext, results: readonly DeleteResult[]): void {
  const [only] = results;
  if (results.length === 1 && only?.kind === 'failed' && only.failure) {
    throw new CommandFailure(only.failure, { what: vscode.l10n.t("Couldn't delete {0}", eniLabel(only.eni)) }, results.map(withoutError));
  }
  const named = (kind: DeleteResult['kind']): string =>
    results
      .filter((r) => r.kind === kind)
      .map((r) => eniLabel(r.eni))
      .join(', ');
  const lines = [
    named('deleted') && vscode.l10n.t('Deleted: {0}.', named('deleted')),
    named('stillDeleting') && vscode.l10n.t('Still being deleted (the tree keeps checking): {0}.', named('stillDeleting')),
    named('notSent') && vscode.l10n.t('Not deleted (cancelled before it was sent): {0}.', named('notSent')),
    named('unknown') &&
      vscode.l10n.t("ECS's answer was lost; these may or may not be deleted (the tree keeps checking): {0}.", named('unknown')),
    ...results.flatMap((r) => (r.kind === 'failed' ? [vscode.l10n.t('Not deleted: {0}: {1}', eniLabel(r.eni), r.reason)] : [])),
  ].filter(Boolean);
  const text = lines.join(' ');
  if (results.every((r) => r.kind === 'deleted')) {
    void context.ui.inform(text);
  } else {
    void context.ui.warn(text);
  }
}
