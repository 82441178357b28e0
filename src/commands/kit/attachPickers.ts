import * as vscode from 'vscode';
import { checkAttach, occupiedSlots, onlyNeedsStop, type Violation } from '../../domain/attachRules';
import { isInstanceId, isNetworkInterfaceId } from '../../domain/ids';
import type { Instance } from '../../domain/instance';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { RegionResources } from '../../store/regionResources';
import type { Candidate, PickOptions } from '../../ui/candidatePicker';
import { eniLabel, instanceLabel } from './labels';
import type { OperationContext } from './operationContext';
import type { Remedy } from '../../ui/errorNotifier';
import { CommandFailure } from './commandFailure';

const occupied = (resources: RegionResources, instanceId: string): number => occupiedSlots(resources.networkInterfaces.items(), instanceId);

const idValidator = (valid: (text: string) => boolean, firstLetter: string, example: string): NonNullable<PickOptions['typedId']> => ({
  looksLikeId: (text) => text.startsWith(firstLetter),
  validate: (text) => (valid(text) ? undefined : vscode.l10n.t('"{0}" is not a valid id; ids look like {1}.', text, example)),
});

export const INSTANCE_ID_INPUT = idValidator(isInstanceId, 'i', 'i-bp1h4adlltjc1d48goaq');
export const ENI_ID_INPUT = idValidator(isNetworkInterfaceId, 'e', 'eni-bp17pdijfczax1huji00');

export async function instanceCandidates(
  context: OperationContext,
  resources: RegionResources,
  eni: NetworkInterface,
): Promise<Array<Candidate<Instance>>> {
  const instances = resources.instances.items();
  const types = await context.types.get(instances.map((i) => i.instanceType));
  return instances.map((instance) => ({
    value: instance,
    label: instance.instanceName || instance.instanceId,
    description: `${instance.instanceId} · ${instance.status} · ${instance.instanceType} · ${instance.zoneId}`,
    violations: checkAttach({
      eni,
      instance,
      instanceType: types.get(instance.instanceType),
      occupiedSlots: occupied(resources, instance.instanceId),
    }),
  }));
}

export async function eniCandidates(
  context: OperationContext,
  resources: RegionResources,
  instance: Instance,
): Promise<Array<Candidate<NetworkInterface>>> {
  const types = await context.types.get([instance.instanceType]);
  return resources.networkInterfaces
    .items()
    .filter((eni) => eni.type !== 'Primary' && eni.instanceId !== instance.instanceId)
    .map((eni) => ({
      value: eni,
      label: eni.networkInterfaceName || eni.networkInterfaceId,
      description: `${eni.networkInterfaceId} · ${eni.status} · ${eni.zoneId} · ${eni.privateIpAddress}`,
      violations: checkAttach({
        eni,
        instance,
        instanceType: types.get(instance.instanceType),
        occupiedSlots: occupied(resources, instance.instanceId),
      }),
    }));
}

/** The palette's first step: every secondary ENI of the region, the ones that cannot be attached with their reason. */
export function attachableEniCandidates(resources: RegionResources): Array<Candidate<NetworkInterface>> {
  return resources.networkInterfaces
    .items()
    .filter((e) => e.type !== 'Primary')
    .map((eni) => {
      const obstacle: Violation<string> | undefined = eni.serviceManaged
        ? {
            rule: 'eniAvailable',
            code: 'InvalidOperation.EniServiceManaged',
            message: vscode.l10n.t('{0} is {1}.', eni.networkInterfaceId, vscode.l10n.t('managed by another service')),
          }
        : eni.type === 'Member'
          ? {
              rule: 'eniAvailable',
              code: 'InvalidOperation.InvalidEniType',
              message: vscode.l10n.t('{0} is {1}.', eni.networkInterfaceId, vscode.l10n.t('a trunk member')),
            }
          : eni.status !== 'Available'
            ? {
                rule: 'eniAvailable',
                code: 'InvalidOperation.InvalidEniState',
                message: vscode.l10n.t('{0} is {1}.', eni.networkInterfaceId, eni.status),
              }
            : undefined;
      return {
        value: eni,
        label: eni.networkInterfaceName || eni.networkInterfaceId,
        description: `${eni.networkInterfaceId} · ${eni.status} · ${eni.zoneId} · ${eni.privateIpAddress}`,
        violations: obstacle ? [obstacle] : [],
      };
    });
}

