import { EcsEmulator, type EmulatorOptions } from '../emulator/server';
import { Workbench } from './workbench';

/** What a suite's tests share: the emulator and the workbench opened on it. */
export interface UiSession {
  readonly emulator: EcsEmulator;
  readonly workbench: Workbench;
}

/**
 * The hooks UI suites share: an emulator, a workbench `open`ed on it, after each test a failure's screenshot and no
 * notifications left, both closed at the end.
 */
export function workbenchSession(options: {
  readonly emulator?: EmulatorOptions;
  readonly open: (emulator: EcsEmulator) => Promise<Workbench>;
}): UiSession {
  let emulator: EcsEmulator | undefined;
  let workbench: Workbench | undefined;
  before(async () => {
    emulator = await EcsEmulator.start(options.emulator);
    workbench = await options.open(emulator);
  });
  afterEach(async function () {
    await workbench?.recordFailure(this.currentTest);
    await workbench?.clearNotifications();
  });
  after(async () => {
    await workbench?.close();
    await emulator?.close();
  });
  const opened = (): { emulator: EcsEmulator; workbench: Workbench } => {
    if (!emulator || !workbench) {
      throw new Error('the UI session is used before its before hook ran');
    }
    return { emulator, workbench };
  };
  return {
    get emulator() {
      return opened().emulator;
    },
    get workbench() {
      return opened().workbench;
    },
  };
}

/** A workbench showing China (Hangzhou) with the container open, the region and the given groups expanded. */
export function hangzhouWorkbench(
  options: {
    readonly emulator?: EmulatorOptions;
    readonly settings?: Record<string, unknown>;
    readonly groups?: ReadonlyArray<'Instances' | 'Network Interfaces'>;
    readonly widenSidebar?: boolean;
  } = {},
): UiSession {
  return workbenchSession({
    emulator: options.emulator,
    open: async (emulator) => {
      const workbench = await Workbench.open({
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
      return workbench;
    },
  });
}
