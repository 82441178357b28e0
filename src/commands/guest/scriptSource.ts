import * as vscode from 'vscode';
import { checkScriptSize, unixLineEnds } from '../../domain/cloudAssistantRules';
import { CommandFailure } from '../kit/commandFailure';
import { READ_ONLY_SCHEME } from '../../ui/readOnlyDocuments';
import type { UserInterface } from '../../ui/userInterface';

/** A script's text and where it came from (for the question and the record). */
export interface Script {
  readonly text: string;
  readonly source: string;
  /** Read from a file another command named (the Explorer's): the whole of it is shown before it runs. */
  readonly fromFile?: boolean;
}

type SourceItem = vscode.QuickPickItem & { readonly take: () => Script | Thenable<Script | undefined> };

/** A script file another command passed (the Explorer's context menu): read when it is small enough, else refused. */
export async function scriptFromFile(uri: vscode.Uri): Promise<Script> {
  const stat = await vscode.workspace.fs.stat(uri);
  const [tooLarge] = checkScriptSize(stat.size);
  if (tooLarge) {
    throw new CommandFailure(tooLarge, { what: vscode.l10n.t("Couldn't read {0} as a script", vscode.workspace.asRelativePath(uri)) });
  }
  const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  return { text: unixLineEnds(text), source: vscode.workspace.asRelativePath(uri), fromFile: true };
}

/** Asks what to run: the editor's selection, the editor's whole file, or a command typed in. Undefined when dismissed. */
export async function chooseScript(ui: UserInterface): Promise<Script | undefined> {
  const editor = vscode.window.activeTextEditor;
  const items: SourceItem[] = [];
  // An output document of ours is what a guest printed, not a script.
  if (editor && editor.document.uri.scheme !== READ_ONLY_SCHEME) {
    const name = vscode.workspace.asRelativePath(editor.document.uri);
    const selected = editor.document.getText(editor.selection);
    if (selected.trim() !== '') {
      items.push({
        label: vscode.l10n.t('The Selection'),
        description: vscode.l10n.t('{0} lines of {1}', selected.split('\n').length, name),
        take: () => ({ text: unixLineEnds(selected), source: vscode.l10n.t('the selection in {0}', name) }),
      });
    }
    const whole = editor.document.getText();
    if (whole.trim() !== '') {
      items.push({
        label: vscode.l10n.t('The Whole File'),
        description: name,
        take: () => ({ text: unixLineEnds(whole), source: name }),
      });
    }
  }
  items.push({
    label: vscode.l10n.t('Type a Command…'),
    description: vscode.l10n.t('one line, run by sh'),
    take: async () => {
      const typed = await ui.input({
        title: vscode.l10n.t('Run Command'),
        prompt: vscode.l10n.t('The command to run as root on each instance'),
        placeHolder: 'ip -br addr',
        ignoreFocusOut: true,
        validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Type a command') : undefined),
      });
      return typed === undefined ? undefined : { text: typed, source: vscode.l10n.t('typed') };
    },
  });
  const chosen =
    items.length === 1
      ? items[0]
      : await ui.pick(items, { title: vscode.l10n.t('Run What?'), placeHolder: vscode.l10n.t('The script to run') });
  return chosen ? await chosen.take() : undefined;
}
