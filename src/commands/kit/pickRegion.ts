import * as vscode from 'vscode';
import type { OperationContext } from './operationContext';

/** A palette command's first step: one of the regions the view shows. */
export async function pickRegion(context: Pick<OperationContext, 'store' | 'notifier' | 'ui'>, title: string): Promise<string | undefined> {
  let regions: Awaited<ReturnType<OperationContext['store']['shownRegions']>>;
  try {
    regions = await context.store.shownRegions();
  } catch (error) {
    void context.notifier.show(error, { what: vscode.l10n.t("Couldn't list the regions") });
    return undefined;
  }
  const region = await context.ui.pick(
    regions.map((r) => ({ label: r.localName || r.regionId, description: r.regionId, regionId: r.regionId })),
    { title, placeHolder: vscode.l10n.t('Choose the region') },
  );
  return region?.regionId;
}
