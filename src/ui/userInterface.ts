import type * as vscode from 'vscode';
import type { Candidate, PickOptions, PickResult } from './candidatePicker';

/** Reports a step of long work, and tells whether the user cancelled it. */
export interface ProgressReport {
  report(message: string): void;
  readonly token: vscode.CancellationToken;
}

/** A multi-select list filled by work that may take a while (the picker shows busy meanwhile). */
export interface PickManyOptions<T> {
  readonly title: string;
  readonly placeholder: string;
  readonly picked: (item: T) => boolean;
}

/**
 * Everything the extension says to the user or asks of them: notifications, modal questions, pickers, input boxes,
 * progress, the clipboard and links. Commands talk to the user only through this; the composition root gives them
 * VS Code's, and the extension-host tests their own, which answers prompts and records what the user was told.
 */
export interface UserInterface {
  inform(message: string, ...actions: string[]): Thenable<string | undefined>;
  warn(message: string, ...actions: string[]): Thenable<string | undefined>;
  fail(message: string, ...actions: string[]): Thenable<string | undefined>;
  /** A modal question; resolves with the chosen action, undefined when dismissed. */
  ask(question: string, detail: string, ...actions: string[]): Thenable<string | undefined>;
  pick<T extends vscode.QuickPickItem>(
    items: readonly T[] | Thenable<readonly T[]>,
    options: vscode.QuickPickOptions,
  ): Thenable<T | undefined>;
  pickMany<T extends vscode.QuickPickItem>(items: Thenable<readonly T[]>, options: PickManyOptions<T>): Thenable<readonly T[] | undefined>;
  pickCandidate<T>(candidates: ReadonlyArray<Candidate<T>>, options: PickOptions): Thenable<PickResult<T>>;
  input(options: vscode.InputBoxOptions): Thenable<string | undefined>;
  /** Runs `task` under a progress notification; cancellable unless said otherwise. */
  progress<R>(title: string, task: (progress: ProgressReport) => Thenable<R>, cancellable?: boolean): Thenable<R>;
  /** A short message in the status bar. */
  flash(message: string): void;
  copy(text: string): Thenable<void>;
  open(url: string): Thenable<boolean>;
  /** Opens the text in a new untitled editor (Terraform, say), for the user to read, edit and save. */
  showText(content: string, language: string): Thenable<void>;
  /** Opens a file of the user's in the editor with the cursor at a line and column (both from 1). */
  openFileAt(path: string, line: number, column: number): Thenable<void>;
  /** Opens a terminal whose other end is `pty` (a Cloud Assistant session), and shows it. */
  openTerminal(name: string, pty: vscode.Pseudoterminal): void;
}
