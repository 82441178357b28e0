import * as vscode from 'vscode';
import type { Settings } from '../ui/settings';
import { setContextKey } from '../ui/contextKeys';
import type { ResourceTreeProvider } from '../explorer/resourceTreeProvider';
import type { UserInterface } from '../ui/userInterface';
import type { ViewHeader } from '../ui/viewHeader';
import type { CommandDefinition } from './commandBoundary';

/** Refresh (which also looks at the credentials again), and the filter that narrows the tree for a large account. */
export function viewCommands(
  view: ResourceTreeProvider,
  header: ViewHeader,
  ui: UserInterface,
  refreshAll: () => Promise<void>,
  settings: Pick<Settings, 'writeNetworkGrouping'>,
): CommandDefinition[] {
  const showFilter = async (text: string): Promise<void> => {
    view.setFilter(text);
    header.setFilter(view.filter);
    setContextKey('filterActive', view.filter !== '');
  };
  return [
    { id: 'alicloudEcs.refresh', failure: () => vscode.l10n.t("Couldn't refresh the view"), run: refreshAll },
    {
      id: 'alicloudEcs.refreshNode',
      failure: () => vscode.l10n.t("Couldn't refresh the view"),
      run: (node?: unknown) => view.refresh(view.isNode(node) ? node : undefined),
    },
    {
      id: 'alicloudEcs.filter',
      failure: () => vscode.l10n.t("Couldn't filter the view"),
      run: async (text?: unknown) => {
        const value =
          typeof text === 'string'
            ? text
            : await ui.input({
                title: vscode.l10n.t('Filter Resources'),
                prompt: vscode.l10n.t('Part of a name, an id or an IP, or a tag as key=value'),
                value: view.filter,
              });
        if (value !== undefined) {
          await showFilter(value);
        }
      },
    },
    { id: 'alicloudEcs.clearFilter', failure: () => vscode.l10n.t("Couldn't filter the view"), run: () => showFilter('') },
    ...(['network', 'flat'] as const).map((grouping) => ({
      id: grouping === 'network' ? 'alicloudEcs.groupByNetwork' : 'alicloudEcs.listFlat',
      failure: () => vscode.l10n.t("Couldn't change how network interfaces are listed"),
      run: () => settings.writeNetworkGrouping(grouping),
    })),
  ];
}
