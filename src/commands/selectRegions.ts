import * as vscode from 'vscode';
import type { EcsApi } from '../cloud/ecsApi';
import type { ErrorNotifier } from '../ui/errorNotifier';

/** "Select Regions…": a multi-select picker over the live region list; the choice persists in `alicloudEcs.regions`. */
export function registerSelectRegions(api: () => EcsApi, selected: () => readonly string[], notifier: ErrorNotifier): vscode.Disposable {
  const command = async (): Promise<void> => {
    const picker = vscode.window.createQuickPick<vscode.QuickPickItem & { regionId: string }>();
    picker.title = vscode.l10n.t('Select Regions');
    picker.placeholder = vscode.l10n.t('Regions to show in the Resources view');
    picker.canSelectMany = true;
    picker.busy = true;
    picker.show();
    try {
      const regions = await api().describeRegions();
      const current = new Set(selected());
      picker.items = regions.map((region) => ({ label: region.localName || region.regionId, description: region.regionId, regionId: region.regionId }));
      picker.selectedItems = picker.items.filter((item) => current.has(item.regionId));
      picker.busy = false;
    } catch (error) {
      picker.hide();
      void notifier.show(error, { what: vscode.l10n.t("Couldn't list the regions"), retry: command });
      return;
    }
    const chosen = await new Promise<string[] | undefined>((resolve) => {
      picker.onDidAccept(() => resolve(picker.selectedItems.map((item) => item.regionId)));
      picker.onDidHide(() => resolve(undefined));
    });
    picker.dispose();
    if (chosen === undefined) {
      return;
    }
    if (chosen.length === 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Select at least one region; the selection was not changed.'));
      return;
    }
    await vscode.workspace.getConfiguration('alicloudEcs').update('regions', chosen, vscode.ConfigurationTarget.Global);
  };
  return vscode.commands.registerCommand('alicloudEcs.selectRegions', command);
}
