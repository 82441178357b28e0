import * as vscode from 'vscode';
import type { ErrorNotifier } from '../ui/errorNotifier';
import type { ExtensionLog } from '../ui/log';

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
 * The one place commands are registered: every failure is logged and explained by the one notifier (a cancellation
 * says nothing), and each run's duration goes to the log. Nothing a command throws reaches VS Code's generic message.
 */
export function registerCommands(parts: BoundaryParts, definitions: readonly CommandDefinition[]): vscode.Disposable[] {
  return definitions.map((definition) =>
    vscode.commands.registerCommand(definition.id, async (...args: unknown[]) => {
      const started = Date.now();
      try {
        return await definition.run(...args);
      } catch (error) {
        void parts.notifier.show(error, { what: definition.failure() });
        return undefined;
      } finally {
        parts.log.info(`Command ${definition.id} · ${Date.now() - started} ms`);
      }
    }),
  );
}
