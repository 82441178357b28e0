import * as vscode from 'vscode';
import type { ErrorNotifier, FailureContext } from '../ui/errorNotifier';
import type { ExtensionLog } from '../ui/log';
import { type CommandFailure, isCommandFailure } from './kit/commandFailure';
import { asOneRequest } from './kit/writePolicy';

/** A command as its module defines it: the id, what a failure is called, and the work. */
export interface CommandDefinition {
  readonly id: string;
  /** Leads the notification when the command fails: "Couldn't attach the network interface". */
  readonly failure: () => string;
  readonly run: (...args: unknown[]) => unknown;
}

export interface BoundaryParts {
  readonly log: ExtensionLog;
  readonly notifier: ErrorNotifier;
}

/**
 * Runs work a user started (`command`: a command's id, or the one a drop stands for) and shows what it threw: a `CommandFailure` as it describes itself, and
 * its answer goes back to the caller; anything else under `failure`'s words. A cancellation says nothing. Retry and a
 * remedy, clicked later, run here again.
 */
export async function runAtBoundary(parts: BoundaryParts, command: string, failure: () => string, work: () => unknown): Promise<unknown> {
  try {
    return await asOneRequest(work);
  } catch (error) {
    const described = describedFailure(error);
    const shown: FailureContext = described?.shown ?? { what: failure() };
    const { retry, remedy } = shown;
    void parts.notifier.show(described ? described.reason : error, {
      ...shown,
      command,
      ...(retry ? { retry: () => runAtBoundary(parts, command, failure, retry) } : {}),
      remedy: remedy && { label: remedy.label, run: () => runAtBoundary(parts, command, failure, remedy.run) },
    });
    return described?.answer;
  }
}

/** A failure a command described, read once; anything that throws when read (a made-up value) is not one. */
function describedFailure(error: unknown): Pick<CommandFailure, 'reason' | 'shown' | 'answer'> | undefined {
  try {
    if (!isCommandFailure(error)) {
      return undefined;
    }
    const { reason, shown, answer } = error;
    const { what, retry, remedy, outcome } = shown;
    return {
      reason,
      answer,
      shown: {
        what,
        ...(retry ? { retry } : {}),
        ...(remedy ? { remedy: { label: remedy.label, run: remedy.run } } : {}),
        ...(outcome === undefined ? {} : { outcome }),
      },
    };
  } catch {
    return undefined;
  }
}

/**
 * The one place commands are registered: every failure is logged and explained at the boundary, and each run's duration
 * goes to the log. Nothing a command throws reaches VS Code's generic message.
 */
export function registerCommands(parts: BoundaryParts, definitions: readonly CommandDefinition[]): vscode.Disposable[] {
  return definitions.map((definition) =>
    vscode.commands.registerCommand(definition.id, async (...args: unknown[]) => {
      const started = Date.now();
      try {
        return await runAtBoundary(parts, definition.id, definition.failure, () => definition.run(...args));
      } finally {
        parts.log.info(`Command ${definition.id} · ${Date.now() - started} ms`);
      }
    }),
  );
}
