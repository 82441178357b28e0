import * as vscode from 'vscode';
import { connectionSettings } from '../../cloud/connectionSettings';
import {
  chainPick, type CredentialEnvironment, type CredentialFiles, readCredentialFiles, sourceRegion,
} from '../../cloud/credentialFiles';
import type { CredentialChoice, EcsApi } from '../../cloud/ecsApi';
import { EcsError } from '../../cloud/ecsError';
import { LazyEcsApi } from '../../cloud/lazyEcsApi';
import type { CredentialSource } from '../../domain/credentialSource';
import { DEFAULT_REGION_IDS, isRegionId } from '../../domain/regions';
import {
  brokenFileMessage, missingProfileMessage, sourceLabel, unusableCliModeMessage, unusableSharedTypeMessage,
} from '../../ui/credentialLabels';
import type { CredentialStatusBar } from '../../ui/credentialStatusBar';
import type { CredentialStore } from '../../ui/credentialStore';
import type { ErrorNotifier } from '../../ui/errorNotifier';
import { localExplain } from '../../ui/localized';
import type { ExtensionLog } from '../../ui/log';

/** `ready`: credentials to try; `none`: nothing found (the welcome); `rejected`: found but unusable or refused. */
export type CredentialState = 'ready' | 'none' | 'rejected';

/** What the tree and the view's header need to know after each change. */
export interface ConnectionChange {
  readonly state: CredentialState;
  readonly api: EcsApi;
  readonly regionIds: readonly string[];
  readonly endpoint: string | undefined;
}

export interface ConnectionParts {
  readonly store: CredentialStore;
  readonly log: ExtensionLog;
  readonly notifier: ErrorNotifier;
  readonly status: CredentialStatusBar;
  readonly settings: () => vscode.WorkspaceConfiguration;
  readonly where: () => CredentialEnvironment;
}

/** Why a chosen profile cannot be used, worded for the user; undefined when it can. */
export function profileProblem(source: CredentialSource, files: CredentialFiles): string | undefined {
  if (source.kind === 'cliProfile' || source.kind === 'sharedProfile') {
    const file = source.kind === 'cliProfile' ? files.cli : files.shared;
    if (file.kind === 'broken') {
      return brokenFileMessage(file.path, file.reason, file.detail);
    }
    const profile = file.kind === 'read' ? file.profiles.find((p) => p.name === source.name) : undefined;
    if (!profile) {
      return missingProfileMessage(source.name, file.path);
    }
    if (!profile.usable) {
      return 'mode' in profile ? unusableCliModeMessage(profile.name, profile.mode) : unusableSharedTypeMessage(profile.name, profile.type);
    }
  }
  return undefined;
}

/**
 * The account the extension talks to: the credential source, the endpoint and the regions, turned into the `EcsApi`
 * the tree and the commands use. Applying it again (after a switch, a sign-in or a settings change) reloads the tree.
 */
