import type { CredentialFiles } from '../cloud/credentialFiles';
import type { CredentialSource } from '../domain/credentialSource';
import { brokenFileMessage, missingProfileMessage, unusableCliModeMessage, unusableSharedTypeMessage } from '../ui/credentialLabels';

/** Why a chosen profile cannot be used, worded for the user; undefined when it can. */
export function profileProblem(source: CredentialSource, files: CredentialFiles): string | undefined {
  if (source.kind === 'cliProfile' || source.kind === 'sharedProfile') {
    const file = source.kind === 'cliProfile' ? files.cli : files.shared;
    if (file.kind === 'broken') {
      return brokenFileMessage(file);
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
