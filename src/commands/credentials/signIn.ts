import * as vscode from 'vscode';
import { accessKeyIdProblem, accessKeySecretProblem } from '../../domain/accessKeyInput';
import type { Region } from '../../domain/region';
import { maskAccessKeyId } from '../../domain/redaction';
import { accessKeyInputMessage } from '../../ui/credentialLabels';
import type { CredentialStore } from '../../ui/credentialStore';
import type { ErrorNotifier } from '../../ui/errorNotifier';
import type { ExtensionLog } from '../../ui/log';
import type { Connection } from './connection';

/** For automation and tests: what the three steps would ask for. */
interface SignInArgs {
  readonly accessKeyId?: unknown;
  readonly accessKeySecret?: unknown;
  readonly regionId?: unknown;
}

const TITLE = (): string => vscode.l10n.t('Sign In with AccessKey');

/** An argument given for automation, as text (anything else counts as empty, and is refused as such). */
const asText = (given: unknown): string => (typeof given === 'string' ? given : '');

const KEY_PARTS = {
  id: { step: 1, problem: accessKeyIdProblem, password: false,
    prompt: () => vscode.l10n.t('The AccessKey ID of a RAM user (it starts with LTAI)') },
  secret: { step: 2, problem: accessKeySecretProblem, password: true,
    prompt: () => vscode.l10n.t('The AccessKey secret. It is kept in VS Code’s secret storage only.') },
} as const;

/** One half of the pair, asked for (and checked as typed) or given; undefined when cancelled or unusable (said so). */
async function askKeyPart(part: keyof typeof KEY_PARTS, given: unknown): Promise<string | undefined> {
  const { step, problem, password, prompt } = KEY_PARTS[part];
  const text = given !== undefined ? asText(given) : await vscode.window.showInputBox({
    title: `${TITLE()} (${step}/3)`,
    prompt: prompt(),
    password,
    ignoreFocusOut: true,
    validateInput: (value) => { const found = problem(value); return found && accessKeyInputMessage(found, part); },
  });
  const found = text === undefined ? undefined : problem(text);
  if (found) {
    void vscode.window.showErrorMessage(accessKeyInputMessage(found, part));
    return undefined;
  }
  return text;
}

async function askRegion(given: unknown, regions: readonly Region[]): Promise<string | undefined> {
  if (given !== undefined) {
    return asText(given);
  }
  const picked = await vscode.window.showQuickPick(
    regions.map((region) => ({ label: region.localName || region.regionId, description: region.regionId, regionId: region.regionId })),
    { title: `${TITLE()} (3/3)`, placeHolder: vscode.l10n.t('The default region, shown in the Resources view'), ignoreFocusOut: true },
  );
  return picked?.regionId;
}

/**
 * "Sign In with AccessKey…": ID, secret (as a password), a real call to check the pair, then the default region.
 * Nothing is saved until the call succeeded; the pair goes to SecretStorage only.
 */
export function registerSignIn(connection: Connection, store: CredentialStore, notifier: ErrorNotifier, log: ExtensionLog): vscode.Disposable {
  return vscode.commands.registerCommand('alicloudEcs.signIn', async (args?: SignInArgs): Promise<boolean> => {
    const accessKeyId = await askKeyPart('id', args?.accessKeyId);
    if (accessKeyId === undefined) {
      return false;
    }
    const accessKeySecret = await askKeyPart('secret', args?.accessKeySecret);
    if (accessKeySecret === undefined) {
      return false;
    }
    log.neverWrite(accessKeySecret);
    const masked = maskAccessKeyId(accessKeyId);
    let regions: Region[];
    try {
      regions = await vscode.window.withProgress({
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Checking AccessKey {0} with Alibaba Cloud…', masked),
      }, () => connection.apiFor({ kind: 'accessKey', accessKeyId, accessKeySecret }).describeRegions());
    } catch (error) {
      void notifier.show(error, { what: vscode.l10n.t("Couldn't sign in with AccessKey {0}", masked) });
      return false;
    }
    const regionId = await askRegion(args?.regionId, regions);
    if (regionId === undefined) {
      return false;
    }
    if (!regions.some((region) => region.regionId === regionId)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('“{0}” is not a region this AccessKey can see; nothing was saved.', regionId));
      return false;
    }
    await store.signIn({ accessKeyId, accessKeySecret }, regionId);
    await connection.apply();
    log.info(`Signed in with AccessKey ${masked}, default region ${regionId}`);
    void vscode.window.showInformationMessage(vscode.l10n.t('Signed in with AccessKey {0}. The secret is kept in VS Code’s secret storage only.', masked));
    return true;
  });
}
