import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { isEcsError } from '../../cloud/ecsError';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { NewNetworkInterface } from '../../domain/networkInterfaceChanges';
import type { OperationContext } from '../kit/operationContext';

/** How a create ended. `unknown`: ECS's answer was lost, so whether the ENI exists is not known. */
export type CreateOutcome =
  | {
      readonly kind: 'created';
      readonly eni: NetworkInterface | undefined;
      readonly networkInterfaceId: string;
      readonly requestId: string;
    }
  | { readonly kind: 'unknown'; readonly code: string };

/**
 * Sends CreateNetworkInterface once, with a client token (ECS's idempotency key), and reads the new ENI into the store so
 * that its row shows (unless the caller reads it next anyway). A create whose answer was lost is not sent again: the outcome is `unknown`, and the caller says so.
 */
export async function createNetworkInterface(
  context: OperationContext,
  request: NewNetworkInterface,
  readBack = true,
): Promise<CreateOutcome> {
  let created: { readonly networkInterfaceId: string; readonly requestId: string };
  try {
    created = await context.api().createNetworkInterface({ ...request, clientToken: request.clientToken ?? randomUUID() });
  } catch (error) {
    if (isEcsError(error) && error.outcomeUnknown) {
      context.log.info(`Create in ${request.vSwitchId}: the answer was lost (${error.code}); not sent again.`);
      return { kind: 'unknown', code: error.code };
    }
    throw error;
  }
  const eni = readBack
    ? await context.store.freshNetworkInterface(request.regionId, created.networkInterfaceId).catch(() => undefined)
    : undefined;
  return { kind: 'created', eni, ...created };
}

/** The message for a create whose answer was lost: where to look, and that nothing is sent again. */
export function lostCreateMessage(vSwitchId: string, code: string): string {
  return vscode.l10n.t(
    "ECS's answer to the create was lost ({0}), so the network interface may or may not exist. It was not sent again; refresh the region and look in {1} before creating it again.",
    code,
    vSwitchId,
  );
}
