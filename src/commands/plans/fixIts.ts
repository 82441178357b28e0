import * as vscode from 'vscode';
import type { Violation } from '../../domain/attachRules';
import type { Instance } from '../../domain/instance';
import type { NetworkInterface } from '../../domain/networkInterface';
import { isInstanceTransitional } from '../../domain/resourceStatus';
import type { Remedy } from '../../ui/errorNotifier';
import type { ProgressReport } from '../../ui/userInterface';
import { eniLabel, instanceLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import { finalState } from '../kit/pairState';
import { createAndAttach } from '../attach/createAndAttachCommand';
import { confirmAndRun } from '../kit/confirmPlan';
import type { Plan, PlanResult } from '../kit/planRunner';
import { attachStep, detachStep, rebootStep, waitStep } from '../operations/planSteps';

/**
 * Fix-its: for a refused attach whose cause has a documented remedy, a plan the user confirms once and the extension
 * carries out step by step (the remedy, then the attach), ending with the state of everything.
 */

type FixPlan = Plan<ProgressReport>;

/** The remedy for this refusal of attaching `eni` to `instance`, when there is one. */
export function remedyFor(
  context: OperationContext,
  regionId: string,
  eni: NetworkInterface,
  instance: Instance,
  violation: Violation<string>,
): Remedy | undefined {
  const describeState = (): Promise<string> => finalState(context, regionId, eni.networkInterfaceId, instance.instanceId);
  switch (violation.rule) {
    case 'rebootRequired': {
      const label = vscode.l10n.t('Reboot, then Attach');
      const plan: FixPlan = {
        title: vscode.l10n.t('Reboot {0}, wait for Running, attach {1}', instanceLabel(instance), eniLabel(eni)),
        steps: [rebootStep(context, regionId, instance), attachStep(context, regionId, eni, instance)],
        describeState,
      };
      return { label, run: () => confirmAndRun(context, plan, label, [instance], [eni.networkInterfaceId, instance.instanceId]) };
    }
    case 'eniAvailable':
    case 'instanceState': {
      // Waiting helps when something is on its way and the ENI is headed for Available.
      const onItsWay = eni.status === 'Detaching' || isInstanceTransitional(instance);
      if (!onItsWay || (eni.status !== 'Available' && eni.status !== 'Detaching')) {
        return undefined;
      }
      const label = vscode.l10n.t('Wait, then Attach');
      const plan: FixPlan = {
        title: vscode.l10n.t('Wait until {0} and {1} settle, attach', eniLabel(eni), instanceLabel(instance)),
        steps: [waitStep(context, regionId, eni, instance), attachStep(context, regionId, eni, instance)],
        describeState,
      };
      return { label, run: () => confirmAndRun(context, plan, label, [], [eni.networkInterfaceId, instance.instanceId]) };
    }
    case 'eniLimit': {
      const label = vscode.l10n.t('Detach One First…');
      return { label, run: () => detachOneFirst(context, regionId, eni, instance, label) };
    }
    case 'sameZone':
    case 'sameVpc':
      return { label: vscode.l10n.t('Create One in Its vSwitch and Attach…'), run: () => createAndAttach(context, regionId, instance) };
    default:
      return undefined;
  }
}

async function detachOneFirst(
  context: OperationContext,
  regionId: string,
  eni: NetworkInterface,
  instance: Instance,
  label: string,
): Promise<void> {
  const resources = await context.store.regionData(regionId);
  const attached = resources.networkInterfaces
    .items()
    .filter((e) => e.instanceId === instance.instanceId && e.status === 'InUse' && e.type === 'Secondary' && !e.serviceManaged);
  const chosen = await context.ui.pick(
    attached.map((e) => ({
      label: e.networkInterfaceName || e.networkInterfaceId,
      description: `${e.networkInterfaceId} · ${e.privateIpAddress}`,
      eni: e,
    })),
    {
      title: vscode.l10n.t('Detach which network interface from {0}?', instanceLabel(instance)),
      placeHolder: vscode.l10n.t('Its traffic stops'),
    },
  );
  if (!chosen) {
    return;
  }
  const detach = detachStep(context, regionId, chosen.eni);
  const plan: FixPlan = {
    title: vscode.l10n.t('Detach {0} from {1}, attach {2}', eniLabel(chosen.eni), instanceLabel(instance), eniLabel(eni)),
    steps: [detach, attachStep(context, regionId, eni, instance)],
    // Every resource the plan touched: the ENI it detached too.
    describeState: () => finalState(context, regionId, [chosen.eni.networkInterfaceId, eni.networkInterfaceId], instance.instanceId),
  };
  // When the attach fails after the detach went through, the way back: attach the detached one again, as a plan.
  const reattach = (result: PlanResult): Remedy | undefined =>
    result.done.includes(detach.title) && result.failed
      ? {
          label: vscode.l10n.t('Attach {0} Again', eniLabel(chosen.eni)),
          run: () =>
            confirmAndRun(
              context,
              {
                title: vscode.l10n.t('Attach {0} to {1} again', eniLabel(chosen.eni), instanceLabel(instance)),
                steps: [attachStep(context, regionId, chosen.eni, instance)],
                describeState: () =>
                  finalState(context, regionId, [chosen.eni.networkInterfaceId, eni.networkInterfaceId], instance.instanceId),
              },
              vscode.l10n.t('Attach Again'),
              [instance],
              [chosen.eni.networkInterfaceId, instance.instanceId],
            ),
        }
      : undefined;
  await confirmAndRun(
    context,
    plan,
    label,
    [instance],
    [chosen.eni.networkInterfaceId, eni.networkInterfaceId, instance.instanceId],
    reattach,
  );
}
