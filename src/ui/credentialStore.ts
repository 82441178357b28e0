import type * as vscode from 'vscode';
import { type CredentialSource, isCredentialSource, STANDARD_CHAIN } from '../domain/credentialSource';
import { maskAccessKeyId } from '../domain/redaction';

export interface SignedInKey {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
}

/** What may be shown of the signed-in key without reading the secret store. */
export interface SignedInSummary {
  readonly maskedId: string;
  readonly regionId: string;
}

const SOURCE = 'alicloudEcs.credentialSource';
const SIGNED_IN = 'alicloudEcs.signedIn';
const SECRET = 'alicloudEcs.accessKey';

/**
 * Which credential source is in use (global state, no secret in it) and the signed-in AccessKey, whose pair lives only
 * in VS Code's SecretStorage.
 */
export class CredentialStore {
  constructor(
    private readonly state: vscode.Memento,
    private readonly secrets: vscode.SecretStorage,
  ) {}

  source(): CredentialSource {
    const stored = this.state.get<unknown>(SOURCE);
    return isCredentialSource(stored) ? stored : STANDARD_CHAIN;
  }

  async setSource(source: CredentialSource): Promise<void> {
    await this.state.update(SOURCE, source);
  }

  signedIn(): SignedInSummary | undefined {
    const stored = this.state.get<Partial<SignedInSummary>>(SIGNED_IN);
    return typeof stored?.maskedId === 'string' && typeof stored.regionId === 'string'
      ? { maskedId: stored.maskedId, regionId: stored.regionId }
      : undefined;
  }

  async signedInKey(): Promise<SignedInKey | undefined> {
    const stored = await this.secrets.get(SECRET);
    if (!stored) {
      return undefined;
    }
    try {
      const key = JSON.parse(stored) as Partial<SignedInKey>;
      return typeof key.accessKeyId === 'string' && typeof key.accessKeySecret === 'string'
        ? { accessKeyId: key.accessKeyId, accessKeySecret: key.accessKeySecret }
        : undefined;
    } catch {
      return undefined;
    }
  }

  async signIn(key: SignedInKey, regionId: string): Promise<void> {
    await this.secrets.store(SECRET, JSON.stringify({ accessKeyId: key.accessKeyId, accessKeySecret: key.accessKeySecret }));
    await this.state.update(SIGNED_IN, { maskedId: maskAccessKeyId(key.accessKeyId), regionId });
    await this.setSource({ kind: 'accessKey' });
  }

  /** Forgets the pair; a source that used it falls back to the standard chain. */
  async signOut(): Promise<void> {
    await this.secrets.delete(SECRET);
    await this.state.update(SIGNED_IN, undefined);
    if (this.source().kind === 'accessKey') {
      await this.setSource(STANDARD_CHAIN);
    }
  }
}
