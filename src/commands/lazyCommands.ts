import * as vscode from 'vscode';
import type * as AllCommands from './allCommands';
import type { CommandDefinition } from './commandBoundary';

/**
 * The commands as the boundary registers them at activation: the ids the manifest contributes, nothing more. The first run of any of them (or the first
 * drop) loads every implementation (`allCommands`, bundled apart) and builds them from the parts.
 */
export function lazyCommands(
  ids: readonly string[],
  parts: () => AllCommands.CommandParts,
): {
  readonly definitions: CommandDefinition[];
  readonly drop: typeof AllCommands.dropToAttach;
  readonly remedyFor: typeof AllCommands.remedyFor;
  /** The agents' plans, loading the commands' bundle at the first use. */
  readonly agentPlans: () => typeof AllCommands.agentPlans;
} {
  let loaded: { readonly module: typeof AllCommands; readonly byId: ReadonlyMap<string, CommandDefinition> } | undefined;
  const load = (): NonNullable<typeof loaded> => {
    if (!loaded) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require('./allCommands') as typeof AllCommands;
      loaded = { module, byId: new Map(module.allCommands(parts()).map((definition) => [definition.id, definition])) };
    }
    return loaded;
  };
  const definition = (id: string): CommandDefinition => {
    const found = load().byId.get(id);
    if (!found) {
      throw new Error(`The command ${id} has no implementation.`);
    }
    return found;
  };
  return {
    definitions: ids.map((id) => ({
      id,
      failure: () => loaded?.byId.get(id)?.failure() ?? vscode.l10n.t("Couldn't run the command"),
      run: (...args: unknown[]) => definition(id).run(...args),
    })),
    drop: (operations, regionId, eniIds, instanceId) => load().module.dropToAttach(operations, regionId, eniIds, instanceId),
    remedyFor: (...args) => load().module.remedyFor(...args),
    agentPlans: () => load().module.agentPlans,
  };
}
