import * as vscode from 'vscode';
import type { CommandDefinition } from '../commandBoundary';
import type { CredentialCommandParts } from './credentialParts';

/** "Sign Out": forgets the signed-in AccessKey; the standard chain takes over if it was in use. */
export function signOutCommand({ connection, store, log, ui }: CredentialCommandParts): CommandDefinition {
  const run = async (): Promise<boolean> => {
    const signedIn = store.signedIn();
    if (!signedIn) {
      void ui.inform(vscode.l10n.t('No AccessKey is signed in.'));
      return false;
    }
    await store.signOut();
    await connection.apply();
    log.info(`Signed out AccessKey ${signedIn.maskedId}`);
    void ui.inform(vscode.l10n.t('Signed out: AccessKey {0} was removed from VS Code’s secret storage.', signedIn.maskedId));
    return true;
  };
  return { id: 'alicloudEcs.signOut', failure: () => vscode.l10n.t("Couldn't sign out"), run };
}
