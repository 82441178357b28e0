// The lint's own test: each boundary rule of eslint.config.mjs must fire on a probe that breaks it, and stay quiet on
// one that keeps it. Run by `npm run lint` and the lint step of `npm test` (never under a test timeout: linting with
// types takes as long as the machine needs).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const eslint = new ESLint({ cwd: root });

/** The messages of one rule for `code` linted as if it stood at `file`. */
async function messagesOf(rule, file, code) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}

const imports = (...lines) => `${lines.join('\n')}\nexport const probe: unknown = 0;\n`;
const sdkAndAdapter = imports(
  "import Ecs from '@alicloud/ecs20140526';",
  "import { createSdkEcsApi } from '../cloud/sdkEcsApi';",
  'void [Ecs, createSdkEcsApi];',
);
const talking =
  "import * as vscode from 'vscode';\n" +
  'export const x: unknown = [vscode.window.showInformationMessage, vscode.window.withProgress, vscode.env.openExternal,' +
  ' vscode.commands.registerCommand];\n';

/** [what it proves, rule, file, code, how many messages]. */
const probes = [
  [
    'vscode and the other layers stay out of domain/',
    'no-restricted-imports',
    'src/domain/probe.ts',
    imports("import * as vscode from 'vscode';", "import type { EcsApi } from '../cloud/ecsApi';", 'void [vscode, {} as EcsApi];'),
    2,
  ],
  [
    'vscode and the UI layers stay out of cloud/',
    'no-restricted-imports',
    'src/cloud/probe.ts',
    imports(
      "import * as vscode from 'vscode';",
      "import { ResourceTreeProvider } from '../explorer/resourceTreeProvider';",
      'void [vscode, ResourceTreeProvider];',
    ),
    2,
  ],
  ...['explorer', 'commands', 'ui'].map((layer) => [
    `the SDK and its adapter stay out of ${layer}/`,
    'no-restricted-imports',
    `src/${layer}/probe.ts`,
    sdkAndAdapter,
    2,
  ]),
  [
    'vscode, the UI layers, the account and the SDK stay out of activity/',
    'no-restricted-imports',
    'src/activity/probe.ts',
    imports(
      "import * as vscode from 'vscode';",
      "import { ResourceStore } from '../store/resourceStore';",
      "import { registerCommands } from '../commands/commandBoundary';",
      "import type { UserInterface } from '../ui/userInterface';",
      "import { Connection } from '../account/connection';",
      "import Ecs from '@alicloud/ecs20140526';",
      "import { createSdkEcsApi } from '../cloud/sdkEcsApi';",
      'void [vscode, ResourceStore, registerCommands, {} as UserInterface, Connection, Ecs, createSdkEcsApi];',
    ),
    7,
  ],
  [
    'activity/ may use the domain, the EcsApi port and EcsError',
    'no-restricted-imports',
    'src/activity/probe.ts',
    imports(
      "import type { EcsApi } from '../cloud/ecsApi';",
      "import { isEcsError } from '../cloud/ecsError';",
      "import { attachRequest } from '../domain/export/ecsRequest';",
      'void [{} as EcsApi, isEcsError, attachRequest];',
    ),
    0,
  ],
  ...['domain', 'cloud'].map((layer) => [
    `activity/ stays out of ${layer}/`,
    'no-restricted-imports',
    `src/${layer}/probe.ts`,
    imports("import { ActivityLog } from '../activity/activityLog';", 'void ActivityLog;'),
    1,
  ]),
  [
    'the store is a room of its own: no vscode, no view, no commands, no user interface, no SDK',
    'no-restricted-imports',
    'src/store/probe.ts',
    imports(
      "import * as vscode from 'vscode';",
      "import { ResourceTreeProvider } from '../explorer/resourceTreeProvider';",
      "import { registerCommands } from '../commands/commandBoundary';",
      "import type { UserInterface } from '../ui/userInterface';",
      "import { Connection } from '../account/connection';",
      "import { ActivityLog } from '../activity/activityLog';",
      "import Ecs from '@alicloud/ecs20140526';",
      "import { createSdkEcsApi } from '../cloud/sdkEcsApi';",
      'void [vscode, ResourceTreeProvider, registerCommands, {} as UserInterface, Connection, ActivityLog, Ecs, createSdkEcsApi];',
    ),
    8,
  ],
  [
    'the store may use the domain and the EcsApi port',
    'no-restricted-imports',
    'src/store/probe.ts',
    imports(
      "import type { EcsApi } from '../cloud/ecsApi';",
      "import { isEcsError } from '../cloud/ecsError';",
      "import type { Instance } from '../domain/instance';",
      'void [{} as EcsApi, isEcsError, {} as Instance];',
    ),
    0,
  ],
  ...['domain', 'cloud'].map((layer) => [
    `${layer}/ does not import the store`,
    'no-restricted-imports',
    `src/${layer}/probe.ts`,
    imports("import { ResourceStore } from '../store/resourceStore';", 'void ResourceStore;'),
    1,
  ]),
  [
    'the UI layers may use the EcsApi port and domain types',
    'no-restricted-imports',
    'src/explorer/probe.ts',
    imports(
      "import type { EcsApi } from '../cloud/ecsApi';",
      "import type { Region } from '../domain/region';",
      'export type X = [EcsApi, Region];',
    ),
    0,
  ],
  [
    "the kit, commands/' lowest tier, imports neither operations nor flows",
    'no-restricted-imports',
    'src/commands/kit/probe.ts',
    imports(
      "import { attachOne } from '../operations/attachOperation';",
      "import { remedyFor } from '../plans/fixIts';",
      "import { attachCommands } from '../attach/attachCommands';",
      "import { registerCommands } from '../commandBoundary';",
      'void [attachOne, remedyFor, attachCommands, registerCommands];',
    ),
    4,
  ],
  [
    'the kit may use its own tier and the layers below commands/',
    'no-restricted-imports',
    'src/commands/kit/probe.ts',
    imports(
      "import { failureOf } from './failureOf';",
      "import type { EcsApi } from '../../cloud/ecsApi';",
      'void [failureOf, {} as EcsApi];',
    ),
    0,
  ],
  [
    'operations import the kit, never the flows',
    'no-restricted-imports',
    'src/commands/operations/probe.ts',
    imports(
      "import { remedyFor } from '../plans/fixIts';",
      "import { stopAttachStart } from '../attach/stopAttachStart';",
      "import { failureOf } from '../kit/failureOf';",
      "import { attachOne } from './attachOperation';",
      'void [remedyFor, stopAttachStart, failureOf, attachOne];',
    ),
    2,
  ],
  ...['commands', 'explorer'].map((layer) => [
    `only src/ui/ talks to the user, and ${layer}/ registers no command`,
    'no-restricted-syntax',
    `src/${layer}/probe.ts`,
    talking,
    4,
  ]),
  ['src/ui/ registers no command either', 'no-restricted-syntax', 'src/ui/probe.ts', talking, 1],
  [
    'a command throws its failure; only the boundary shows one',
    'no-restricted-syntax',
    'src/commands/attach/probe.ts',
    'declare const context: { notifier: { show(e: unknown): void } };\ndeclare const notifier: { show(e: unknown): void };\n' +
      'context.notifier.show(1);\nnotifier.show(2);\nexport const probe: unknown = 0;\n',
    2,
  ],
  [
    'the boundary may show a failure',
    'no-restricted-syntax',
    'src/commands/commandBoundary.ts',
    'declare const parts: { notifier: { show(e: unknown): void } };\nparts.notifier.show(1);\nexport const probe: unknown = 0;\n',
    0,
  ],
];

let failed = 0;
for (const [what, rule, file, code, expected] of probes) {
  const messages = await messagesOf(rule, file, code);
  try {
    assert.equal(messages.length, expected, `${messages.join(' | ')}`);
    console.log(`  ok   ${what}`);
  } catch (error) {
    failed += 1;
    console.log(`  FAIL ${what}: ${expected} expected from ${rule}, ${messages.length} came. ${error.message}`);
  }
}
console.log(`probes: ${probes.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
