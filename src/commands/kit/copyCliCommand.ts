import * as vscode from 'vscode';
import { aliyunCliCommand } from '../../domain/export/aliyunCli';
import type { EcsRequest } from '../../domain/export/ecsRequest';
import { type Shell, SHELLS, shellOfProgram, UnquotableValue } from '../../domain/export/shellQuoting';
import type { UserInterface } from '../../ui/userInterface';

const shellLabel = (shell: Shell): string =>
  ({
    posix: vscode.l10n.t('bash, zsh or sh'),
    fish: 'fish',
    powershell: 'PowerShell',
    cmd: vscode.l10n.t('Command Prompt (cmd)'),
  })[shell];

/** What a refused character is, in words: never the character itself when a terminal would act on it. */
function refusedCharacter(error: UnquotableValue): string {
  if (error.control) {
    return vscode.l10n.t('a control character');
  }
  return error.character === '\n' || error.character === '\r' ? vscode.l10n.t('a line break') : `“${error.character}”`;
}

async function pickShell(ui: UserInterface, not?: Shell): Promise<Shell | undefined> {
  const picked = await ui.pick(
    SHELLS.filter((shell) => shell !== not).map((shell) => ({ label: shellLabel(shell), shell })),
    { title: vscode.l10n.t('Copy the aliyun CLI command for which shell?') },
  );
  return picked?.shell;
}

/**
 * Copies the request as an aliyun CLI command for the shell VS Code's terminal runs (asked when it is not known); a
 * value no quoting makes safe in that shell is not copied, saying which character and offering another shell.
 */
export async function copyCliCommand(
  ui: UserInterface,
  request: EcsRequest,
  options: { readonly profile: string | undefined; readonly what: string; readonly shell?: Shell },
): Promise<void> {
  const shell = options.shell ?? shellOfProgram(vscode.env.shell) ?? (await pickShell(ui));
  if (!shell) {
    return;
  }
  let text: string;
  try {
    text = aliyunCliCommand(request, { profile: options.profile, shell });
  } catch (error) {
    if (!(error instanceof UnquotableValue)) {
      throw error;
    }
    const another = vscode.l10n.t('Copy for Another Shell…');
    const choice = await ui.warn(
      vscode.l10n.t(
        'Not copied: a value holds {0}, which {1} would act on; no quoting makes it safe there.',
        refusedCharacter(error),
        shellLabel(shell),
      ),
      another,
    );
    const next = choice === another ? await pickShell(ui, shell) : undefined;
    if (next) {
      await copyCliCommand(ui, request, { ...options, shell: next });
    }
    return;
  }
  await ui.copy(text);
  ui.flash(vscode.l10n.t('Copied the aliyun CLI command for {0} ({1})', options.what, shellLabel(shell)));
}
