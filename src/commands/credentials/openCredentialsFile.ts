import * as vscode from 'vscode';
import type { CommandDefinition } from '../commandBoundary';
import type { CredentialCommandParts } from './credentialParts';

/** "Open the File at the Problem": the credentials file that cannot be read, in the editor where it goes wrong. */
export function openCredentialsFileCommand({ connection, ui }: CredentialCommandParts): CommandDefinition {
  const run = async (): Promise<void> => {
    const broken = connection.brokenFile();
    if (!broken) {
      void ui.inform(vscode.l10n.t('Every credentials file in use can be read.'));
      return;
    }
    await ui.openFileAt(broken.path, broken.position?.line ?? 1, broken.position?.column ?? 1);
  };
  return { id: 'alicloudEcs.openCredentialsFile', failure: () => vscode.l10n.t("Couldn't open the credentials file"), run };
}
