import * as vscode from 'vscode';
import { setContextKey } from '../ui/contextKeys';
import { connectionSettings, type Endpoint, endpointChoice, parseEndpoint } from '../cloud/connectionSettings';
import {
  brokenFileFor,
  chainPick,
  type CredentialEnvironment,
  type CredentialFiles,
  readCredentialFiles,
  sourceRegion,
  type BrokenFile,
} from '../cloud/credentialFiles';
import type { CredentialChoice, EcsApi } from '../cloud/ecsApi';
import { EcsError } from '../cloud/ecsError';
import { LazyEcsApi } from '../cloud/lazyEcsApi';
import { refusingEcsApi } from '../cloud/refusingEcsApi';
import type { CredentialSource } from '../domain/credentialSource';
import type { Failure } from '../domain/failure';
import { DEFAULT_REGION_IDS, isRegionId } from '../domain/regions';
import { brokenFileMessage, sourceLabel } from '../ui/credentialLabels';
import type { CredentialStatusBar } from '../ui/credentialStatusBar';
import type { CredentialStore } from '../ui/credentialStore';
import type { EndpointConsent } from '../ui/endpointConsent';
import type { ErrorNotifier } from '../ui/errorNotifier';
import { localExplain } from '../ui/localized';
import type { ExtensionLog } from '../ui/log';
import { profileProblem } from './profileProblem';

/**
 * `ready`: credentials to try; `none`: nothing found (the welcome); `rejected`: found but unusable or refused;
 * `brokenFile`: a credentials file the source needs cannot be read; `badEndpoint`: the endpoint setting is unusable.
 */
export type CredentialState = 'ready' | 'none' | 'rejected' | 'brokenFile' | 'badEndpoint';

/** What the tree and the view's header need to know after each change. */
export interface ConnectionChange {
  readonly state: CredentialState;
  readonly api: EcsApi;
  readonly regionIds: readonly string[];
  /** The custom endpoint's host, when one is in use. */
  readonly endpointHost: string | undefined;
  /** The credentials file that cannot be read, when that is why the credentials cannot be used. */
  readonly brokenFile: BrokenFile | undefined;
}

export interface ConnectionParts {
  readonly store: CredentialStore;
  readonly log: ExtensionLog;
  readonly notifier: ErrorNotifier;
  readonly status: CredentialStatusBar;
  readonly consent: EndpointConsent;
  readonly settings: () => vscode.WorkspaceConfiguration;
  readonly where: () => CredentialEnvironment;
}

const NO_FILES: CredentialFiles = {
  cli: { kind: 'absent', path: '' },
  shared: { kind: 'absent', path: '' },
  secrets: [],
};

/**
 * The account the extension talks to: the credential source, the endpoint and the regions, turned into the `EcsApi`
 * the tree and the commands use. Applying it again (after a switch, a sign-in or a settings change) reloads the tree.
 */
