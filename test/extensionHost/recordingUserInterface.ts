import type * as vscode from 'vscode';
import { CancellationTokenSource } from 'vscode';
import { type Candidate, candidateItems, type PickOptions, type PickResult } from '../../src/ui/candidatePicker';
import type { PickManyOptions, ProgressReport, UserInterface } from '../../src/ui/userInterface';

export interface Told {
  readonly kind:
    'inform' | 'warn' | 'fail' | 'ask' | 'flash' | 'open' | 'copy' | 'progress' | 'input' | 'refused' | 'document' | 'terminal';
  readonly text: string;
  readonly actions: readonly string[];
}

/**
 * A user interface for the extension-host tests: it records everything the user would have been told and answers
 * prompts from the answers queued, each for the first prompt of its kind. It is strict: a question, pick or input box
 * with no answer queued for it, and an answer no prompt took, fail the test (`assertAllAnswered`, after each test).
 * Notifications are no prompts: one is clicked only by an answer that names its text (`clickOn`). A progress can be
 * cancelled when one of its reports matches `cancelWhen`.
 */
/** What is being asked: a modal question, a notification's buttons, a pick, a candidate pick, an input box. */
type PromptKind = 'ask' | 'notification' | 'pick' | 'candidates' | 'input';
type Choose = (prompt: string, actions: readonly string[], choices: readonly unknown[]) => unknown;
interface Answer {
  /** The answer, in the words of a test failure. */
  readonly what: string;
  /** Whether this answer is for such a prompt. */
  readonly answers: (kind: PromptKind, actions: readonly string[], prompt: string) => boolean;
  readonly choose: Choose;
}

