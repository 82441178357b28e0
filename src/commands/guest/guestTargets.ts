import * as vscode from 'vscode';
import type { AgentStatus } from '../../domain/cloudAssistant';
import { checkRunOn, type GuestRule, instanceGone } from '../../domain/cloudAssistantRules';
import type { Violation } from '../../domain/attachRules';
import type { Instance } from '../../domain/instance';
import { displayText } from '../../domain/text';
import { instanceLabel } from '../kit/labels';
import { CommandFailure } from '../kit/commandFailure';
import type { OperationContext } from '../kit/operationContext';
import { pickRegion } from '../kit/pickRegion';
import { selectedInstances } from '../kit/selectedRows';

/** The instances a guest command works on, all of one region. */
export interface GuestTargets {
  readonly regionId: string;
  readonly instances: readonly Instance[];
}

/** The instance rows the command was run on; from the palette, a region and its instances picked. Undefined when dismissed. */
export async function chooseInstances(
  context: OperationContext,
  node: unknown,
  selection: unknown,
  title: string,
): Promise<GuestTargets | undefined> {
  const rows = selectedInstances(context.rows, node, selection);
  const [first] = rows;
  if (first) {
    if (rows.some((row) => row.regionId !== first.regionId)) {
      void context.ui.inform(vscode.l10n.t('Select instances of one region in the Resources view.'));
      return undefined;
    }
    return { regionId: first.regionId, instances: rows.map((row) => row.instance).filter((i): i is Instance => i !== undefined) };
  }
  const regionId = await pickRegion(context, title);
  if (!regionId) {
    return undefined;
  }
  const running = context.store
    .regionData(regionId)
    .then((resources) => resources.instances.items().filter((instance) => instance.status === 'Running'))
    .then((instances) =>
      instances.map((instance) => ({
        label: displayText(instance.instanceName || instance.instanceId),
        description: `${displayText(instance.instanceId)} · ${instance.privateIpAddress}`,
        instance,
      })),
    );
  const chosen = await context.ui.pickMany(running, {
    title,
    placeholder: vscode.l10n.t('Choose the Running instances'),
    picked: () => false,
  });
  return chosen && chosen.length > 0 ? { regionId, instances: chosen.map((item) => item.instance) } : undefined;
}

/** The targets as ECS has them now, each with its agent, split into those Cloud Assistant can run on and the others. */
export interface CheckedTargets {
  readonly regionId: string;
  readonly allowed: readonly Instance[];
  readonly refused: ReadonlyArray<{ readonly instance: Instance; readonly violation: Violation<GuestRule> }>;
  readonly agents: readonly AgentStatus[];
}

/** Reads the instances and their agents fresh, and checks each; an instance gone since is refused as not found. */
export async function checkTargets(context: OperationContext, targets: GuestTargets, what: string): Promise<CheckedTargets> {
  const ids = targets.instances.map((instance) => instance.instanceId);
  let fresh: Instance[];
  let agents: AgentStatus[];
  try {
    ({ instances: fresh, agents } = await context.store.freshInstancesWithAgents(targets.regionId, ids));
  } catch (error) {
    throw new CommandFailure(error, { what });
  }
  const allowed: Instance[] = [];
  const refused: Array<{ instance: Instance; violation: Violation<GuestRule> }> = [];
  for (const instance of fresh) {
    const [violation] = checkRunOn(
      instance,
      agents.find((agent) => agent.instanceId === instance.instanceId),
    );
    if (violation) {
      refused.push({ instance, violation });
    } else {
      allowed.push(instance);
    }
  }
  for (const instance of targets.instances.filter((chosen) => !fresh.some((candidate) => candidate.instanceId === chosen.instanceId))) {
    refused.push({ instance, violation: instanceGone(instance) });
  }
  return { regionId: targets.regionId, allowed, refused, agents };
}

/** "web-1 (i-…): reason" for each instance left out. */
export const refusedLines = (refused: CheckedTargets['refused'], reason: (violation: Violation<GuestRule>) => string): string[] =>
  refused.map(({ instance, violation }) => vscode.l10n.t('Left alone: {0}', `${instanceLabel(instance)}: ${reason(violation)}`));