export class Connection implements vscode.Disposable {
  private current: EcsApi;
  private credentialState: CredentialState = 'ready';
  private problemText: string | undefined;
  /** The credential files as last read; `apply` reads them again. */
  private files: CredentialFiles | undefined;
  private readonly changed = new vscode.EventEmitter<ConnectionChange>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly parts: ConnectionParts) {
    this.current = this.build(parts.store.source());
  }

  get api(): EcsApi {
    return this.current;
  }

  get state(): CredentialState {
    return this.credentialState;
  }

  /** Why the credentials in use cannot be used (the welcome points to the notification that said it). */
  get problem(): string | undefined {
    return this.problemText;
  }

  /** The regions to show: the setting, else the credential source's default region, else a small default set. */
  regionIds(): string[] {
    const chosen = (this.parts.settings().get<string[]>('regions') ?? []).filter((id) => typeof id === 'string' && isRegionId(id));
    if (chosen.length > 0) {
      return chosen;
    }
    const fromSource = this.defaultRegion();
    return fromSource ? [fromSource] : [...DEFAULT_REGION_IDS];
  }

  /** Reads the settings, the chosen source and the credential files again, and points the tree at the result. */
  apply(): void {
    const { store } = this.parts;
    const source = store.source();
    this.current = this.build(source);
    this.files = readCredentialFiles(this.parts.where());
    const problem = profileProblem(source, this.files);
    const nothing = source.kind === 'chain' ? this.chain().kind === 'none' : source.kind === 'accessKey' && !store.signedIn();
    if (problem && problem !== this.problemText) {
      void vscode.window.showErrorMessage(problem);
    }
    this.enter(problem ? 'rejected' : nothing ? 'none' : 'ready', problem);
  }

  /** ECS (or the credentials library) refused the credentials in use: back to the welcome, with the reason. */
  refused(error: EcsError): void {
    if (this.credentialState !== 'ready') {
      return;
    }
    if (error.code === 'NoCredentials') {
      this.parts.log.error(`No credentials: ${error.code}`, error);
      this.enter('none', undefined);
      return;
    }
    void this.parts.notifier.show(error, { what: vscode.l10n.t('Alibaba Cloud refused the credentials ({0})', this.label()) });
    this.enter('rejected', vscode.l10n.t('Alibaba Cloud refused these credentials: {0} ({1})', localExplain(error.code).meaning, error.code));
  }

  dispose(): void {
    this.changed.dispose();
  }

  /** The API for a source before it is chosen (to check a typed AccessKey). */
  apiFor(credentials: CredentialChoice): EcsApi {
    return new LazyEcsApi({ ...this.connectionSettings(), observer: this.parts.log, credentials });
  }

  private build(source: CredentialSource): EcsApi {
    return new LazyEcsApi(async () => ({ ...this.connectionSettings(), observer: this.parts.log, credentials: await this.choice(source) }));
  }

  private async choice(source: CredentialSource): Promise<CredentialChoice> {
    if (source.kind !== 'accessKey') {
      return source;
    }
    const key = await this.parts.store.signedInKey();
    if (!key) {
      throw new EcsError('NoCredentials', 'The signed-in AccessKey is no longer in VS Code\'s secret storage. Sign in again.',
        undefined, undefined, undefined, 'GetCredentials');
    }
    this.parts.log.neverWrite(key.accessKeySecret);
    return { kind: 'accessKey', ...key };
  }

  private connectionSettings(): ReturnType<typeof connectionSettings> {
    return connectionSettings(
      this.parts.settings().get<string>('endpoint'), this.parts.settings().get<number>('requestTimeoutSeconds'), vscode.env.language);
  }

  private endpoint(): string | undefined {
    return this.connectionSettings().endpoint;
  }

  private credentialFiles(): CredentialFiles {
    this.files ??= readCredentialFiles(this.parts.where());
    return this.files;
  }

  private chain(): ReturnType<typeof chainPick> {
    return chainPick(this.parts.where(), this.credentialFiles());
  }

  private label(): string {
    return sourceLabel(this.parts.store.source(), this.chain(), this.parts.store.signedIn());
  }

  private defaultRegion(): string | undefined {
    const source = this.parts.store.source();
    return source.kind === 'accessKey'
      ? this.parts.store.signedIn()?.regionId
      : sourceRegion(source, this.parts.where(), this.credentialFiles());
  }

  private enter(state: CredentialState, problem: string | undefined): void {
    const { store, status } = this.parts;
    this.credentialState = state;
    this.problemText = problem;
    const endpoint = this.endpoint();
    this.changed.fire({ state, api: this.current, regionIds: this.regionIds(), endpoint });
    status.show({
      label: this.label(),
      regionId: state === 'ready' ? this.defaultRegion() : undefined,
      endpoint,
      problem: state !== 'ready',
    });
    void vscode.commands.executeCommand('setContext', 'alicloudEcs.credentials', state);
    void vscode.commands.executeCommand('setContext', 'alicloudEcs.signedIn', store.signedIn() !== undefined);
  }
}
