import type * as vscode from 'vscode';
import { inertText } from '../domain/inertText';
import type { Candidate, PickOptions, PickResult } from './candidatePicker';
import type { PickManyOptions, ProgressReport, UserInterface } from './userInterface';

const inert = (text: string | undefined): string | undefined => (text === undefined ? undefined : inertText(text));

type Validation = string | vscode.InputBoxValidationMessage | undefined | null;

function inertValidation(validation: Validation): Validation {
  if (typeof validation === 'string') {
    return inertText(validation);
  }
  return validation ? { ...validation, message: inertText(validation.message) } : validation;
}

/** An item as shown, with the original beside it: the caller gets back the very item it gave. */
function shownItem<T extends vscode.QuickPickItem>(item: T): T & { readonly original: T } {
  return {
    ...item,
    label: inertText(item.label),
    ...(item.description === undefined ? {} : { description: inertText(item.description) }),
    ...(item.detail === undefined ? {} : { detail: inertText(item.detail) }),
    original: item,
  };
}

/**
 * The one place every word for the user passes: whatever a message, a question, a progress report or a picker item
 * holds of other people's text (a tag key, an ECS message, an ENI's name) reaches VS Code with no link in it.
 */
export function inertUserInterface(inner: UserInterface): UserInterface {
  return {
    inform: (message, ...actions) => inner.inform(inertText(message), ...actions),
    warn: (message, ...actions) => inner.warn(inertText(message), ...actions),
    fail: (message, ...actions) => inner.fail(inertText(message), ...actions),
    ask: (question, detail, ...actions) => inner.ask(inertText(question), inertText(detail), ...actions),
    pick: async <T extends vscode.QuickPickItem>(items: readonly T[] | Thenable<readonly T[]>, options: vscode.QuickPickOptions) => {
      const shown = Promise.resolve(items).then((loaded) => loaded.map(shownItem));
      const chosen = await inner.pick(shown, { ...options, ...(options.title ? { title: inertText(options.title) } : {}) });
      return chosen?.original;
    },
    pickMany: async <T extends vscode.QuickPickItem>(items: Thenable<readonly T[]>, options: PickManyOptions<T>) => {
      const shown = Promise.resolve(items).then((loaded) => loaded.map(shownItem));
      const chosen = await inner.pickMany(shown, { ...options, picked: (item) => options.picked(item.original) });
      return chosen?.map((item) => item.original);
    },
    pickCandidate: async <T>(candidates: ReadonlyArray<Candidate<T>>, options: PickOptions): Promise<PickResult<T>> => {
      const shown = candidates.map((candidate) => ({
        ...candidate,
        label: inertText(candidate.label),
        description: inertText(candidate.description),
        original: candidate,
      }));
      const result = await inner.pickCandidate(shown, options);
      return result.kind === 'picked' ? { kind: 'picked', candidate: (result.candidate as (typeof shown)[number]).original } : result;
    },
    input: (options) => {
      const validate = options.validateInput;
      return inner.input({
        ...options,
        ...(options.title === undefined ? {} : { title: inert(options.title) }),
        ...(options.prompt === undefined ? {} : { prompt: inert(options.prompt) }),
        // A validation message may quote what is typed or was given (a tag key): VS Code renders its links too.
        ...(validate ? { validateInput: async (value: string) => inertValidation(await validate(value)) } : {}),
      });
    },
    progress: <R>(title: string, task: (progress: ProgressReport) => Thenable<R>, cancellable?: boolean) =>
      inner.progress(
        inertText(title),
        (progress) => task({ report: (message) => progress.report(inertText(message)), token: progress.token }),
        cancellable,
      ),
    flash: (message) => inner.flash(inertText(message)),
    copy: (text) => inner.copy(text),
    open: (url) => inner.open(url),
    showText: (content, language) => inner.showText(content, language),
    openFileAt: (path, line, column) => inner.openFileAt(path, line, column),
    // What the guest prints through `pty` is the terminal's own to draw, as any shell's is.
    openTerminal: (name, pty) => inner.openTerminal(inertText(name), pty),
  };
}
