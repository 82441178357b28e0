import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { actionsOf, type CommandKey, isCommandKey } from '../../src/domain/commandActions';
import type { EcsEmulator } from '../emulator/server';
import { activateExtension, type ExtensionApi, setSetting } from './harness';
import { RecordingUserInterface } from './recordingUserInterface';

/** What a suite's tests share: the activated extension, this test's recording user interface, its emulator. */
export interface Session {
  api: ExtensionApi;
  ui: RecordingUserInterface;
  /** Set by a test that starts one; closed after it. */
  emulator: EcsEmulator | undefined;
  /** A test that runs a flow, a fix-it or the view's hover or grouping directly, not through a command, names it. */
  alsoRan(...keys: CommandKey[]): void;
}

/**
 * What the tree reads whatever a test runs: the regions, their lists, the security groups ENI rows name and the agents
 * instance rows name. The rest
 * of what the view reads (vSwitches when grouped by network, instance types on hover) a test names with `alsoRan('view')`.
 */
const TREE_READS = [
  'DescribeRegions',
  'DescribeInstances',
  'DescribeNetworkInterfaces',
  'DescribeSecurityGroups',
  'DescribeCloudAssistantStatus',
];

/**
 * Holds a test to the map of `src/domain/commandActions.ts`: `start` (before each test) records the extension's
 * commands it executes; `check` (after it) asserts that every action its emulator received is one the view, or a
 * command it ran (with the fix-its it offers), is listed as able to send.
 */
export function sentByCommandsRun(): {
  start(): void;
  /** A test that runs a flow or fix-it directly, not through its command, names it. */
  alsoRan(...keys: CommandKey[]): void;
  /** Stops recording and notes what `emulator` received; the returned check asserts later (after the clean-up). */
  taken(emulator: EcsEmulator | undefined): () => void;
} {
  const original = vscode.commands.executeCommand.bind(vscode.commands);
  let seen: string[] = [];
  const restore = (): void => {
    (vscode.commands as { executeCommand: typeof original }).executeCommand = original;
  };
  return {
    start() {
      seen = [];
      (vscode.commands as { executeCommand: typeof original }).executeCommand = ((command: string, ...rest: unknown[]) => {
        if (command.startsWith('alicloudEcs.')) {
          seen.push(command);
        }
        return original(command, ...rest);
      }) as typeof original;
    },
    alsoRan(...keys) {
      seen.push(...keys);
    },
    taken(emulator) {
      restore();
      const ran = [...seen];
      const received = emulator ? [...emulator.callCounts.keys()] : [];
      return () => assertMapNamesWhatWasSent(ran, received);
    },
  };
}

/**
 * The map of `src/domain/commandActions.ts` follows the code: every action ECS received during a test is one that the
 * view, or a command the test ran (with the fix-its it offers), is listed as able to send.
 */
function assertMapNamesWhatWasSent(ran: readonly string[], received: readonly string[]): void {
  const keys: CommandKey[] = ran.filter(isCommandKey);
  const named = new Set<string>([...TREE_READS, ...keys.flatMap((key) => [...actionsOf(key)])]);
  assert.deepStrictEqual(
    received.filter((action) => !named.has(action as never)),
    [],
    `ECS received actions that the map of commands to actions does not name for ${keys.join(', ')}`,
  );
}

/**
 * The hooks most suites need: the extension activated showing Hangzhou, a fresh recording user interface for each test
 * (VS Code's own again after it), the test's emulator closed after it, and the settings put back at the end.
 */
export function recordingSession(): Session {
  const sent = sentByCommandsRun();
  const session = { emulator: undefined, alsoRan: (...keys: CommandKey[]) => sent.alsoRan(...keys) } as Session;
  before(async () => {
    session.api = await activateExtension();
    await setSetting('regions', ['cn-hangzhou']);
    // No automatic round in the middle of a test that counts the calls a command makes (the autoRefresh suite has its own).
    await setSetting('autoRefreshSeconds', 0);
  });
  beforeEach(() => {
    session.ui = new RecordingUserInterface();
    session.api.useUserInterface(session.ui);
    sent.start();
  });
  afterEach(async () => {
    session.api.useUserInterface(undefined);
    const checkSent = sent.taken(session.emulator);
    await session.emulator?.close();
    session.emulator = undefined;
    session.ui.assertNoBrokenText();
    session.ui.assertAllAnswered();
    checkSent();
  });
  after(async () => {
    await setSetting('autoRefreshSeconds', undefined);
    await setSetting('regions', undefined);
    await setSetting('endpoint', undefined);
  });
  return session;
}
