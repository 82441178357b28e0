import type * as vscode from 'vscode';
import { CancellationTokenSource } from 'vscode';
import type { Candidate, PickOptions, PickResult } from '../../src/ui/candidatePicker';
import type { PickManyOptions, ProgressReport, UserInterface } from '../../src/ui/userInterface';

export interface Told {
  readonly kind: 'inform' | 'warn' | 'fail' | 'ask' | 'flash' | 'open' | 'copy' | 'progress';
  readonly text: string;
  readonly actions: readonly string[];
}

/**
 * A user interface for the extension-host tests: it records everything the user would have been told and answers
 * prompts from the answers queued with `answer…` (a prompt with no answer queued is dismissed). A progress can be
 * cancelled when one of its reports matches `cancelWhen`.
 */
export class RecordingUserInterface implements UserInterface {
  readonly told: Told[] = [];
  private readonly answers: Array<(prompt: string, actions: readonly string[]) => unknown> = [];
  cancelWhen: RegExp | undefined;

  /** The next prompt (a question, a notification's button, a pick) is answered by `choose`. */
  answer(choose: (prompt: string, actions: readonly string[]) => unknown): this {
    this.answers.push(choose);
    return this;
  }

  /** Everything told of a kind, as text. */
  texts(kind?: Told['kind']): string[] {
    return this.told.filter((entry) => kind === undefined || entry.kind === kind).map((entry) => entry.text);
  }

  inform(message: string, ...actions: string[]): Thenable<string | undefined> {
    return this.record('inform', message, actions);
  }

  warn(message: string, ...actions: string[]): Thenable<string | undefined> {
    return this.record('warn', message, actions);
  }

  fail(message: string, ...actions: string[]): Thenable<string | undefined> {
    return this.record('fail', message, actions);
  }

  ask(question: string, detail: string, ...actions: string[]): Thenable<string | undefined> {
    return this.record('ask', `${question} ${detail}`, actions);
  }

  async pick<T extends vscode.QuickPickItem>(
    items: readonly T[] | Thenable<readonly T[]>,
    options: vscode.QuickPickOptions,
  ): Promise<T | undefined> {
    const list = await items;
    return this.next(
      options.title ?? '',
      list.map((item) => item.label),
    ) as T | undefined;
  }

  async pickMany<T extends vscode.QuickPickItem>(
    items: Thenable<readonly T[]>,
    options: PickManyOptions<T>,
  ): Promise<readonly T[] | undefined> {
    const list = await items;
    return this.next(
      options.title,
      list.map((item) => item.label),
    ) as readonly T[] | undefined;
  }

  async pickCandidate<T>(candidates: ReadonlyArray<Candidate<T>>, options: PickOptions): Promise<PickResult<T>> {
    const chosen = this.next(
      options.title,
      candidates.map((candidate) => candidate.label),
    );
    return (chosen as PickResult<T> | undefined) ?? { kind: 'cancelled' };
  }

  async input(options: vscode.InputBoxOptions): Promise<string | undefined> {
    return this.next(options.title ?? options.prompt ?? '', []) as string | undefined;
  }

  async progress<R>(title: string, task: (progress: ProgressReport) => Thenable<R>): Promise<R> {
    this.told.push({ kind: 'progress', text: title, actions: [] });
    const source = new CancellationTokenSource();
    try {
      return await task({
        report: (message) => {
          this.told.push({ kind: 'progress', text: message, actions: [] });
          if (this.cancelWhen?.test(message)) {
            source.cancel();
          }
        },
        token: source.token,
      });
    } finally {
      source.dispose();
    }
  }

  flash(message: string): void {
    this.told.push({ kind: 'flash', text: message, actions: [] });
  }

  async copy(text: string): Promise<void> {
    this.told.push({ kind: 'copy', text, actions: [] });
  }

  async open(url: string): Promise<boolean> {
    this.told.push({ kind: 'open', text: url, actions: [] });
    return true;
  }

  private async record(kind: Told['kind'], text: string, actions: readonly string[]): Promise<string | undefined> {
    this.told.push({ kind, text, actions });
    return this.next(text, actions) as string | undefined;
  }

  private next(prompt: string, actions: readonly string[]): unknown {
    return this.answers.shift()?.(prompt, actions);
  }
}
