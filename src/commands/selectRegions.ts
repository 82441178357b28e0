import * as vscode from 'vscode';
import type { Settings } from '../ui/settings';
import type { EcsApi } from '../cloud/ecsApi';
import type { UserInterface } from '../ui/userInterface';
import type { CommandDefinition } from './commandBoundary';
import { CommandFailure } from './kit/commandFailure';
import { type RegionItem, regionItem } from './kit/regionItems';

/** "Select Regions…": a multi-select picker over the live region list; the choice persists in `alicloudEcs.regions`. */
export function selectRegionsCommand(
  api: () => EcsApi,
  selected: () => readonly string[],
  ui: UserInterface,
  settings: Pick<Settings, 'writeRegions'>,
): CommandDefinition {
  const failure = (): string => vscode.l10n.t("Couldn't list the regions");
  const run = async (): Promise<void> => {
    const current = new Set(selected());
    const regions = api()
      .describeRegions()
      .then((found) => found.map(regionItem));
    let chosen: readonly RegionItem[] | undefined;
    try {
      chosen = await ui.pickMany(regions, {
        title: vscode.l10n.t('Select Regions'),
        placeholder: vscode.l10n.t('Regions to show in the Resources view'),
        picked: (item) => current.has(item.regionId),
      });
    } catch (error) {
      throw new CommandFailure(error, { what: failure(), retry: run });
    }
    if (chosen === undefined) {
      return;
    }
    if (chosen.length === 0) {
      void ui.warn(vscode.l10n.t('Select at least one region; the selection was not changed.'));
      return;
    }
    await settings.writeRegions(chosen.map((item) => item.regionId));
  };
  return { id: 'alicloudEcs.selectRegions', failure, run };
}
