import * as vscode from 'vscode';
import { pickCandidate } from './candidatePicker';
import type { PickManyOptions, ProgressReport, UserInterface } from './userInterface';

const FLASH_MS = 3000;

/** The user interface of the running VS Code. */
export class VscodeUserInterface implements UserInterface {
  inform(message: string, ...actions: string[]): Thenable<string | undefined> {
    return vscode.window.showInformationMessage(message, ...actions);
  }

  warn(message: string, ...actions: string[]): Thenable<string | undefined> {
    return vscode.window.showWarningMessage(message, ...actions);
  }

  fail(message: string, ...actions: string[]): Thenable<string | undefined> {
    return vscode.window.showErrorMessage(message, ...actions);
  }

  ask(question: string, detail: string, ...actions: string[]): Thenable<string | undefined> {
    return vscode.window.showWarningMessage(question, { modal: true, detail }, ...actions);
  }

  pick<T extends vscode.QuickPickItem>(
    items: readonly T[] | Thenable<readonly T[]>,
    options: vscode.QuickPickOptions,
  ): Thenable<T | undefined> {
    return vscode.window.showQuickPick(items, options);
  }

  async pickMany<T extends vscode.QuickPickItem>(
    items: Thenable<readonly T[]>,
    options: PickManyOptions<T>,
  ): Promise<readonly T[] | undefined> {
    const picker = vscode.window.createQuickPick<T>();
    picker.title = options.title;
    picker.placeholder = options.placeholder;
    picker.canSelectMany = true;
    picker.busy = true;
    // Listening before the items arrive: a picker closed while still loading answers "cancelled", not never.
    const answer = new Promise<readonly T[] | undefined>((resolve) => {
      picker.onDidAccept(() => resolve(picker.busy ? undefined : picker.selectedItems));
      picker.onDidHide(() => resolve(undefined));
    });
    picker.show();
    try {
      const loaded = await Promise.race([items, answer.then(() => undefined)]);
      if (loaded === undefined) {
        return undefined;
      }
      picker.items = loaded;
      picker.selectedItems = picker.items.filter(options.picked);
      picker.busy = false;
      return await answer;
    } finally {
      picker.dispose();
    }
  }

  pickCandidate = pickCandidate;

  input(options: vscode.InputBoxOptions): Thenable<string | undefined> {
    return vscode.window.showInputBox(options);
  }

  progress<R>(title: string, task: (progress: ProgressReport) => Thenable<R>, cancellable = true): Thenable<R> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable }, (progress, token) =>
      task({ report: (message) => progress.report({ message }), token }),
    );
  }

  flash(message: string): void {
    vscode.window.setStatusBarMessage(message, FLASH_MS);
  }

  copy(text: string): Thenable<void> {
    return vscode.env.clipboard.writeText(text);
  }

  open(url: string): Thenable<boolean> {
    return vscode.env.openExternal(vscode.Uri.parse(url));
  }

  async openFileAt(path: string, line: number, column: number): Promise<void> {
    const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
    await vscode.window.showTextDocument(document, { preview: false, selection: new vscode.Range(position, position) });
  }

  openTerminal(name: string, pty: vscode.Pseudoterminal): void {
    vscode.window.createTerminal({ name, pty, iconPath: new vscode.ThemeIcon('remote') }).show();
  }

  async showText(content: string, language: string): Promise<void> {
    const known = (await vscode.languages.getLanguages()).includes(language);
    const document = await vscode.workspace.openTextDocument({ content, language: known ? language : 'plaintext' });
    await vscode.window.showTextDocument(document, { preview: false });
  }
}

/** A user interface whose implementation can be swapped while the extension runs (the extension-host tests do). */
export function switchableUserInterface(initial: UserInterface): {
  readonly ui: UserInterface;
  use(next: UserInterface | undefined): void;
} {
  let current = initial;
  const ui = new Proxy(initial, {
    get: (_target, key: keyof UserInterface) => {
      const member = current[key] as unknown;
      return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(current) : member;
    },
  });
  return {
    ui,
    use: (next) => {
      current = next ?? initial;
    },
  };
}
