import { EcsEmulator, type EmulatorOptions } from '../emulator/server';
import { Workbench } from './workbench';

/** What a suite's tests share: the emulator and the workbench opened on it. */
export interface UiSession {
  readonly emulator: EcsEmulator;
  readonly workbench: Workbench;
}

/**
 * The hooks most UI suites need: an emulator, a workbench showing China (Hangzhou) with the container open, the region
 * and the given groups expanded; after each test a failure's screenshot and no notifications left; both closed at the end.
 */
export function hangzhouWorkbench(
  options: {
    readonly emulator?: EmulatorOptions;
    readonly settings?: Record<string, unknown>;
    readonly groups?: ReadonlyArray<'Instances' | 'Network Interfaces'>;
    readonly widenSidebar?: boolean;
  } = {},
): UiSession {
  let emulator: EcsEmulator | undefined;
  let workbench: Workbench | undefined;
  const opened = (): { emulator: EcsEmulator; workbench: Workbench } => {
    if (!emulator || !workbench) {
      throw new Error('the UI session is used before its before hook ran');
    }
    return { emulator, workbench };
  };
  before(async () => {
    emulator = await EcsEmulator.start(options.emulator);
    workbench = await Workbench.open({
      endpoint: emulator.url,
      settings: { 'alicloudEcs.regions': ['cn-hangzhou'], ...options.settings },
    });
    await workbench.openContainer();
    if (options.widenSidebar ?? true) {
      await workbench.widenSidebar();
    }
    await workbench.expand(/China \(Hangzhou\)/);
    for (const group of options.groups ?? ['Instances', 'Network Interfaces']) {
      await workbench.expand(new RegExp(`^${group}`));
    }
  });
  afterEach(async function () {
    await workbench?.recordFailure(this.currentTest);
    await workbench?.clearNotifications();
  });
  after(async () => {
    await workbench?.close();
    await emulator?.close();
  });
  return {
    get emulator() {
      return opened().emulator;
    },
    get workbench() {
      return opened().workbench;
    },
  };
}
