import * as vscode from 'vscode';
import type { BrokenFile } from '../cloud/credentialFiles';
import type { AccessKeyInputProblem } from '../domain/accessKeyInput';
import { type ChainPick, type CredentialSource, USABLE_CLI_MODES, USABLE_SHARED_TYPES } from '../domain/credentialSource';
import type { SignedInSummary } from './credentialStore';

/** How a user names the credentials in use: "profile work", "environment", "RAM role"… */
export function pickLabel(pick: ChainPick): string {
  switch (pick.kind) {
    case 'environment':
      return vscode.l10n.t('environment');
    case 'oidc':
      return vscode.l10n.t('OIDC role');
    case 'cliProfile':
      return vscode.l10n.t('profile {0}', pick.name);
    case 'sharedProfile':
      return vscode.l10n.t('credentials file [{0}]', pick.name);
    case 'metadata':
      return vscode.l10n.t('RAM role');
    case 'credentialsUri':
      return vscode.l10n.t('credentials URI');
    case 'none':
      return vscode.l10n.t('no credentials');
  }
}

export function sourceLabel(source: CredentialSource, chain: ChainPick, signedIn: SignedInSummary | undefined): string {
  switch (source.kind) {
    case 'chain':
      return pickLabel(chain);
    case 'cliProfile':
      return vscode.l10n.t('profile {0}', source.name);
    case 'sharedProfile':
      return vscode.l10n.t('credentials file [{0}]', source.name);
    case 'accessKey':
      return signedIn ? vscode.l10n.t('AccessKey {0}', signedIn.maskedId) : vscode.l10n.t('no credentials');
  }
}

/** Names a credentials file that cannot be used and where it goes wrong, without quoting any of it. */
export function brokenFileMessage(file: BrokenFile): string {
  switch (file.reason) {
    case 'unreadable':
      return vscode.l10n.t('{0} cannot be read ({1}). Check its permissions.', file.path, file.systemCode ?? vscode.l10n.t('unknown'));
    case 'notAFile':
      return vscode.l10n.t('{0} is not a regular file (a folder, a device or a pipe). Replace it with the file, or remove it.', file.path);
    case 'tooLarge':
      return vscode.l10n.t('{0} is larger than 1 MiB, which no credentials file is. Check what it holds.', file.path);
    case 'notJson':
      return file.position
        ? vscode.l10n.t(
            '{0} is not valid JSON: the problem is at line {1}, column {2}. Fix it, or run “aliyun configure” again.',
            file.path,
            file.position.line,
            file.position.column,
          )
        : vscode.l10n.t('{0} is not valid JSON. Fix it, or run “aliyun configure” again.', file.path);
    case 'noProfiles':
      return vscode.l10n.t('{0} has no “profiles” list. Run “aliyun configure” to create a profile.', file.path);
  }
}

export function missingProfileMessage(name: string, path: string): string {
  return vscode.l10n.t('There is no profile “{0}” in {1}. Choose another with Select Profile…, or sign in with an AccessKey.', name, path);
}

export function unusableCliModeMessage(name: string, mode: string): string {
  return vscode.l10n.t(
    'Profile “{0}” uses mode {1}, which this extension cannot use. Modes that work: {2}. Reconfigure it with “aliyun configure --profile {0}”, choose another profile, or sign in with an AccessKey.',
    name,
    mode,
    USABLE_CLI_MODES.join(', '),
  );
}

export function unusableSharedTypeMessage(name: string, type: string): string {
  return vscode.l10n.t(
    'Section [{0}] of the credentials file has type “{1}”, which this extension cannot use. Types that work: {2}.',
    name,
    type || vscode.l10n.t('(none)'),
    USABLE_SHARED_TYPES.join(', '),
  );
}

export function accessKeyInputMessage(problem: AccessKeyInputProblem, part: 'id' | 'secret'): string {
  const id = part === 'id';
  switch (problem) {
    case 'empty':
      return id ? vscode.l10n.t('Enter the AccessKey ID.') : vscode.l10n.t('Enter the AccessKey secret.');
    case 'spaces':
      return id ? vscode.l10n.t('An AccessKey ID has no spaces.') : vscode.l10n.t('An AccessKey secret has no spaces.');
    case 'characters':
      return id
        ? vscode.l10n.t('An AccessKey ID holds only letters, digits, “.”, “_” and “-”.')
        : vscode.l10n.t('An AccessKey secret holds only printable ASCII characters.');
    case 'tooLong':
      return id ? vscode.l10n.t('This is too long for an AccessKey ID.') : vscode.l10n.t('This is too long for an AccessKey secret.');
  }
}
