import * as vscode from 'vscode';
import type { CredentialStore } from '../../ui/credentialStore';
import type { ExtensionLog } from '../../ui/log';
import type { Connection } from './connection';

/** "Sign Out": forgets the signed-in AccessKey; the standard chain takes over if it was in use. */
export function registerSignOut(connection: Connection, store: CredentialStore, log: ExtensionLog): vscode.Disposable {
  return vscode.commands.registerCommand('alicloudEcs.signOut', async (): Promise<boolean> => {
    const signedIn = store.signedIn();
    if (!signedIn) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No AccessKey is signed in.'));
      return false;
    }
    await store.signOut();
    await connection.apply();
    log.info(`Signed out AccessKey ${signedIn.maskedId}`);
    void vscode.window.showInformationMessage(vscode.l10n.t('Signed out: AccessKey {0} was removed from VS Code’s secret storage.', signedIn.maskedId));
    return true;
  });
}
