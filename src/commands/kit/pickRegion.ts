import * as vscode from 'vscode';
import type { OperationContext } from './operationContext';
import { CommandFailure } from './commandFailure';
import { regionItem } from './regionItems';

/** A palette command's first step: one of the regions the view shows. */
export async function pickRegion(context: Pick<OperationContext, 'store' | 'ui'>, title: string): Promise<string | undefined> {
  let regions: Awaited<ReturnType<OperationContext['store']['shownRegions']>>;
  try {
    regions = await context.store.shownRegions();
  } catch (error) {
    throw new CommandFailure(error, { what: vscode.l10n.t("Couldn't list the regions") });
  }
  const region = await context.ui.pick(regions.map(regionItem), { title, placeHolder: vscode.l10n.t('Choose the region') });
  return region?.regionId;
}