/** Words that mean a value went missing on its way to the user (`undefined (InvalidOperation…)`, `[object Object]`). */
export const BROKEN_TEXT = /\bundefined\b|\bnull\b|\[object |\bNaN\b/;

export class RecordingUserInterface implements UserInterface {
  readonly told: Told[] = [];
  /** Every text the user would have seen: what was told, and each item of each picker as VS Code would show it. */
  readonly shown: string[] = [];
  /**
   * The answers queued, each for the first prompt of its kind: a notification that shows meanwhile (a connection's,
   * say) never takes an answer meant for a picker, and takes a click only when it offers that button.
   */
  private readonly answers: Answer[] = [];
  cancelWhen: RegExp | undefined;

  /** Prompts that came with no answer queued for them (each was dismissed). */
  private readonly unanswered: string[] = [];

  /** The next question or pick (not a notification: they come from anywhere) is answered by `choose`. */
  answer(choose: Choose): this {
    this.answers.push({ what: 'an answer for a question or pick', answers: (kind) => kind !== 'notification', choose });
    return this;
  }

  /** The next candidate pick takes the candidate with this label, or the offer when `label` is `offer`. */
  pickCandidateLabelled(label: string): this {
    return this.answerKind('candidates', (prompt, actions, choices) => {
      if (label === 'offer') {
        return { kind: 'offer' };
      }
      const candidate = (choices as ReadonlyArray<Candidate<unknown>>).find((c) => c.label === label);
      if (!candidate) {
        throw new Error(`“${prompt}” offered no candidate ${label}; it offered ${actions.join(', ')}`);
      }
      return { kind: 'picked', candidate };
    });
  }

  /** The next pick (one or several) takes the items with these labels. */
  pickLabelled(...labels: string[]): this {
    return this.answerKind('pick', (prompt, _actions, choices) => {
      const items = (choices as readonly vscode.QuickPickItem[]).filter((item) => labels.includes(item.label));
      if (items.length !== labels.length) {
        throw new Error(`“${prompt}” did not offer all of ${labels.join(', ')}`);
      }
      return choices.length > 0 && labels.length === 1 && !this.many ? items[0] : items;
    });
  }

  /** The next input box is answered with this text; one its validation refuses is recorded as `refused` and dismissed. */
  type(text: string): this {
    return this.answerKind('input', () => text);
  }

  /** The next question that offers this action is answered by clicking it. */
  click(action: string): this {
    this.answers.push({
      what: `a click on “${action}” in a question`,
      answers: (kind, actions) => kind === 'ask' && actions.includes(action),
      choose: () => action,
    });
    return this;
  }

  /** The next notification whose text matches `text` is answered by clicking `action`, which it must offer. */
  clickOn(text: RegExp, action: string): this {
    this.answers.push({
      what: `a click on “${action}” in a notification matching ${String(text)}`,
      answers: (kind, actions, prompt) => kind === 'notification' && text.test(prompt) && actions.includes(action),
      choose: () => action,
    });
    return this;
  }

  /** Fails when a prompt came that no answer was queued for, or an answer was queued that no prompt took. */
  assertAllAnswered(): void {
    const problems = [
      ...this.unanswered.map((prompt) => `no answer was queued for ${prompt}`),
      ...this.answers.map((answer) => `${answer.what} was queued and never used`),
    ];
    this.unanswered.length = 0;
    this.answers.length = 0;
    if (problems.length > 0) {
      throw new Error(`The recording user interface: ${problems.join('; ')}`);
    }
  }

  /** The next question is dismissed (Escape, or the dialog's Cancel). */
  dismiss(): this {
    return this.answerKind('ask', () => undefined);
  }

  /** The next input box is dismissed (Escape). */
  dismissInput(): this {
    return this.answerKind('input', () => undefined);
  }

  /** The next pick is dismissed (Escape). */
  dismissPick(): this {
    return this.answerKind('pick', () => undefined);
  }

  private answerKind(kind: PromptKind, choose: Choose): this {
    this.answers.push({ what: `an answer for the next ${kind}`, answers: (asked) => asked === kind, choose });
    return this;
  }

  /** The next question, before any answer queued already, is answered by clicking this action (a consent, say). */
  clickFirst(action: string): this {
    this.click(action);
    const answer = this.answers.pop();
    if (answer) {
      this.answers.unshift(answer);
    }
    return this;
  }

  /** Whether the prompt being answered is a multi-select. */
  private many = false;

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

  /** Fails when any text the user would have seen has a value gone missing in it. */
  assertNoBrokenText(): void {
    const broken = [...this.told.map((entry) => entry.text), ...this.shown].filter((text) => BROKEN_TEXT.test(text));
    if (broken.length > 0) {
      throw new Error(`Text with a missing value reached the user: ${JSON.stringify(broken)}`);
    }
  }

  private show(items: readonly vscode.QuickPickItem[], title: string | undefined): void {
    this.shown.push(
      ...[title, ...items.flatMap((item) => [item.label, item.description, item.detail])].filter((t): t is string => t !== undefined),
    );
  }

  async pick<T extends vscode.QuickPickItem>(
    items: readonly T[] | Thenable<readonly T[]>,
    options: vscode.QuickPickOptions,
  ): Promise<T | undefined> {
    const list = await items;
    this.show(list, options.title);
    this.many = false;
    return this.next(
      'pick',
      options.title ?? '',
      list.map((item) => item.label),
      list,
    ) as T | undefined;
  }

  async pickMany<T extends vscode.QuickPickItem>(
    items: Thenable<readonly T[]>,
    options: PickManyOptions<T>,
  ): Promise<readonly T[] | undefined> {
    // Each item as VS Code would show it: ticked when the command says so.
    const list = (await items).map((item) => ({ ...item, picked: options.picked(item) }));
    this.show(list, options.title);
    this.many = true;
    return this.next(
      'pick',
      options.title,
      list.map((item) => item.label),
      list,
    ) as readonly T[] | undefined;
  }

  async pickCandidate<T>(candidates: ReadonlyArray<Candidate<T>>, options: PickOptions): Promise<PickResult<T>> {
    this.show(candidateItems(candidates, options), options.title);
    const chosen = this.next(
      'candidates',
      options.title,
      candidates.map((candidate) => candidate.label),
      candidates,
    );
    return (chosen as PickResult<T> | undefined) ?? { kind: 'cancelled' };
  }

  async input(options: vscode.InputBoxOptions): Promise<string | undefined> {
    this.told.push({ kind: 'input', text: options.prompt ?? options.title ?? '', actions: [] });
    const typed = this.next('input', options.title ?? options.prompt ?? '', []) as string | undefined;
    const problem = typed === undefined ? undefined : await options.validateInput?.(typed);
    if (problem) {
      // The box would show the problem and keep the text; the test's user gives up there.
      this.told.push({ kind: 'refused', text: typeof problem === 'string' ? problem : problem.message, actions: [] });
      return undefined;
    }
    return typed;
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

  async openFileAt(path: string, line: number, column: number): Promise<void> {
    this.told.push({ kind: 'open', text: `${path}:${line}:${column}`, actions: [] });
  }

  /** The terminals opened, for a test to drive their other end. */
  readonly terminals: Array<{ readonly name: string; readonly pty: vscode.Pseudoterminal }> = [];

  openTerminal(name: string, pty: vscode.Pseudoterminal): void {
    this.terminals.push({ name, pty });
    this.told.push({ kind: 'terminal', text: name, actions: [] });
  }

  async showText(content: string, language: string): Promise<void> {
    this.told.push({ kind: 'document', text: content, actions: [language] });
  }

  private async record(kind: Told['kind'], text: string, actions: readonly string[]): Promise<string | undefined> {
    this.told.push({ kind, text, actions });
    return this.next(kind === 'ask' ? 'ask' : 'notification', text, actions) as string | undefined;
  }

  /** The first answer queued for a prompt of this kind, taken off the queue; undefined (dismissed) when none is. */
  private next(kind: PromptKind, prompt: string, actions: readonly string[], choices: readonly unknown[] = []): unknown {
    const index = this.answers.findIndex((answer) => answer.answers(kind, actions, prompt));
    if (index < 0) {
      if (kind !== 'notification') {
        this.unanswered.push(`the ${kind} “${prompt}”`);
      }
      return undefined;
    }
    const [answer] = this.answers.splice(index, 1);
    return answer?.choose(prompt, actions, choices);
  }
}
