import * as vscode from 'vscode';

/** Every context key the manifest's `when` clauses read: the one place they are named and set. */
export const CONTEXT_KEYS = {
  /** The state of the credentials in use (`ready`, `none`, `rejected`, `brokenFile`…): the welcome shows by it. */
  credentials: 'alicloudEcs.credentials',
  /** An AccessKey is signed in: Sign Out shows. */
  signedIn: 'alicloudEcs.signedIn',
  /** ENIs are grouped by VPC and vSwitch: the title toggles to List Flat. */
  groupedByNetwork: 'alicloudEcs.groupedByNetwork',
  /** The tree is filtered: Clear Filter shows. */
  filterActive: 'alicloudEcs.filterActive',
  /** Read-only mode is on: write commands and the agents' write tools hide. */
  readOnly: 'alicloudEcs.readOnly',
  /** Dry run is on: Toggle Dry Run says so. */
  dryRun: 'alicloudEcs.dryRun',
} as const;

export type ContextKey = keyof typeof CONTEXT_KEYS;

export function setContextKey(key: ContextKey, value: string | boolean): void {
  void vscode.commands.executeCommand('setContext', CONTEXT_KEYS[key], value);
}
