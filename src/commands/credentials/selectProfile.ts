import * as vscode from 'vscode';
import {
  chainPick,
  type CliProfile,
  type CredentialEnvironment,
  type CredentialFiles,
  type ProfileFile,
  readCredentialFiles,
  type SharedProfile,
} from '../../cloud/credentialFiles';
import { type CredentialSource, sameSource, STANDARD_CHAIN } from '../../domain/credentialSource';
import { brokenFileMessage, pickLabel, unusableCliModeMessage, unusableSharedTypeMessage } from '../../ui/credentialLabels';
import type { CredentialStore } from '../../ui/credentialStore';
import type { CommandDefinition } from '../commandBoundary';
import { profileProblem } from '../../account/profileProblem';
import { type CredentialCommandParts, refusal } from './credentialParts';
import { CommandFailure } from '../kit/commandFailure';

type ProfileItem = vscode.QuickPickItem & { readonly source?: CredentialSource; readonly problem?: string; readonly signIn?: true };

function fileItems<T extends CliProfile | SharedProfile>(
  heading: string,
  file: ProfileFile<T>,
  item: (profile: T) => ProfileItem,
): ProfileItem[] {
  if (file.kind === 'absent') {
    return [];
  }
  const separator: ProfileItem = { label: heading, kind: vscode.QuickPickItemKind.Separator };
  if (file.kind === 'broken') {
    const problem = brokenFileMessage(file);
    return [separator, { label: `$(warning) ${file.path}`, description: vscode.l10n.t('cannot be used'), detail: problem, problem }];
  }
  return [separator, ...file.profiles.map(item)];
}

function profileItems(where: CredentialEnvironment, files: CredentialFiles, store: CredentialStore): ProfileItem[] {
  const active = store.source();
  const mark = (source: CredentialSource): string => (sameSource(source, active) ? '$(check) ' : '');
  const items: ProfileItem[] = [
    {
      label: `${mark(STANDARD_CHAIN)}${vscode.l10n.t('Standard credential chain')}`,
      description: vscode.l10n.t('now: {0}', pickLabel(chainPick(where, files))),
      detail: vscode.l10n.t(
        'Environment variables, then the aliyun CLI’s current profile, then ~/.alibabacloud/credentials, then the instance’s RAM role',
      ),
      source: STANDARD_CHAIN,
    },
  ];
  items.push(
    ...fileItems(vscode.l10n.t('aliyun CLI profiles'), files.cli, (profile) => {
      const source: CredentialSource = { kind: 'cliProfile', name: profile.name };
      return profile.usable
        ? { label: `${mark(source)}${profile.name}`, description: [profile.mode, profile.regionId].filter(Boolean).join(' · '), source }
        : {
            label: `$(circle-slash) ${profile.name}`,
            description: vscode.l10n.t('mode {0} is not supported', profile.mode),
            problem: unusableCliModeMessage(profile.name, profile.mode),
          };
    }),
  );
  items.push(
    ...fileItems(vscode.l10n.t('Credentials file'), files.shared, (profile) => {
      const source: CredentialSource = { kind: 'sharedProfile', name: profile.name };
      return profile.usable
        ? { label: `${mark(source)}[${profile.name}]`, description: profile.type, source }
        : {
            label: `$(circle-slash) [${profile.name}]`,
            description: vscode.l10n.t('type “{0}” is not supported', profile.type),
            problem: unusableSharedTypeMessage(profile.name, profile.type),
          };
    }),
  );
  items.push({ label: vscode.l10n.t('Signed in'), kind: vscode.QuickPickItemKind.Separator });
  const signedIn = store.signedIn();
  const accessKey: CredentialSource = { kind: 'accessKey' };
  items.push(
    signedIn
      ? {
          label: `${mark(accessKey)}${vscode.l10n.t('AccessKey {0}', signedIn.maskedId)}`,
          description: signedIn.regionId,
          source: accessKey,
        }
      : { label: `$(sign-in) ${vscode.l10n.t('Sign In with AccessKey…')}`, signIn: true },
  );
  return items;
}

/**
 * "Select Profile…": the standard chain, each aliyun CLI profile and credentials-file section, and the signed-in
 * AccessKey. Choosing one reloads the whole tree for that account; an unusable one is explained and changes nothing.
 */
export function selectProfileCommand(parts: CredentialCommandParts): CommandDefinition {
  const { connection, store, log, ui, where } = parts;
  const what = (): string => vscode.l10n.t("Couldn't select that profile");
  const refuse = (code: string, words: string): false => {
    throw new CommandFailure(refusal(code, words), { what: what() }, false);
  };
  const choose = async (source: CredentialSource): Promise<boolean> => {
    const problem = profileProblem(source, await readCredentialFiles(where()));
    if (problem) {
      return refuse('InvalidCredentialProfile', problem);
    }
    if (source.kind === 'accessKey' && !store.signedIn()) {
      return refuse('NoCredentials', vscode.l10n.t('No AccessKey is signed in. Use Sign In with AccessKey… first.'));
    }
    await store.setSource(source);
    await connection.apply();
    log.info(`Credentials: ${source.kind}${'name' in source ? ` ${source.name}` : ''}`);
    return true;
  };
  // No argument is read: another extension must not switch the account unseen.
  const run = async (): Promise<boolean> => {
    const items = readCredentialFiles(where()).then((files): ProfileItem[] => profileItems(where(), files, store));
    const picked = await ui.pick(items, {
      title: vscode.l10n.t('Select Profile'),
      placeHolder: vscode.l10n.t('Credentials for the Resources view'),
      matchOnDescription: true,
    });
    if (!picked) {
      return false;
    }
    if (picked.signIn) {
      return (await vscode.commands.executeCommand<boolean>('alicloudEcs.signIn')) === true;
    }
    if (picked.problem || !picked.source) {
      return refuse('InvalidCredentialProfile', picked.problem ?? vscode.l10n.t('That is not a profile; nothing was changed.'));
    }
    return choose(picked.source);
  };
  return { id: 'alicloudEcs.selectProfile', failure: what, run };
}
