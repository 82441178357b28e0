import * as vscode from 'vscode';
import { checkAssignIpv6, checkAssignPrivateIps } from '../../domain/addressRules';
import { checkDetach, onlyNeedsStop } from '../../domain/attachRules';
import {
  assignIpv6AddressesRequest,
  assignPrivateIpAddressesRequest,
  attachRequest,
  createRequest,
  detachRequest,
  type EcsRequest,
  rebootRequest,
  startRequest,
  stopRequest,
} from '../../domain/export/ecsRequest';
import type { Failure } from '../../domain/failure';
import type { Instance } from '../../domain/instance';
import { productionTag } from '../../domain/instanceRules';
import { addressesInUse, checkCreate } from '../../domain/lifecycleRules';
import type { NewNetworkInterface } from '../../domain/networkInterfaceChanges';
import { isInstanceTransitional } from '../../domain/resourceStatus';
import type { ProgressReport } from '../../ui/userInterface';
import { recordPlan } from '../kit/activityPlan';
import { freshAttachCheck } from '../kit/freshCheck';
import { eniLabel, instanceLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import { finalState } from '../kit/pairState';
import { type Plan, type PlanResult, type PlanStep, runPlan } from '../kit/planRunner';
import { createNetworkInterface, lostCreateMessage } from '../operations/createOperation';
import { attachStep, detachStep, rebootStep, waitStep } from '../operations/planSteps';
import { stopAttachStartPlan } from '../attach/stopAttachStart';

/**
 * The writes an agent may ask for, as plans a person sees before anything is sent: each plan names every ECS write it
 * may send (the cleanup's too), in order, with what the person should know (a stop, a reboot, a production tag). The
 * same proposal is made again, from ECS's state read then, just before it runs: what runs is what was shown, or
 * nothing.
 */

/** One write of a plan: the request as the export builds it, and the sentence that names its resources. */
export interface PlannedWrite {
  readonly request: EcsRequest;
  readonly sentence: string;
}

export interface AgentPlan {
  readonly kind: 'plan';
  readonly title: string;
  readonly writes: readonly PlannedWrite[];
  /** Stops, reboots, waits and production tags: what the confirmation says besides the writes. */
  readonly notes: readonly string[];
  readonly regionId: string;
  readonly resourceIds: readonly string[];
  readonly plan: Plan<ProgressReport>;
}

/** Why nothing can be proposed: every rule that refuses, and the fix-it the editor would offer, by its label. */
export interface AgentRefusal {
  readonly kind: 'refused';
  readonly reasons: readonly Failure[];
  readonly fixIt?: string;
}

export type AgentProposal = AgentPlan | AgentRefusal;

const refused = (reasons: readonly Failure[], fixIt?: string): AgentRefusal => ({ kind: 'refused', reasons, ...(fixIt ? { fixIt } : {}) });

const notFound = (code: string, id: string, regionId: string): Failure => ({ code, message: `${id} does not exist in ${regionId}.` });

const productionNote = (instance: Instance): string[] => {
  const tag = productionTag(instance);
  return tag ? [vscode.l10n.t('{0} is tagged {1}={2}.', instanceLabel(instance), tag.key, tag.value)] : [];
};

const write = (request: EcsRequest, sentence: string): PlannedWrite => ({ request, sentence });

/** Attach, or stop-attach-start when the instance's type attaches only while stopped; refused by any other rule. */
export async function proposeAttach(
  context: OperationContext,
  regionId: string,
  eniId: string,
  instanceId: string,
): Promise<AgentProposal> {
  const fresh = await freshAttachCheck(context, regionId, eniId, instanceId);
  if (!('violations' in fresh)) {
    return refused([fresh]);
  }
  const { eni, instance, violations } = fresh;
  const attach = write(
    attachRequest(regionId, eniId, instanceId),
    vscode.l10n.t('Attach {0} to {1}', eniLabel(eni), instanceLabel(instance)),
  );
  const describeState = (): Promise<string> => finalState(context, regionId, eniId, instanceId);
  const resourceIds = [eniId, instanceId];
  if (violations.length === 0) {
    return {
      kind: 'plan',
      title: attach.sentence,
      writes: [attach],
      notes: productionNote(instance),
      regionId,
      resourceIds,
      plan: { title: attach.sentence, steps: [attachStep(context, regionId, eni, instance)], describeState },
    };
  }
  if (onlyNeedsStop(violations)) {
    const plan = stopAttachStartPlan(context, regionId, eni, instance);
    return {
      kind: 'plan',
      title: plan.title,
      writes: [
        write(stopRequest(regionId, instanceId), vscode.l10n.t('Stop {0}', instanceLabel(instance))),
        attach,
        write(startRequest(regionId, instanceId), vscode.l10n.t('Start {0} again (always, once it was stopped)', instanceLabel(instance))),
      ],
      notes: [
        ...productionNote(instance),
        vscode.l10n.t(
          '{0} is unavailable while it is stopped: its type attaches network interfaces only when stopped.',
          instanceLabel(instance),
        ),
      ],
      regionId,
      resourceIds,
      plan,
    };
  }
  const [first] = violations;
  return refused(violations, first ? context.remedyFor(regionId, eni, instance, first)?.label : undefined);
}

/** Detach a secondary ENI from its instance, and follow it until it is Available. */
export async function proposeDetach(context: OperationContext, regionId: string, eniId: string): Promise<AgentProposal> {
  const eni = await context.store.freshNetworkInterface(regionId, eniId);
  if (!eni) {
    return refused([notFound('InvalidEniId.NotFound', eniId, regionId)]);
  }
  if (!eni.instanceId) {
    return refused([{ code: 'InvalidOperation.InvalidEniState', message: `${eniId} is not attached (${eni.status}).` }]);
  }
  const instance = await context.store.freshInstance(regionId, eni.instanceId);
  if (!instance) {
    return refused([notFound('InvalidEcsId.NotFound', eni.instanceId, regionId)]);
  }
  const violations = checkDetach(eni, instance);
  if (violations.length > 0) {
    return refused(violations);
  }
  const step = detachStep(context, regionId, eni);
  const sentence = vscode.l10n.t('Detach {0} from {1}', eniLabel(eni), instanceLabel(instance));
  return {
    kind: 'plan',
    title: sentence,
    writes: [write(detachRequest(regionId, eniId, instance.instanceId), sentence)],
    notes: [...productionNote(instance), vscode.l10n.t('Traffic through {0} stops.', eniLabel(eni))],
    regionId,
    resourceIds: [eniId, instance.instanceId],
    plan: { title: sentence, steps: [step], describeState: () => finalState(context, regionId, eniId, instance.instanceId) },
  };
}

/** What a create asks for: a vSwitch, one to five security groups, and optionally a name and a description. */
export interface AgentCreate {
  readonly regionId: string;
  readonly vSwitchId: string;
  readonly securityGroupIds: readonly string[];
  readonly name: string;
  readonly description: string;
}

/** Create an ENI (ECS creates it Available at once), with every rule of the create command first. */
export async function proposeCreate(context: OperationContext, create: AgentCreate): Promise<AgentProposal> {
  const { regionId } = create;
  const [vSwitches, groups, resources] = await Promise.all([
    context.store.freshVSwitches(regionId),
    context.store.freshSecurityGroups(regionId),
    context.store.regionData(regionId),
  ]);
  const vSwitch = vSwitches.find((candidate) => candidate.vSwitchId === create.vSwitchId);
  if (!vSwitch) {
    return refused([notFound('InvalidVSwitchId.NotFound', create.vSwitchId, regionId)]);
  }
  const securityGroups = create.securityGroupIds.map((id) => groups.find((group) => group.securityGroupId === id));
  const missing = create.securityGroupIds.filter((_, index) => !securityGroups[index]);
  if (missing.length > 0) {
    return refused(missing.map((id) => notFound('InvalidSecurityGroupId.NotFound', id, regionId)));
  }
  const violations = checkCreate({
    vSwitch,
    securityGroups: securityGroups.filter((group) => group !== undefined),
    name: create.name,
    description: create.description,
    primaryIpAddress: '',
    tags: [],
    addressesInUse: addressesInUse(resources.networkInterfaces.items(), resources.instances.items(), vSwitch.vpcId),
  });
  if (violations.length > 0) {
    return refused(violations);
  }
  const request: NewNetworkInterface = {
    regionId,
    vSwitchId: create.vSwitchId,
    securityGroupIds: create.securityGroupIds,
    ...(create.name ? { name: create.name } : {}),
    ...(create.description ? { description: create.description } : {}),
  };
  const sentence = vscode.l10n.t('Create a network interface in {0} ({1}, {2})', create.vSwitchId, vSwitch.zoneId, vSwitch.cidrBlock);
  let createdId: string | undefined;
  const step: PlanStep<ProgressReport> = {
    title: sentence,
    run: async () => {
      const outcome = await createNetworkInterface(context, request);
      if (outcome.kind === 'unknown') {
        throw { code: outcome.code, message: lostCreateMessage(create.vSwitchId, outcome.code) } satisfies Failure;
      }
      createdId = outcome.networkInterfaceId;
    },
  };
  return {
    kind: 'plan',
    title: sentence,
    writes: [write(createRequest(request), sentence)],
    notes: [],
    regionId,
    resourceIds: [create.vSwitchId, ...create.securityGroupIds],
    plan: {
      title: sentence,
      steps: [step],
      describeState: async () => {
        const made = createdId ? await context.store.freshNetworkInterface(regionId, createdId) : undefined;
        return made ? vscode.l10n.t('{0} is {1}.', eniLabel(made), made.status) : vscode.l10n.t('No network interface was created.');
      },
    },
  };
}

export type AddressFamily = 'ipv4' | 'ipv6';

/** Assign `count` secondary private IPv4 addresses, or IPv6 addresses, that ECS picks, to an ENI. */
export async function proposeAssign(
  context: OperationContext,
  regionId: string,
  eniId: string,
  family: AddressFamily,
  count: number,
): Promise<AgentProposal> {
  const [eni, vSwitches, resources] = await Promise.all([
    context.store.freshNetworkInterface(regionId, eniId),
    context.store.freshVSwitches(regionId),
    context.store.regionData(regionId),
  ]);
  if (!eni) {
    return refused([notFound('InvalidEniId.NotFound', eniId, regionId)]);
  }
  const vSwitch = vSwitches.find((candidate) => candidate.vSwitchId === eni.vSwitchId);
  if (!vSwitch) {
    return refused([notFound('InvalidVSwitchId.NotFound', eni.vSwitchId, regionId)]);
  }
  const instance = eni.instanceId ? resources.instances.get(eni.instanceId) : undefined;
  const instanceType =
    instance && eni.status === 'InUse' ? (await context.types.get([instance.instanceType])).get(instance.instanceType) : undefined;
  const target = { eni, vSwitch, instanceType, instanceStatus: eni.type === 'Primary' ? instance?.status : undefined };
  const inUse = new Map<string, string>();
  const violations = family === 'ipv4' ? checkAssignPrivateIps(target, { count }, inUse) : checkAssignIpv6(target, { count }, inUse);
  if (violations.length > 0) {
    return refused(violations);
  }
  const sentence =
    family === 'ipv4'
      ? vscode.l10n.t('Assign {0} secondary private IPv4 addresses to {1}', count, eniLabel(eni))
      : vscode.l10n.t('Assign {0} IPv6 addresses to {1}', count, eniLabel(eni));
  const request =
    family === 'ipv4'
      ? assignPrivateIpAddressesRequest(regionId, eniId, { count })
      : assignIpv6AddressesRequest(regionId, eniId, { count });
  const step: PlanStep<ProgressReport> = {
    title: sentence,
    run: async () => {
      await (family === 'ipv4'
        ? context.api().assignPrivateIpAddresses(regionId, eniId, { count })
        : context.api().assignIpv6Addresses(regionId, eniId, { count }));
    },
  };
  return {
    kind: 'plan',
    title: sentence,
    writes: [write(request, sentence)],
    notes: instance ? productionNote(instance) : [],
    regionId,
    resourceIds: [eniId],
    plan: {
      title: sentence,
      steps: [step],
      describeState: async () => {
        const now = await context.store.freshNetworkInterface(regionId, eniId);
        return now
          ? vscode.l10n.t(
              '{0} has {1} private IPv4 and {2} IPv6 addresses.',
              eniLabel(now),
              now.privateIpSets.length,
              now.ipv6Addresses.length,
            )
          : vscode.l10n.t('{0} could not be read.', eniId);
      },
    },
  };
}

/**
 * The fix-it of a refused attach, when it is a plan without further questions: reboot then attach (an instance last
 * started before April 2018), or wait then attach (something on its way). Others (detach one first, create in its
 * vSwitch) need a choice the person makes in the editor.
 */
export async function proposeFixIt(context: OperationContext, regionId: string, eniId: string, instanceId: string): Promise<AgentProposal> {
  const fresh = await freshAttachCheck(context, regionId, eniId, instanceId);
  if (!('violations' in fresh)) {
    return refused([fresh]);
  }
  const { eni, instance, violations } = fresh;
  const [first] = violations;
  if (!first) {
    return refused([{ code: 'NoFixItNeeded', message: `${eniId} can be attached to ${instanceId} as it is.` }]);
  }
  const describeState = (): Promise<string> => finalState(context, regionId, eniId, instanceId);
  const attach = write(
    attachRequest(regionId, eniId, instanceId),
    vscode.l10n.t('Attach {0} to {1}', eniLabel(eni), instanceLabel(instance)),
  );
  const resourceIds = [eniId, instanceId];
  if (first.rule === 'rebootRequired') {
    const title = vscode.l10n.t('Reboot {0}, wait for Running, attach {1}', instanceLabel(instance), eniLabel(eni));
    return {
      kind: 'plan',
      title,
      writes: [write(rebootRequest(regionId, instanceId), vscode.l10n.t('Reboot {0}', instanceLabel(instance))), attach],
      notes: [...productionNote(instance), vscode.l10n.t('{0} restarts: what runs on it is interrupted.', instanceLabel(instance))],
      regionId,
      resourceIds,
      plan: { title, steps: [rebootStep(context, regionId, instance), attachStep(context, regionId, eni, instance)], describeState },
    };
  }
  const onItsWay = eni.status === 'Detaching' || isInstanceTransitional(instance);
  if (
    (first.rule === 'eniAvailable' || first.rule === 'instanceState') &&
    onItsWay &&
    (eni.status === 'Available' || eni.status === 'Detaching')
  ) {
    const title = vscode.l10n.t('Wait until {0} and {1} settle, attach', eniLabel(eni), instanceLabel(instance));
    return {
      kind: 'plan',
      title,
      writes: [attach],
      notes: [...productionNote(instance), vscode.l10n.t('It waits first, without sending anything, until both have settled.')],
      regionId,
      resourceIds,
      plan: { title, steps: [waitStep(context, regionId, eni, instance), attachStep(context, regionId, eni, instance)], describeState },
    };
  }
  return refused(violations, context.remedyFor(regionId, eni, instance, first)?.label);
}

/** Runs a plan an agent asked for and the person confirmed, as one entry of the Activity view that says who asked. */
export function runAgentPlan(context: OperationContext, proposal: AgentPlan, progress: ProgressReport): Promise<PlanResult> {
  const title = vscode.l10n.t('{0} (an agent asked)', proposal.title);
  return recordPlan(context.activity, title, proposal.resourceIds, () =>
    runPlan(proposal.plan, progress, (error) => {
      context.log.error(`Reading the state after “${proposal.title}” failed`, error);
      return vscode.l10n.t('The state could not be read; refresh the region.');
    }),
  );
}
