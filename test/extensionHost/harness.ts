import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { TEST_SEAM, type TestSeam } from '../../src/testSeam';
import type { TreeNode } from '../../src/explorer/nodes/treeNode';
import { EcsEmulator, type EmulatorOptions } from '../emulator/server';

export const EXTENSION_ID = 'alicloud-ecs-explorer.alicloud-ecs-explorer';

/** What the tests look at and answer through: the extension's test seam (offered only when VS Code runs tests). */
export type ExtensionApi = TestSeam;

export async function activateExtension(): Promise<ExtensionApi> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
  await extension.activate();
  const seam = (globalThis as Record<symbol, unknown>)[TEST_SEAM] as TestSeam | undefined;
  assert.ok(seam, 'the extension offered no test seam (is VS Code running it for tests?)');
  return seam;
}

/** Starts an emulator in the extension host and points the extension at it. */
export async function useEmulator(options: EmulatorOptions = {}): Promise<EcsEmulator> {
  const emulator = await EcsEmulator.start(options);
  await setSetting('endpoint', emulator.url);
  return emulator;
}

export async function labels(api: ExtensionApi, node?: TreeNode): Promise<string[]> {
  const children = await api.treeDataProvider.getChildren(node);
  return children.map((child) => String(child.toTreeItem().label));
}

export async function childNamed(api: ExtensionApi, parent: TreeNode | undefined, label: string): Promise<TreeNode> {
  const children = await api.treeDataProvider.getChildren(parent);
  const found = children.find((child) => child.toTreeItem().label === label);
  assert.ok(found, `no child "${label}" under ${parent?.id ?? 'the root'}; saw ${children.map((c) => c.toTreeItem().label).join(', ')}`);
  return found;
}

/** Walks labels from the root: `nodeAt(api, 'China (Hangzhou)', 'Instances', 'web-1')`. */
export async function nodeAt(api: ExtensionApi, ...path: string[]): Promise<TreeNode> {
  let node: TreeNode | undefined;
  for (const label of path) {
    node = await childNamed(api, node, label);
  }
  assert.ok(node);
  return node;
}

export function item(node: TreeNode): vscode.TreeItem {
  return node.toTreeItem();
}

/** Waits until `check` holds, looking again after every change of the tree (or every 200 ms). */
export async function eventually(
  api: ExtensionApi,
  check: () => Promise<boolean> | boolean,
  what = 'the condition',
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      assert.fail(`waited ${timeoutMs} ms for ${what}`);
    }
    await new Promise<void>((resolve) => {
      const listener = api.treeDataProvider.onDidChangeTreeData(() => {
        listener.dispose();
        resolve();
      });
      setTimeout(() => {
        listener.dispose();
        resolve();
      }, 200);
    });
  }
}

/** Changes a setting and waits until the extension has seen the change (its listener was registered first). */
export async function setSetting(name: string, value: unknown): Promise<void> {
  // The endpoint is set as its user would: a workspace's endpoint waits for the user's consent (a modal). An
  // application-wide setting (how network interfaces are listed) has no workspace value.
  const target = ['endpoint', 'networkInterfaceGrouping', 'readOnly'].includes(name)
    ? vscode.ConfigurationTarget.Global
    : vscode.ConfigurationTarget.Workspace;
  const inspected = vscode.workspace.getConfiguration('alicloudEcs').inspect(name);
  const current = target === vscode.ConfigurationTarget.Global ? inspected?.globalValue : inspected?.workspaceValue;
  if (JSON.stringify(current) === JSON.stringify(value)) {
    return;
  }
  const seen = new Promise<void>((resolve) => {
    const listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`alicloudEcs.${name}`)) {
        listener.dispose();
        resolve();
      }
    });
  });
  await vscode.workspace.getConfiguration('alicloudEcs').update(name, value, target);
  await seen;
}

/**
 * Runs `count` with the transition poller at rest (as while the view is hidden), so that a test counting the calls a
 * command makes does not also count the poller's reads of the demo's resources that are always on their way.
 */
export async function withPollerAtRest<T>(api: ExtensionApi, count: () => Promise<T>): Promise<T> {
  api.poller.setVisible(false);
  try {
    return await count();
  } finally {
    api.poller.setVisible(api.treeView.visible);
  }
}
