import * as vscode from 'vscode';
import type { ErrorNotifier, FailureContext } from '../ui/errorNotifier';
import type { ExtensionLog } from '../ui/log';
import { isCommandFailure } from './kit/commandFailure';

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
 * Runs work a user started (a command, a drop) and shows what it threw: a `CommandFailure` as it describes itself, and
 * its answer goes back to the caller; anything else under `failure`'s words. A cancellation says nothing. Retry and a
 * remedy, clicked later, run here again.
 */
export async function runAtBoundary(parts: BoundaryParts, failure: () => string, work: () => unknown): Promise<unknown> {
  try {
    return await work();
  } catch (error) {
    const thrown = isCommandFailure(error) ? error : undefined;
    const shown: FailureContext = thrown?.shown ?? { what: failure() };
    const { retry, remedy } = shown;
    void parts.notifier.show(thrown ? thrown.reason : error, {
      ...shown,
      ...(retry ? { retry: () => runAtBoundary(parts, failure, retry) } : {}),
      remedy: remedy && { label: remedy.label, run: () => runAtBoundary(parts, failure, remedy.run) },
    });
    return thrown?.answer;
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
        return await runAtBoundary(parts, definition.failure, () => definition.run(...args));
      } finally {
        parts.log.info(`Command ${definition.id} · ${Date.now() - started} ms`);
      }
    }),
  );
}
