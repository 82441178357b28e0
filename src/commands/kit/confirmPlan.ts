import * as vscode from 'vscode';
import type { Instance } from '../../domain/instance';
import { productionTag } from '../../domain/instanceRules';
import type { Remedy } from '../../ui/errorNotifier';
import type { ProgressReport } from '../../ui/userInterface';
import { recordPlan } from './activityPlan';
import { CommandFailure } from './commandFailure';
import { instanceLabel } from './labels';
import type { OperationContext } from './operationContext';
import { type Plan, type PlanResult, runPlan } from './planRunner';

/** One rule for what counts as production, the instance operations' own (`env`/`environment` = `prod`/`production`). */
const isProduction = (instance: Instance): boolean => productionTag(instance) !== undefined;

/** Shows the plan, runs it once confirmed, and tells the user how it ended and what state everything is in. */
export async function confirmAndRun(
  context: OperationContext,
  plan: Plan<ProgressReport>,
  go: string,
  warnAbout: readonly Instance[],
  resourceIds: readonly string[],
  remedyAfterFailure?: (result: PlanResult) => Remedy | undefined,
): Promise<PlanResult | undefined> {
  const detail = [
    ...plan.steps.map((step, index) => `${index + 1}. ${step.title}`),
    ...warnAbout.filter(isProduction).map((instance) => vscode.l10n.t('{0} is tagged as production.', instanceLabel(instance))),
    vscode.l10n.t('You can cancel between steps.'),
  ].join('\n');
  if ((await context.ui.ask(vscode.l10n.t('{0}?', plan.title), detail, go)) !== go) {
    return undefined;
  }
  const result = await context.ui.progress(plan.title, (progress) =>
    recordPlan(context.activity, plan.title, resourceIds, () =>
      runPlan(plan, progress, (error) => {
        context.log.error(`Reading the state after “${plan.title}” failed`, error);
        return vscode.l10n.t('The state could not be read; refresh the region.');
      }),
    ),
  );
  const done = result.done.length > 0 ? result.done.join('; ') : vscode.l10n.t('nothing');
  const notDone = result.notDone.length > 0 ? result.notDone.join('; ') : vscode.l10n.t('nothing');
  if (result.kind === 'done') {
    void context.ui.inform(vscode.l10n.t('Done: {0}. {1}', done, result.state));
  } else if (result.kind === 'cancelled') {
    // A step cancelled after ECS took its write is neither done nor failed: it goes on in ECS.
    void context.ui.warn(
      result.underWay.length > 0
        ? vscode.l10n.t(
            'Cancelled. Done: {0}. Still under way in ECS: {1}. Not done: {2}. {3}',
            done,
            result.underWay.join('; '),
            notDone,
            result.state,
          )
        : vscode.l10n.t('Cancelled. Done: {0}. Not done: {1}. {2}', done, notDone, result.state),
    );
  } else {
    const stoppedAt = result.failed ?? result.cleanupFailed[0];
    throw new CommandFailure(
      stoppedAt?.error,
      {
        what: vscode.l10n.t('“{0}” stopped at “{1}”', plan.title, stoppedAt?.title ?? ''),
        outcome: vscode.l10n.t('Done: {0}. Not done: {1}. {2}', done, notDone, result.state),
        remedy: remedyAfterFailure?.(result),
      },
      result,
    );
  }
  return result;
}
