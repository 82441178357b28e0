import * as vscode from 'vscode';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { OperationContext } from './operationContext';

/**
 * Says `message` with Reveal and **Configure in the OS**: an attached secondary ENI (or new secondary addresses on one)
 * carries no traffic until the guest brings it up. The offer runs the command, which asks before it sends anything.
 */
export function offerConfigureInGuest(context: OperationContext, regionId: string, eni: NetworkInterface, message: string): void {
  const reveal = vscode.l10n.t('Reveal');
  const configure = vscode.l10n.t('Configure in the OS');
  void context.ui
    .inform(message, configure, reveal)
    .then((choice) => {
      if (choice === reveal) {
        return context.reveal(regionId, eni.networkInterfaceId);
      }
      return choice === configure
        ? vscode.commands.executeCommand('alicloudEcs.configureInGuest', { regionId, networkInterfaceId: eni.networkInterfaceId })
        : undefined;
    })
    .then(undefined, (error: unknown) => context.log.error(`After the change of ${eni.networkInterfaceId}`, error));
}
