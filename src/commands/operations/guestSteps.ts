import * as vscode from 'vscode';
import { isEcsError } from '../../cloud/ecsError';
import { pollDelays, waitUntilSettled } from '../../cloud/settle';
import { agentLook, MAX_INSTALL_INSTANCES } from '../../domain/cloudAssistant';
import type { Instance } from '../../domain/instance';
import type { ProgressReport } from '../../ui/userInterface';
import { cancellableSleep } from '../kit/cancellableSleep';
import { instanceLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import { type PlanStep, StepCancelled } from '../kit/planRunner';
import { StillSettling } from './planSteps';

type Step = PlanStep<ProgressReport>;

/** The agent reports a heartbeat about once a minute: after a boot, ECS may take two to say it is online. */
const AGENT_PATIENCE_MS = 3 * 60 * 1000;

/** InstallCloudAssistant on these instances (50 a call, its limit); the agent runs from each one's next boot. */
export function installAgentStep(context: OperationContext, regionId: string, instances: readonly Instance[]): Step {
  return {
    title: vscode.l10n.t('Install Cloud Assistant on {0}', instances.map(instanceLabel).join(', ')),
    run: async () => {
      const ids = instances.map((instance) => instance.instanceId);
      try {
        for (let start = 0; start < ids.length; start += MAX_INSTALL_INSTANCES) {
          await context.api().installCloudAssistant(regionId, ids.slice(start, start + MAX_INSTALL_INSTANCES));
        }
      } catch (error) {
        // Installing again is harmless, but a lost answer is not sent again: the wait for the agent tells whether it took.
        if (!(isEcsError(error) && error.outcomeUnknown)) {
          throw error;
        }
        context.log.info(`InstallCloudAssistant in ${regionId}: the answer was lost (${error.code}); not sent again.`);
      }
    },
  };
}

/** Start a Stopped instance and wait until it is Running. */
export function startStep(context: OperationContext, regionId: string, instance: Instance): Step {
  const read = async (): Promise<Instance | undefined> => await context.store.freshInstance(regionId, instance.instanceId);
  return {
    title: vscode.l10n.t('Start {0} and wait until it is Running', instanceLabel(instance)),
    run: async (progress) => {
      try {
        await context.api().startInstance(regionId, instance.instanceId);
      } catch (error) {
        if (!(isEcsError(error) && error.outcomeUnknown)) {
          throw error;
        }
        context.log.info(`Start ${instance.instanceId}: the answer was lost (${error.code}); reading the instance.`);
      }
      const outcome = await waitUntilSettled(read, (now) => now?.status === 'Running', {
        timeoutMs: context.settleTimeoutMs(),
        stopped: () => progress.token.isCancellationRequested,
        sleep: (ms) => cancellableSleep(ms, progress.token),
        delays: pollDelays(),
      });
      if (outcome.kind === 'stopped') {
        throw new StepCancelled(true);
      }
      if (outcome.kind !== 'settled') {
        throw new StillSettling('instance', instanceLabel(instance), outcome.value?.status);
      }
    },
  };
}

/** Wait until ECS hears from the agent of each instance. */
export function agentOnlineStep(context: OperationContext, regionId: string, instances: readonly Instance[]): Step {
  const ids = instances.map((instance) => instance.instanceId);
  return {
    title: vscode.l10n.t('Wait until Cloud Assistant answers on {0}', instances.map(instanceLabel).join(', ')),
    run: async (progress) => {
      const outcome = await waitUntilSettled(
        () => context.store.freshAgents(regionId, ids),
        // Answering, and recent enough for a terminal: an agent installed again to update it counts once it is new.
        (agents) => ids.every((id) => agents.some((agent) => agent.instanceId === id && agentLook(agent, true) === 'online')),
        {
          timeoutMs: Math.max(context.settleTimeoutMs(), AGENT_PATIENCE_MS),
          stopped: () => progress.token.isCancellationRequested,
          sleep: (ms) => cancellableSleep(ms, progress.token),
          delays: pollDelays(),
        },
      );
      if (outcome.kind === 'stopped') {
        throw new StepCancelled(false);
      }
      if (outcome.kind !== 'settled') {
        const silent = instances.filter(
          (instance) => !outcome.value?.some((agent) => agent.instanceId === instance.instanceId && agent.online),
        );
        throw new StillSettling('agent', silent.map(instanceLabel).join(', '), vscode.l10n.t('without an answer from Cloud Assistant'));
      }
    },
  };
}
