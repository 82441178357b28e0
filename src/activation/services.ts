import type * as vscode from 'vscode';
import { Connection } from '../account/connection';
import { ActivityLog } from '../activity/activityLog';
import { type CredentialEnvironment, processEnvironment } from '../cloud/credentialFiles';
import { InstanceTypeCache } from '../cloud/instanceTypeCache';
import { TransitionPoller } from '../explorer/transitionPoller';
import { ResourceStore } from '../store/resourceStore';
import { CredentialStatusBar } from '../ui/credentialStatusBar';
import { CredentialStore } from '../ui/credentialStore';
import { EndpointConsent } from '../ui/endpointConsent';
import { ErrorNotifier } from '../ui/errorNotifier';
import { inertUserInterface } from '../ui/inertUserInterface';
import { ExtensionLog } from '../ui/log';
import { WriteModes } from '../ui/writeModes';
import { Settings } from '../ui/settings';
import type { UserInterface } from '../ui/userInterface';
import { switchableUserInterface, VscodeUserInterface } from '../ui/vscodeUserInterface';

/** The parts that hold state and talk to ECS and the user, built once; the views and commands are made of them. */
export interface Services {
  readonly ui: UserInterface;
  /** Puts another user interface in VS Code's place (the extension-host tests' recording one); undefined puts it back. */
  readonly useUserInterface: (ui: UserInterface | undefined) => void;
  readonly log: ExtensionLog;
  readonly notifier: ErrorNotifier;
  readonly settings: Settings;
  readonly where: () => CredentialEnvironment;
  readonly credentials: CredentialStore;
  readonly status: CredentialStatusBar;
  readonly writeModes: WriteModes;
  readonly connection: Connection;
  readonly store: ResourceStore;
  readonly types: InstanceTypeCache;
  readonly activity: ActivityLog;
  readonly poller: TransitionPoller;
}

export function buildServices(context: vscode.ExtensionContext): Services {
  // What any user interface is given has no link in other people's text.
  const { ui: switchable, use } = switchableUserInterface(new VscodeUserInterface());
  const ui = inertUserInterface(switchable);
  const log = new ExtensionLog();
  const notifier = new ErrorNotifier(log, ui);
  const settings = new Settings();
  const where = processEnvironment;
  const credentials = new CredentialStore(context.globalState, context.secrets);
  const status = new CredentialStatusBar();
  const consent = new EndpointConsent(context.workspaceState);
  const connection = new Connection({ store: credentials, log, notifier, status, consent, settings: settings.section, where });
  const store = new ResourceStore(connection.api, []);
  return {
    ui,
    useUserInterface: use,
    log,
    notifier,
    settings,
    where,
    credentials,
    status,
    writeModes: new WriteModes(),
    connection,
    store,
    types: new InstanceTypeCache(() => connection.api),
    activity: new ActivityLog(context.globalState),
    poller: new TransitionPoller(store),
  };
}
