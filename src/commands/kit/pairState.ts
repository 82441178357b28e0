import * as vscode from 'vscode';
import type { Failure } from '../../domain/failure';
import type { Instance } from '../../domain/instance';
import type { NetworkInterface } from '../../domain/networkInterface';
import { localExplain } from '../../ui/localized';
import { eniLabel, instanceLabel } from './labels';
import type { OperationContext } from './operationContext';

/**
 * One sentence on where the instance and every ENI the plan touched stand now, read from ECS (or said unknown when it
 * cannot be read).
 */
export async function finalState(
  context: OperationContext,
  regionId: string,
  eniIds: string | readonly string[],
  instanceId: string,
  restartFailure?: Failure,
): Promise<string> {
  const ids = typeof eniIds === 'string' ? [eniIds] : eniIds;
  const { instances, networkInterfaces } = await context.store
    .readFresh(regionId, [instanceId], ids)
    .catch(() => ({ instances: [] as Instance[], networkInterfaces: [] as NetworkInterface[] }));
  const instance = instances[0];
  const instancePart = !instance
    ? vscode.l10n.t('the state of {0} could not be read', instanceId)
    : restartFailure
      ? vscode.l10n.t(
          '{0} is {1} and could not be started again: {2} ({3}). Start it from the ECS console.',
          instanceLabel(instance),
          instance.status,
          localExplain(restartFailure.code).meaning,
          restartFailure.code,
        )
      : vscode.l10n.t('{0} is {1}', instanceLabel(instance), instance.status);
  const eniParts = ids.map((id) => {
    const eni = networkInterfaces.find((candidate) => candidate.networkInterfaceId === id);
    return !eni
      ? vscode.l10n.t('the state of {0} could not be read', id)
      : eni.instanceId
        ? vscode.l10n.t('{0} is {1} on {2}', eniLabel(eni), eni.status, eni.instanceId)
        : vscode.l10n.t('{0} is {1}, not attached', eniLabel(eni), eni.status);
  });
  return vscode.l10n.t('Now: {0}; {1}.', instancePart, eniParts.join('; '));
}
