import * as vscode from 'vscode';
import type { Violation } from '../../domain/attachRules';
import type { GuestRule } from '../../domain/cloudAssistantRules';
import type { Instance } from '../../domain/instance';
import type { Remedy } from '../../ui/errorNotifier';
import { confirmAndRun } from '../kit/confirmPlan';
import { instanceLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import { agentOnlineStep, startStep } from '../operations/guestSteps';
import { installPlan } from './installCloudAssistant';

/**
 * What can be done for an instance Cloud Assistant cannot reach: a Stopped one started (and its agent waited for), one
 * without the agent given it (installed, restarted). An agent that stopped answering has no remedy of ours.
 */
export function guestRemedy(
  context: OperationContext,
  regionId: string,
  refused: { readonly instance: Instance; readonly violation: Violation<GuestRule> },
): Remedy | undefined {
  const { instance, violation } = refused;
  switch (violation.rule) {
    case 'runState': {
      if (instance.status !== 'Stopped') {
        return undefined;
      }
      const label = vscode.l10n.t('Start {0}', instanceLabel(instance));
      return {
        label,
        run: () =>
          confirmAndRun(
            context,
            {
              title: vscode.l10n.t('Start {0} and wait for Cloud Assistant', instanceLabel(instance)),
              steps: [startStep(context, regionId, instance), agentOnlineStep(context, regionId, [instance])],
              describeState: async () =>
                vscode.l10n.t(
                  '{0} is {1}.',
                  instanceLabel(instance),
                  (await context.store.freshInstance(regionId, instance.instanceId))?.status ?? vscode.l10n.t('gone'),
                ),
            },
            label,
            [instance],
            [instance.instanceId],
          ),
      };
    }
    case 'agentMissing':
    case 'agentTooOld':
      return { label: vscode.l10n.t('Install Cloud Assistant…'), run: () => installPlan(context, regionId, [instance]) };
    default:
      return undefined;
  }
}
