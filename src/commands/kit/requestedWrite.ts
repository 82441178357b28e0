import * as vscode from 'vscode';
import type { Instance } from '../../domain/instance';
import { productionTag } from '../../domain/instanceRules';
import type { NetworkInterface } from '../../domain/networkInterface';
import { eniLabel, instanceLabel } from './labels';
import type { OperationContext } from './operationContext';

/** Said in every question about a write that came as a command argument: VS Code does not tell who sent it. */
export const askedByAnotherExtension = (): string =>
  vscode.l10n.t('Another extension (or a keybinding) asked for this; VS Code does not say which.');

/** The ENI and the instance by name, as the view has them, or read when the region was never loaded. */
async function named(
  context: OperationContext,
  regionId: string,
  eniId: string,
  instanceId: string,
): Promise<{ eni: NetworkInterface | undefined; instance: Instance | undefined }> {
  const resources = context.store.region(regionId);
  const eni = resources.networkInterfaces.get(eniId);
  const instance = resources.instances.get(instanceId);
  if (eni && instance) {
    return { eni, instance };
  }
  const fresh = await context.store.readFresh(regionId, [instanceId], [eniId]).catch(() => undefined);
  return { eni: fresh?.networkInterfaces[0] ?? eni, instance: fresh?.instances[0] ?? instance };
}

/**
 * Asks the user (modal) before an attach another extension asked for, naming the ENI, the instance, the region and a
 * production tag; nothing is sent unless they agree. Every rule is still checked afterwards, as for their own attach.
 */
export async function consentToRequestedAttach(
  context: OperationContext,
  regionId: string,
  eniId: string,
  instanceId: string,
): Promise<boolean> {
  const { eni, instance } = await named(context, regionId, eniId, instanceId);
  const production = instance ? productionTag(instance) : undefined;
  const go = vscode.l10n.t('Attach');
  const choice = await context.ui.ask(
    vscode.l10n.t('Attach {0} to {1} in {2}?', eni ? eniLabel(eni) : eniId, instance ? instanceLabel(instance) : instanceId, regionId),
    [
      askedByAnotherExtension(),
      ...(production && instance
        ? [vscode.l10n.t('{0} is tagged {1}={2}.', instanceLabel(instance), production.key, production.value)]
        : []),
      vscode.l10n.t('Every rule is checked before anything is sent; if the instance must be stopped first, you are asked again.'),
    ].join('\n'),
    go,
  );
  return choice === go;
}
