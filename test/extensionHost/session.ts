import type { EcsEmulator } from '../emulator/server';
import { activateExtension, type ExtensionApi, setSetting } from './harness';
import { RecordingUserInterface } from './recordingUserInterface';

/** What a suite's tests share: the activated extension, this test's recording user interface, its emulator. */
export interface Session {
  api: ExtensionApi;
  ui: RecordingUserInterface;
  /** Set by a test that starts one; closed after it. */
  emulator: EcsEmulator | undefined;
}

/**
 * The hooks most suites need: the extension activated showing Hangzhou, a fresh recording user interface for each test
 * (VS Code's own again after it), the test's emulator closed after it, and the settings put back at the end.
 */
export function recordingSession(): Session {
  const session = { emulator: undefined } as Session;
  before(async () => {
    session.api = await activateExtension();
    await setSetting('regions', ['cn-hangzhou']);
    // No automatic round in the middle of a test that counts the calls a command makes (the autoRefresh suite has its own).
    await setSetting('autoRefreshSeconds', 0);
  });
  beforeEach(() => {
    session.ui = new RecordingUserInterface();
    session.api.useUserInterface(session.ui);
  });
  afterEach(async () => {
    session.api.useUserInterface(undefined);
    await session.emulator?.close();
    session.emulator = undefined;
    session.ui.assertNoBrokenText();
    session.ui.assertAllAnswered();
  });
  after(async () => {
    await setSetting('autoRefreshSeconds', undefined);
    await setSetting('regions', undefined);
    await setSetting('endpoint', undefined);
  });
  return session;
}
