import * as vscode from 'vscode';
import { isEcsError } from '../../cloud/ecsError';
import type { NetworkInterface } from '../../domain/networkInterface';
import { eniLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import { selectedEnis } from '../kit/selectedRows';

/** The steps every change of one ENI takes: read it fresh, send once, read it back, say when the change did not show. */

/**
 * The ENI a command was run on, read from ECS now: the input box starts from what ECS has, and the change is worked
 * out against it, not against a tree drawn minutes ago.
 */
export async function freshTarget(
  context: OperationContext,
  node: unknown,
): Promise<{ regionId: string; eni: NetworkInterface } | undefined> {
  const [row] = selectedEnis(context.rows, node, undefined);
  if (!row?.networkInterface) {
    void context.ui.inform(vscode.l10n.t('Run this on a network interface in the Resources view.'));
    return undefined;
  }
  const eni = await context.store.freshNetworkInterface(row.regionId, row.networkInterfaceId);
  if (!eni) {
    void context.ui.inform(vscode.l10n.t('{0} no longer exists.', row.networkInterfaceId));
    return undefined;
  }
  return { regionId: row.regionId, eni };
}

/** Sends one write; a lost answer is not an error here: the read that follows says whether it took. */
export async function sendOnce(context: OperationContext, what: string, send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (error) {
    if (!(isEcsError(error) && error.outcomeUnknown)) {
      throw error;
    }
    context.log.info(`${what}: the answer was lost (${error.code}); reading it back.`);
  }
}

export const readBack = async (context: OperationContext, regionId: string, eni: NetworkInterface): Promise<NetworkInterface | undefined> =>
  await context.store.freshNetworkInterface(regionId, eni.networkInterfaceId).catch(() => undefined);

export const notShown = (eni: NetworkInterface): string =>
  vscode.l10n.t('{0} does not show the change; ECS may not have made it. The row shows what ECS has now.', eniLabel(eni));