export class Connection implements vscode.Disposable {
  private current: EcsApi;
  private credentialState: CredentialState = 'ready';
  private problemText: string | undefined;
  private broken: BrokenFile | undefined;
  /** The credential files as last read; `apply` reads them again. */
  private files: CredentialFiles = NO_FILES;
  private endpointInUse: Endpoint = { kind: 'public' };
  /** The applies in order: each waits for the one before it. */
  private applying: Promise<void> = Promise.resolve();
  /** What the last apply connected to (no secret in it): an apply that finds the same changes nothing. */
  private connectedTo: string | undefined;
  /** Resolves once the credential files were read the first time: no call is made with them unread. */
  private readonly firstRead: Promise<void>;
  private markFirstRead: () => void = () => undefined;
  private readonly changed = new vscode.EventEmitter<ConnectionChange>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly parts: ConnectionParts) {
    this.firstRead = new Promise((resolve) => {
      this.markFirstRead = resolve;
    });
    this.current = this.build(parts.store.source());
  }

  get api(): EcsApi {
    return this.current;
  }

  get state(): CredentialState {
    return this.credentialState;
  }

  /** Why the credentials or the endpoint in use cannot be used (the welcome points to the notification that said it). */
  get problem(): string | undefined {
    return this.problemText;
  }

  /** The regions to show: the setting, else the credential source's default region, else a small default set. */
  regionIds(): string[] {
    const setting = this.parts.settings().get<unknown>('regions');
    const chosen = (Array.isArray(setting) ? setting : []).filter((id): id is string => typeof id === 'string' && isRegionId(id));
    if (chosen.length > 0) {
      return chosen;
    }
    const fromSource = this.defaultRegion();
    return fromSource ? [fromSource] : [...DEFAULT_REGION_IDS];
  }

  /**
   * Reads the credential files again, then the settings and the chosen source, and points the tree at the result.
   * Applies run one after another, so the last one's result is what stays. Never rejects: whatever a setting or a file
   * holds, the outcome is a state the view and the status bar show.
   */
  apply(force = false): Promise<void> {
    this.applying = this.applying
      .then(async () => {
        this.files = await readCredentialFiles(this.parts.where()).catch(() => NO_FILES);
        this.parts.log.neverWrite(...this.files.secrets);
        this.markFirstRead();
        this.applySettings(force);
      })
      .catch((error: unknown) => {
        // Never left rejected: the next apply must run.
        this.parts.log.error('Applying the credentials and settings failed', error);
      });
    return this.applying;
  }

  /**
   * Applies changed settings (endpoint, regions, timeout) at once, with the credential files as last read. When
   * nothing the connection depends on changed (a credentials file rewritten with fresh tokens, as the credentials
   * library does for OAuth and External profiles), nothing is rebuilt or reloaded, unless `force` (Refresh).
   */
  applySettings(force = false): void {
    this.endpointInUse = this.chooseEndpoint();
    const { store } = this.parts;
    const source = store.source();
    const connectedTo = JSON.stringify({
      source,
      signedIn: store.signedIn(),
      endpoint: this.endpointInUse,
      files: [this.files.cli, this.files.shared],
      regions: this.regionIds(),
      settings: this.connectionSettings(),
    });
    if (!force && connectedTo === this.connectedTo) {
      return;
    }
    this.connectedTo = connectedTo;
    this.current = this.build(source);
    if (this.endpointInUse.kind === 'unusable') {
      const { problem } = this.endpointInUse;
      this.enterWithProblem(
        'badEndpoint',
        { code: 'InvalidEndpoint', message: problem, detail: problem },
        vscode.l10n.t('The endpoint setting cannot be used'),
      );
      return;
    }
    const broken = brokenFileFor(source, this.parts.where(), this.files);
    this.broken = broken;
    if (broken) {
      this.enterWithProblem('brokenFile', brokenFileMessage(broken), vscode.l10n.t('A credentials file cannot be read'));
      return;
    }
    const problem = profileProblem(source, this.files);
    if (problem) {
      this.enterWithProblem('rejected', problem, undefined);
      return;
    }
    const nothing = source.kind === 'chain' ? this.chain().kind === 'none' : source.kind === 'accessKey' && !store.signedIn();
    if (nothing) {
      this.current = refusingEcsApi(
        new EcsError('NoCredentials', 'No credentials are configured.', undefined, undefined, undefined, 'Connect'),
      );
    }
    this.enter(nothing ? 'none' : 'ready', undefined);
  }

  /** The credentials file that cannot be read, while that is why the credentials cannot be used. */
  brokenFile(): BrokenFile | undefined {
    return this.credentialState === 'brokenFile' ? this.broken : undefined;
  }

  /** ECS (or the credentials library) refused the credentials in use: back to the welcome, with the reason. */
  refused(error: EcsError): void {
    if (this.credentialState !== 'ready') {
      return;
    }
    this.current = refusingEcsApi(error);
    if (error.code === 'NoCredentials') {
      this.parts.log.error(`No credentials: ${error.code}`, error);
      this.enter('none', undefined);
      return;
    }
    void this.parts.notifier.show(error, { what: vscode.l10n.t('Alibaba Cloud refused the credentials ({0})', this.label()) });
    this.enter(
      'rejected',
      vscode.l10n.t('Alibaba Cloud refused these credentials: {0} ({1})', localExplain(error.code).meaning, error.code),
    );
  }

  dispose(): void {
    this.changed.dispose();
  }

  /** The API for a source before it is chosen (to check a typed AccessKey). */
  apiFor(credentials: CredentialChoice): EcsApi {
    return new LazyEcsApi({ ...this.connectionSettings(), observer: this.parts.log, credentials });
  }

  /** The endpoint to use: the user's setting, or the workspace's once the user agreed to it (asked here, once). */
  private chooseEndpoint(): Endpoint {
    const values = this.parts.settings().inspect<unknown>('endpoint');
    const workspace = values?.workspaceFolderValue ?? values?.workspaceValue;
    const { use, ask } = endpointChoice({ user: values?.globalValue, workspace }, (value) => this.parts.consent.agreed(value));
    if (ask !== undefined) {
      const asked = parseEndpoint(ask);
      if (asked.kind !== 'unusable') {
        void this.parts.consent
          .ask(ask, asked.kind === 'custom' ? asked.host : undefined)
          .then((agreed) => (agreed ? this.applySettings() : undefined));
      }
    }
    return parseEndpoint(use);
  }

  private build(source: CredentialSource): EcsApi {
    return new LazyEcsApi(async () => ({
      ...this.connectionSettings(),
      observer: this.parts.log,
      credentials: await this.choice(source),
      defaultRegionId: this.defaultRegion(),
    }));
  }

  private async choice(source: CredentialSource): Promise<CredentialChoice> {
    await this.firstRead;
    // The credentials library reads the files itself, whole and unchecked: never hand it one that failed our checks.
    const broken = brokenFileFor(source, this.parts.where(), this.files);
    if (broken) {
      const problem = brokenFileMessage(broken);
      throw new EcsError('InvalidCredentialProfile', problem, undefined, undefined, undefined, 'GetCredentials', undefined, problem);
    }
    if (source.kind !== 'accessKey') {
      return source;
    }
    const key = await this.parts.store.signedInKey();
    if (!key) {
      throw new EcsError(
        'NoCredentials',
        "The signed-in AccessKey is no longer in VS Code's secret storage. Sign in again.",
        undefined,
        undefined,
        undefined,
        'GetCredentials',
      );
    }
    this.parts.log.neverWrite(key.accessKeySecret);
    return { kind: 'accessKey', ...key };
  }

  private connectionSettings(): ReturnType<typeof connectionSettings> {
    return {
      ...connectionSettings(this.endpointInUse, this.parts.settings().get<unknown>('requestTimeoutSeconds'), vscode.env.language),
      viaProxy: proxyInUse,
    };
  }

  private chain(): ReturnType<typeof chainPick> {
    return chainPick(this.parts.where(), this.files);
  }

  private label(): string {
    return sourceLabel(this.parts.store.source(), this.chain(), this.parts.store.signedIn());
  }

  private defaultRegion(): string | undefined {
    const source = this.parts.store.source();
    return source.kind === 'accessKey' ? this.parts.store.signedIn()?.regionId : sourceRegion(source, this.parts.where(), this.files);
  }

  /** A problem found before any call: one notification (our words only) when it is new, and the welcome for it. */
  private enterWithProblem(state: CredentialState, problem: string | Failure, what: string | undefined): void {
    const failure = typeof problem === 'string' ? { code: 'InvalidCredentialProfile', message: problem, detail: problem } : problem;
    this.current = refusingEcsApi(
      new EcsError(failure.code, failure.message, undefined, undefined, undefined, 'Connect', undefined, failure.detail),
    );
    if (failure.message !== this.problemText) {
      void this.parts.notifier.show(failure, { what: what ?? vscode.l10n.t('The credentials cannot be used') });
    }
    this.enter(state, failure.message);
  }

  private enter(state: CredentialState, problem: string | undefined): void {
    const { store, status } = this.parts;
    this.credentialState = state;
    this.problemText = problem;
    const endpointHost = this.endpointInUse.kind === 'custom' ? this.endpointInUse.host : undefined;
    const brokenFile = state === 'brokenFile' ? this.broken : undefined;
    this.changed.fire({ state, api: this.current, regionIds: this.regionIds(), endpointHost, brokenFile });
    const label = state === 'brokenFile' ? vscode.l10n.t('credentials file unreadable') : this.label();
    status.show({ label, regionId: state === 'ready' ? this.defaultRegion() : undefined, endpointHost, problem: state !== 'ready' });
    setContextKey('credentials', state);
    setContextKey('signedIn', store.signedIn() !== undefined);
  }
}

/** VS Code's http.proxy, or the environment's proxy, which VS Code uses when the setting is empty. */
function proxyInUse(): boolean {
  const setting = vscode.workspace.getConfiguration('http').get<unknown>('proxy');
  const env = process.env;
  return (
    (typeof setting === 'string' && setting.trim() !== '') ||
    Boolean(env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY ?? env.http_proxy)
  );
}
