import * as vscode from 'vscode';
import { errorLinks } from '../domain/docLinks';
import { explain, retryHelps } from '../domain/errorCatalogue';
import { type Failure, isFailure } from '../domain/failure';
import { missingPermission, statementFor } from '../domain/ramPolicies';
import { docLanguage, failureDetail, localExplain, permissionNote } from './localized';
import { type ExtensionLog, UNREADABLE_THROWN } from './log';
import type { UserInterface } from './userInterface';

/** A fix for the failure, offered as the notification's first button (a fix-it: "Reboot, then Attach"). */
export interface Remedy {
  readonly label: string;
  readonly run: () => unknown;
}

export interface FailureContext {
  /** What failed, leading the notification: "Couldn't attach eni-… to i-…". */
  readonly what: string;
  /** Offered as "Retry" when retrying can help. */
  readonly retry?: () => unknown;
  readonly remedy?: Remedy | undefined;
  /** Said after the explanation: what was done and what state everything is in now. */
  readonly outcome?: string;
  /** The command that failed (its id), which names the policy a missing permission is in. */
  readonly command?: string;
}

/** Whatever was thrown, as a failure with a code; cancellation is not a failure. */
export function asFailure(error: unknown): Failure | undefined {
  try {
    if (error instanceof vscode.CancellationError || (isFailure(error) && error.code === 'Cancelled')) {
      return undefined;
    }
    if (isFailure(error)) {
      return error;
    }
    // Whatever else was thrown is a library's or the system's text: the log keeps it, the user is shown our words.
    return { code: 'UnknownError', message: error instanceof Error ? error.message : String(error) };
  } catch {
    // Looking at it threw: a made-up value (a proxy another extension passed), explained as what it is.
    return { code: 'UnknownError', message: UNREADABLE_THROWN };
  }
}

/**
 * The text of the notification: what failed, the meaning and code, ECS's own detail, and what to do. `redact` runs over
 * the detail, which came from outside (a hostile endpoint may echo anything).
 */
export function failureText(failure: Failure, what: string, redact: (text: string) => string = (text) => text, outcome?: string): string {
  const { meaning, advice } = localExplain(failure.code);
  const detail = failureDetail(failure);
  const text =
    detail && detail !== explain(failure.code).meaning
      ? vscode.l10n.t('{0}: {1} ({2}) Details: {3} {4}', what, meaning, failure.code, redact(detail), advice)
      : vscode.l10n.t('{0}: {1} ({2}) {3}', what, meaning, failure.code, advice);
  return outcome ? `${text} ${outcome}` : text;
}

/** The one place failures become notifications, at the command boundary. */
export class ErrorNotifier {
  constructor(
    private readonly log: ExtensionLog,
    private readonly ui: UserInterface,
  ) {}

  async show(error: unknown, context: FailureContext): Promise<void> {
    const failure = asFailure(error);
    if (!failure) {
      return;
    }
    this.log.error(`${context.what} (${failure.code})`, error);
    const explanation = explain(failure.code);
    const links = errorLinks({ ...failure, docUrl: explanation.docUrl }, docLanguage());
    const openDocs = vscode.l10n.t('Open Documentation');
    const copyId = vscode.l10n.t('Copy Request ID');
    const showLog = vscode.l10n.t('Show Log');
    const retry = vscode.l10n.t('Retry');
    const copyStatement = vscode.l10n.t('Copy Policy Statement');
    const missing = missingPermission(failure, context.command);
    const actions = [
      ...(context.remedy ? [context.remedy.label] : []),
      ...(missing ? [copyStatement] : []),
      openDocs,
      ...(failure.requestId ? [copyId] : []),
      showLog,
      ...(context.retry && retryHelps(failure.code) ? [retry] : []),
    ];
    const text = failureText(failure, context.what, (text) => this.log.redact(text), context.outcome);
    const chosen = await this.ui.fail(missing ? `${text} ${permissionNote(missing)}` : text, ...actions);
    if (context.remedy && chosen === context.remedy.label) {
      await context.remedy.run();
    } else if (missing && chosen === copyStatement) {
      await this.ui.copy(statementFor(missing.ramAction));
      this.ui.flash(vscode.l10n.t('Copied a policy statement that allows {0}', missing.ramAction));
    } else if (chosen === openDocs) {
      await this.ui.open(links.primary);
    } else if (chosen === copyId && failure.requestId) {
      await this.ui.copy(failure.requestId);
      this.ui.flash(vscode.l10n.t('Copied request id {0}', failure.requestId));
    } else if (chosen === showLog) {
      this.log.show();
    } else if (chosen === retry) {
      await context.retry?.();
    }
  }
}
