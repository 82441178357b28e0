import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import type { NetworkInterface } from '../../domain/networkInterface';
import type { OperationContext } from './operationContext';

/** The offers made and not yet taken: a button of ours carries one, which no other extension can know. */
const offers = new Set<string>();

/** Whether `token` is an offer of ours, not taken before (each is good once). */
export function takeOffer(token: unknown): boolean {
  return typeof token === 'string' && offers.delete(token);
}

/**
 * Says `message` with **Configure in the OS** and Reveal: an attached secondary ENI (or new secondary addresses on one)
 * carries no traffic until the guest brings it up. The button runs the command as the user's own choice (the offer's
 * token says so); the command still shows its script before it changes anything.
 */
export function offerConfigureInGuest(context: OperationContext, regionId: string, eni: NetworkInterface, message: string): void {
  const reveal = vscode.l10n.t('Reveal');
  const configure = vscode.l10n.t('Configure in the OS');
  const offer = randomUUID();
  offers.add(offer);
  void context.ui
    .inform(message, configure, reveal)
    .then((choice) => {
      if (choice === reveal) {
        return context.reveal(regionId, eni.networkInterfaceId);
      }
      return choice === configure
        ? vscode.commands.executeCommand('alicloudEcs.configureInGuest', { regionId, networkInterfaceId: eni.networkInterfaceId, offer })
        : undefined;
    })
    .then(undefined, (error: unknown) => context.log.error(`After the change of ${eni.networkInterfaceId}`, error))
    .then(() => offers.delete(offer));
}