/**
 * Picks one of the candidates (eligible first, the others with their reason) or takes a typed id. An ineligible pick
 * is explained, not returned; one whose only obstacle is that the instance must be Stopped is returned (the attach
 * offers to stop it). Returns the chosen id.
 */
export async function pickFromList<T>(
  context: OperationContext,
  candidates: ReadonlyArray<Candidate<T>>,
  options: PickOptions,
  idOf: (value: T) => string,
  what: (value: T) => string,
  offered?: () => Promise<unknown>,
  remedy?: (value: T, violation: Violation<string>) => Remedy | undefined,
): Promise<string | undefined> {
  const result = await context.ui.pickCandidate(candidates, options);
  if (result.kind === 'offer') {
    await offered?.();
    return undefined;
  }
  if (result.kind === 'picked') {
    const [violation] = result.candidate.violations;
    if (violation && !onlyNeedsStop(result.candidate.violations)) {
      throw new CommandFailure(violation, {
        what: what(result.candidate.value),
        remedy: remedy?.(result.candidate.value, violation),
      });
    }
    return idOf(result.candidate.value);
  }
  return result.kind === 'typed' ? result.id : undefined;
}

/** Picks the instance to attach these ENIs to. */
export async function pickInstance(
  context: OperationContext,
  resources: RegionResources,
  enis: readonly NetworkInterface[],
): Promise<string | undefined> {
  const [first] = enis;
  if (!first) {
    return undefined;
  }
  return pickFromList(
    context,
    await instanceCandidates(context, resources, first),
    {
      title:
        enis.length === 1
          ? vscode.l10n.t('Attach {0} to Instance', eniLabel(first))
          : vscode.l10n.t('Attach {0} Network Interfaces to Instance', enis.length),
      placeholder: vscode.l10n.t('Choose an instance in {0}, or type an instance id', resources.regionId),
      typedId: INSTANCE_ID_INPUT,
    },
    (instance) => instance.instanceId,
    (instance) => vscode.l10n.t("Can't attach {0} to {1}", eniLabel(first), instanceLabel(instance)),
    undefined,
    (instance, violation) => context.remedyFor(resources.regionId, first, instance, violation),
  );
}

/** Picks the ENI to attach to this instance; when none can be, offers `createNew` first. */
export async function pickNetworkInterface(
  context: OperationContext,
  resources: RegionResources,
  instance: Instance,
  createNew?: () => Promise<unknown>,
): Promise<string | undefined> {
  const candidates = await eniCandidates(context, resources, instance);
  const noneEligible = candidates.every((c) => c.violations.length > 0 && !onlyNeedsStop(c.violations));
  return pickFromList(
    context,
    candidates,
    {
      title: vscode.l10n.t('Attach Network Interface to {0}', instanceLabel(instance)),
      placeholder: vscode.l10n.t('Choose a network interface in {0}, or type its id', resources.regionId),
      typedId: ENI_ID_INPUT,
      ...(createNew && noneEligible
        ? {
            offer: {
              label: vscode.l10n.t('Create and Attach a New Network Interface…'),
              detail: vscode.l10n.t('None of the network interfaces of {0} can be attached to this instance.', resources.regionId),
            },
          }
        : {}),
    },
    (eni) => eni.networkInterfaceId,
    (eni) => vscode.l10n.t("Can't attach {0} to {1}", eniLabel(eni), instanceLabel(instance)),
    createNew,
    (eni, violation) => context.remedyFor(resources.regionId, eni, instance, violation),
  );
}
