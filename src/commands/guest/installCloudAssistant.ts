import * as vscode from 'vscode';
import { agentLook } from '../../domain/cloudAssistant';
import type { Instance } from '../../domain/instance';
import type { CommandDefinition } from '../commandBoundary';
import { CommandFailure } from '../kit/commandFailure';
import { confirmAndRun } from '../kit/confirmPlan';
import { instanceLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import type { PlanResult } from '../kit/planRunner';
import { agentOnlineStep, installAgentStep, startStep } from '../operations/guestSteps';
import { rebootStep } from '../operations/planSteps';
import { chooseInstances } from './guestTargets';

/** What the state of the instances is after the plan: each one's status and whether its agent answers. */
async function agentState(context: OperationContext, regionId: string, instances: readonly Instance[]): Promise<string> {
  const ids = instances.map((instance) => instance.instanceId);
  const { instances: fresh, agents } = await context.store.freshInstancesWithAgents(regionId, ids);
  return instances
    .map((instance) => {
      const now = fresh.find((candidate) => candidate.instanceId === instance.instanceId);
      const agent = agents.find((candidate) => candidate.instanceId === instance.instanceId);
      const status = now?.status ?? vscode.l10n.t('gone');
      return agent?.online
        ? vscode.l10n.t('{0} is {1}, Cloud Assistant {2} answers.', instanceLabel(instance), status, agent.version)
        : vscode.l10n.t('{0} is {1}, Cloud Assistant does not answer.', instanceLabel(instance), status);
    })
    .join(' ');
}

/**
 * The plan that makes Cloud Assistant answer on these instances: install it (InstallCloudAssistant), restart each
 * (a Running one rebooted, a Stopped one started: the agent runs from the next boot, as the reference says), and wait
 * until ECS hears from each agent. Production tags are named before anything is sent.
 */
export function installPlan(context: OperationContext, regionId: string, instances: readonly Instance[]): Promise<PlanResult | undefined> {
  const restarts = instances.map((instance) =>
    instance.status === 'Stopped' ? startStep(context, regionId, instance) : rebootStep(context, regionId, instance),
  );
  const title =
    instances.length === 1
      ? vscode.l10n.t('Install Cloud Assistant on {0} and restart it', instanceLabel(instances[0] as Instance))
      : vscode.l10n.t('Install Cloud Assistant on {0} instances and restart them', instances.length);
  return confirmAndRun(
    context,
    {
      title,
      steps: [installAgentStep(context, regionId, instances), ...restarts, agentOnlineStep(context, regionId, instances)],
      describeState: () => agentState(context, regionId, instances),
    },
    vscode.l10n.t('Install and Restart'),
    instances,
    instances.map((instance) => instance.instanceId),
  );
}

/**
 * "Install Cloud Assistant…" on instance rows or from the palette: the instances whose agent does not answer, Running
 * or Stopped, installed and restarted as one plan; the others are left alone and said so.
 */
export function installCloudAssistantCommand(context: OperationContext): CommandDefinition {
  return {
    id: 'alicloudEcs.installCloudAssistant',
    failure: () => vscode.l10n.t("Couldn't install Cloud Assistant"),
    run: async (node: unknown, selection?: unknown): Promise<PlanResult | undefined> => {
      const targets = await chooseInstances(context, node, selection, vscode.l10n.t('Install Cloud Assistant'));
      if (!targets) {
        return undefined;
      }
      const what = vscode.l10n.t("Couldn't install Cloud Assistant");
      const ids = targets.instances.map((instance) => instance.instanceId);
      let fresh: Instance[];
      let online: ReadonlySet<string>;
      try {
        const read = await context.store.freshInstancesWithAgents(targets.regionId, ids);
        fresh = read.instances;
        const { agents } = read;
        // An agent that answers and is recent enough for terminals is left alone; an older one is installed again (updated).
        online = new Set(agents.filter((agent) => agentLook(agent, true) === 'online').map((agent) => agent.instanceId));
      } catch (error) {
        throw new CommandFailure(error, { what });
      }
      const needing = fresh.filter(
        (instance) => !online.has(instance.instanceId) && (instance.status === 'Running' || instance.status === 'Stopped'),
      );
      const leftAlone = fresh.filter((instance) => !needing.includes(instance));
      if (leftAlone.length > 0) {
        void context.ui.inform(
          vscode.l10n.t(
            'Left alone (Cloud Assistant answers and is current, or the instance is neither Running nor Stopped): {0}',
            leftAlone.map((instance) => `${instanceLabel(instance)} (${instance.status})`).join(', '),
          ),
        );
      }
      return needing.length > 0 ? installPlan(context, targets.regionId, needing) : undefined;
    },
  };
}
