import type * as vscode from 'vscode';
import type { Region } from '../../domain/region';

export type RegionItem = vscode.QuickPickItem & { readonly regionId: string };

/** A region as every region picker shows it: its local name, and its id beside. */
export const regionItem = (region: Region): RegionItem => ({
  label: region.localName || region.regionId,
  description: region.regionId,
  regionId: region.regionId,
});
