import * as assert from 'node:assert';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '..', '..', '..', '..');

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries in the lint', () => {
  it('keeps vscode and the other layers out of domain/', async () => {
    const messages = await restrictedImports(
      'src/domain/probe.ts',
      "import * as vscode from 'vscode';\nimport type { EcsApi } from '../cloud/ecsApi';\nexport const x: unknown = [vscode, {} as EcsApi];\n",
    );
    assert.strictEqual(messages.length, 2);
  });

  it('keeps vscode and the UI layers out of cloud/', async () => {
    const messages = await restrictedImports(
      'src/cloud/probe.ts',
      "import * as vscode from 'vscode';\nimport { ResourceTreeProvider } from '../explorer/resourceTreeProvider';\nexport const x: unknown = [vscode, ResourceTreeProvider];\n",
    );
    assert.strictEqual(messages.length, 2);
  });

  it('keeps the SDK and its adapter out of explorer/, commands/ and ui/', async () => {
    for (const layer of ['explorer', 'commands', 'ui']) {
      const messages = await restrictedImports(
        `src/${layer}/probe.ts`,
        "import Ecs from '@alicloud/ecs20140526';\nimport { createSdkEcsApi } from '../cloud/sdkEcsApi';\nexport const x: unknown = [Ecs, createSdkEcsApi];\n",
      );
      assert.strictEqual(messages.length, 2, layer);
    }
  });

  it('keeps vscode, the UI layers, the account and the SDK out of activity/', async () => {
    const messages = await restrictedImports(
      'src/activity/probe.ts',
      "import * as vscode from 'vscode';\n" +
        "import { ResourceStore } from '../explorer/resourceStore';\n" +
        "import { registerCommands } from '../commands/commandBoundary';\n" +
        "import type { UserInterface } from '../ui/userInterface';\n" +
        "import { Connection } from '../account/connection';\n" +
        "import Ecs from '@alicloud/ecs20140526';\n" +
        "import { createSdkEcsApi } from '../cloud/sdkEcsApi';\n" +
        'export const x: unknown = [vscode, ResourceStore, registerCommands, {} as UserInterface, Connection, Ecs, createSdkEcsApi];\n',
    );
    assert.strictEqual(messages.length, 7);
  });

  it('lets activity/ use the domain, the EcsApi port and EcsError; keeps it out of domain/ and cloud/', async () => {
    const allowed = await restrictedImports(
      'src/activity/probe.ts',
      "import type { EcsApi } from '../cloud/ecsApi';\nimport { isEcsError } from '../cloud/ecsError';\n" +
        "import { attachRequest } from '../domain/export/ecsRequest';\nexport const x: unknown = [{} as EcsApi, isEcsError, attachRequest];\n",
    );
    assert.deepStrictEqual(allowed, []);
    for (const layer of ['domain', 'cloud']) {
      const messages = await restrictedImports(
        `src/${layer}/probe.ts`,
        "import { ActivityLog } from '../activity/activityLog';\nexport const x: unknown = ActivityLog;\n",
      );
      assert.strictEqual(messages.length, 1, layer);
    }
  });

  it('lets the UI layers use the EcsApi port and domain types', async () => {
    const messages = await restrictedImports(
      'src/explorer/probe.ts',
      "import type { EcsApi } from '../cloud/ecsApi';\nimport type { Region } from '../domain/region';\nexport type X = [EcsApi, Region];\n",
    );
    assert.deepStrictEqual(messages, []);
  });
});

async function restrictedSyntax(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('one way to the user, one command boundary, in the lint', () => {
  const talking =
    "import * as vscode from 'vscode';\n" +
    'export const x: unknown = [vscode.window.showInformationMessage, vscode.window.withProgress, vscode.env.openExternal,' +
    ' vscode.commands.registerCommand];\n';

  it('lets only src/ui/ show messages, pickers and progress, and only the boundary register commands', async () => {
    for (const layer of ['commands', 'explorer']) {
      assert.strictEqual((await restrictedSyntax(`src/${layer}/probe.ts`, talking)).length, 4, layer);
    }
    assert.strictEqual((await restrictedSyntax('src/ui/probe.ts', talking)).length, 1, 'ui/ registers no command either');
  });
});
