import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/explorer/nodes/treeNode';
import { setSetting, useEmulator } from './harness';
import { BROKEN_TEXT } from './recordingUserInterface';
import { recordingSession } from './session';

describe('no value goes missing in what the user sees', () => {
  const session = recordingSession();

  /** Every row under `node`, expanded all the way down, with its label, description and tooltip (resolved as on hover). */
  async function rowTexts(node: TreeNode | undefined, depth = 0): Promise<string[]> {
    const provider = session.api.treeDataProvider;
    const texts: string[] = [];
    for (const child of await provider.getChildren(node)) {
      const item = await provider.resolveTreeItem(provider.getTreeItem(child), child);
      const label = typeof item.label === 'object' ? item.label.label : item.label;
      const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip;
      texts.push(...[label, typeof item.description === 'string' ? item.description : undefined, tooltip].filter((t): t is string => !!t));
      if (item.collapsibleState !== vscode.TreeItemCollapsibleState.None && depth < 6) {
        texts.push(...(await rowTexts(child, depth + 1)));
      }
    }
    return texts;
  }

  it('shows no "undefined", "null", "[object" or "NaN" in any row or tooltip of the demo regions, flat or grouped by network', async () => {
    session.alsoRan('view');
    session.emulator = await useEmulator();
    await setSetting('regions', ['cn-hangzhou', 'cn-shanghai']);
    try {
      for (const grouping of ['flat', 'network']) {
        await setSetting('networkInterfaceGrouping', grouping);
        const texts = await rowTexts(undefined);
        assert.ok(texts.length > 50, `${texts.length} texts read (${grouping})`);
        assert.deepStrictEqual(
          texts.filter((text) => BROKEN_TEXT.test(text)),
          [],
          grouping,
        );
      }
    } finally {
      await setSetting('networkInterfaceGrouping', undefined);
      await setSetting('regions', ['cn-hangzhou']);
    }
  });

  it('shows none in the attach pickers either: every candidate of the palette’s ENI and instance pickers, with its reason', async () => {
    session.emulator = await useEmulator();
    session.ui.pickLabelled('China (Hangzhou)').answer(() => ({ kind: 'cancelled' }));
    await vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface');
    assert.ok(
      session.ui.shown.some((text) => /InvalidOperation\.InvalidEniState/.test(text)),
      session.ui.shown.join(' | '),
    );
    session.ui.assertNoBrokenText();
  });
});
