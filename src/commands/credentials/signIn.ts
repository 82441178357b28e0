import * as vscode from 'vscode';
import { accessKeyIdProblem, accessKeySecretProblem } from '../../domain/accessKeyInput';
import type { Region } from '../../domain/region';
import { maskAccessKeyId } from '../../domain/redaction';
import { accessKeyInputMessage } from '../../ui/credentialLabels';
import type { UserInterface } from '../../ui/userInterface';
import type { CommandDefinition } from '../commandBoundary';
import { type CredentialCommandParts, refusal } from './credentialParts';
import { CommandFailure } from '../kit/commandFailure';
import { regionItem } from '../kit/regionItems';

const TITLE = (): string => vscode.l10n.t('Sign In with AccessKey');

const KEY_PARTS = {
  id: {
    step: 1,
    problem: accessKeyIdProblem,
    password: false,
    prompt: () => vscode.l10n.t('The AccessKey ID of a RAM user (it starts with LTAI)'),
  },
  secret: {
    step: 2,
    problem: accessKeySecretProblem,
    password: true,
    prompt: () => vscode.l10n.t('The AccessKey secret. It is kept in VS Code’s secret storage only.'),
  },
} as const;

/** One half of the pair, asked for and checked as typed; undefined when cancelled (text the rules refuse is a failure). */
async function askKeyPart(ui: UserInterface, part: keyof typeof KEY_PARTS): Promise<string | undefined> {
  const { step, problem, password, prompt } = KEY_PARTS[part];
  const text = await ui.input({
    title: `${TITLE()} (${step}/3)`,
    prompt: prompt(),
    password,
    ignoreFocusOut: true,
    validateInput: (value) => {
      const found = problem(value);
      return found && accessKeyInputMessage(found, part);
    },
  });
  const found = text === undefined ? undefined : problem(text);
  if (found) {
    // The input box refuses such text as it is typed; this holds when something answered it otherwise.
    throw new CommandFailure(
      refusal('InvalidArgument', accessKeyInputMessage(found, part)),
      { what: vscode.l10n.t("Couldn't sign in") },
      false,
    );
  }
  return text;
}

async function askRegion(ui: UserInterface, regions: readonly Region[]): Promise<string | undefined> {
  const picked = await ui.pick(regions.map(regionItem), {
    title: `${TITLE()} (3/3)`,
    placeHolder: vscode.l10n.t('The default region, shown in the Resources view'),
    ignoreFocusOut: true,
  });
  return picked?.regionId;
}

/**
 * "Sign In with AccessKey…": ID, secret (as a password), a real call to check the pair, then the default region.
 * Nothing is saved until the call succeeded; the pair goes to SecretStorage only.
 */
export function signInCommand({ connection, store, log, ui }: CredentialCommandParts): CommandDefinition {
  // No argument is read: another extension must not sign the user in to a key of its choosing.
  const run = async (): Promise<boolean> => {
    const accessKeyId = await askKeyPart(ui, 'id');
    if (accessKeyId === undefined) {
      return false;
    }
    const accessKeySecret = await askKeyPart(ui, 'secret');
    if (accessKeySecret === undefined) {
      return false;
    }
    log.neverWrite(accessKeySecret);
    const masked = maskAccessKeyId(accessKeyId);
    let regions: Region[];
    try {
      regions = await ui.progress(
        vscode.l10n.t('Checking AccessKey {0} with Alibaba Cloud…', masked),
        () => connection.apiFor({ kind: 'accessKey', accessKeyId, accessKeySecret }).describeRegions(),
        false,
      );
    } catch (error) {
      throw new CommandFailure(error, { what: vscode.l10n.t("Couldn't sign in with AccessKey {0}", masked) }, false);
    }
    const regionId = await askRegion(ui, regions);
    if (regionId === undefined) {
      return false;
    }
    if (!regions.some((region) => region.regionId === regionId)) {
      throw new CommandFailure(
        refusal('InvalidRegionId.NotFound', vscode.l10n.t('“{0}” is not a region this AccessKey can see; nothing was saved.', regionId)),
        { what: vscode.l10n.t("Couldn't sign in with AccessKey {0}", masked) },
        false,
      );
    }
    await store.signIn({ accessKeyId, accessKeySecret }, regionId);
    await connection.apply();
    log.info(`Signed in with AccessKey ${masked}, default region ${regionId}`);
    void ui.inform(vscode.l10n.t('Signed in with AccessKey {0}. The secret is kept in VS Code’s secret storage only.', masked));
    return true;
  };
  return { id: 'alicloudEcs.signIn', failure: () => vscode.l10n.t("Couldn't sign in"), run };
}
