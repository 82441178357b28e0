import type { CredentialEnvironment } from '../../cloud/credentialFiles';
import type { Failure } from '../../domain/failure';
import type { CredentialStore } from '../../ui/credentialStore';
import type { ExtensionLog } from '../../ui/log';
import type { UserInterface } from '../../ui/userInterface';
import type { Connection } from '../../account/connection';

/** What the credential commands (Select Profile, Sign In, Sign Out) work with. */
export interface CredentialCommandParts {
  readonly connection: Connection;
  readonly store: CredentialStore;
  readonly log: ExtensionLog;
  readonly ui: UserInterface;
  readonly where: () => CredentialEnvironment;
}

/** A refusal in our own words, explained at the boundary with the code's meaning and documentation link. */
export const refusal = (code: string, words: string): Failure => ({ code, message: words, detail: words });
