import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { EcsEmulator } from '../../emulator/server';
import { activateExtension, eventually, nodeAt, setSetting } from '../../extensionHost/harness';
import { RecordingUserInterface } from '../../extensionHost/recordingUserInterface';
import { summary } from '../stats';
import { benchGrowth } from './growth';

const TRANSITION_MS = 2000;
const RUNS = 5;
const REQUEST = { regionId: 'cn-hangzhou', networkInterfaceId: 'eni-bp17pdijfczax1huji00', instanceId: 'i-bp1b8kf3yu0o4q1jh2xa' };

/** Inside VS Code: from confirming an attach (or detach) to the tree showing it settled, beyond the emulator's delay. */
export async function run(): Promise<void> {
  const emulator = await EcsEmulator.start({ delays: { attachMs: TRANSITION_MS, detachMs: TRANSITION_MS } });
  try {
    const api = await activateExtension();
    await setSetting('regions', ['cn-hangzhou']);
    await setSetting('endpoint', emulator.url);
    console.log('bench: settings in place');
    const region = (await api.treeDataProvider.getChildren())[0];
    const groups = region ? await api.treeDataProvider.getChildren(region) : [];
    for (const group of groups) {
      await api.treeDataProvider.getChildren(group);
    }
    console.log(`bench: tree loaded (${groups.length} groups)`);
    const eniStatus = (): string | undefined => api.store.loaded()[0]?.networkInterfaces.get(REQUEST.networkInterfaceId)?.status;
    const attach: number[] = [];
    const detach: number[] = [];
    const attachCalls: number[] = [];
    const detachCalls: number[] = [];
    for (let n = 0; n < RUNS; n += 1) {
      emulator.resetCallCounts();
      // Each question answered at once: the figures run from the command's start, the consent included.
      api.useUserInterface(new RecordingUserInterface().click('Attach').click('Detach'));
      let start = performance.now();
      await vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface', REQUEST);
      attach.push(performance.now() - start - TRANSITION_MS);
      attachCalls.push(emulator.totalCalls());
      console.log(`bench: attach ${n} → ${eniStatus()} in ${Math.round(attach.at(-1) ?? 0)} ms beyond the delay`);
      emulator.resetCallCounts();
      start = performance.now();
      await vscode.commands.executeCommand('alicloudEcs.detachFromInstance', REQUEST);
      api.useUserInterface(undefined);
      detach.push(performance.now() - start - TRANSITION_MS);
      detachCalls.push(emulator.totalCalls());
      console.log(`bench: detach ${n} → ${eniStatus()}`);
      if (eniStatus() !== 'Available') {
        throw new Error(`after the detach the tree shows ${eniStatus()}`);
      }
    }
    const created = await benchCreateAndAttach(api, emulator);
    const rebooted = await benchRebootThenAttach(api).catch((error: unknown) => {
      console.log(`bench: reboot then attach failed: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    });
    const growth = await benchGrowth(api);
    const attachFigure = summary(attach, 'ms');
    const calls = summary(attachCalls, 'calls');
    fs.writeFileSync(
      process.env.ALICLOUD_ECS_TEST_RESULTS ?? 'bench-extension-host.json',
      JSON.stringify(
        {
          'attach: confirm → tree shows InUse, beyond the 2 s transition': {
            ...attachFigure,
            budget: '< 1000 ms',
            met: attachFigure.value < 1000,
          },
          'attach: API calls': { ...calls, budget: '≤ 6', met: (calls.max ?? 99) <= 6 },
          'detach: confirm → tree shows Available, beyond the 2 s transition': summary(detach, 'ms'),
          'detach: API calls': summary(detachCalls, 'calls'),
          ...created,
          ...rebooted,
          ...growth,
        },
        null,
        2,
      ),
    );
  } finally {
    await emulator.close();
  }
}

/**
 * Create and Attach from web-2, answered at once (so the figure runs from the command's start, the reads before the
 * confirmation included, to the new ENI InUse in the tree), then a detach to free the slot for the next run.
 */
async function benchCreateAndAttach(
  api: Awaited<ReturnType<typeof activateExtension>>,
  emulator: EcsEmulator,
): Promise<Record<string, unknown>> {
  const times: number[] = [];
  const calls: number[] = [];
  for (let n = 0; n < RUNS; n += 1) {
    const name = `bench-${n}`;
    const ui = new RecordingUserInterface().type(name).click('Create and Attach');
    api.useUserInterface(ui);
    const web2 = await nodeAt(api, 'China (Hangzhou)', 'Instances', 'web-2');
    emulator.resetCallCounts();
    const start = performance.now();
    const outcome = await vscode.commands.executeCommand('alicloudEcs.createAndAttachNetworkInterface', web2);
    times.push(performance.now() - start - TRANSITION_MS);
    calls.push(emulator.totalCalls());
    api.useUserInterface(undefined);
    const eni = api.store
      .loaded()[0]
      ?.networkInterfaces.items()
      .find((e) => e.networkInterfaceName === name);
    console.log(
      `bench: create and attach ${n} → ${String(outcome)}, ${eni?.status} in ${Math.round(times.at(-1) ?? 0)} ms beyond the delay`,
    );
    if (outcome !== 'attached' || eni?.status !== 'InUse') {
      throw new Error(`create and attach ended ${String(outcome)}; the tree shows ${eni?.status}: ${JSON.stringify(ui.told)}`);
    }
    api.useUserInterface(new RecordingUserInterface().click('Detach'));
    await vscode.commands.executeCommand('alicloudEcs.detachFromInstance', {
      regionId: REQUEST.regionId,
      networkInterfaceId: eni.networkInterfaceId,
    });
    api.useUserInterface(undefined);
  }
  const time = summary(times, 'ms');
  const count = summary(calls, 'calls');
  return {
    'create and attach from an instance: confirm → tree shows InUse, beyond the 2 s transition': {
      ...time,
      budget: '< 1500 ms',
      met: time.value < 1500,
    },
    'create and attach: API calls': { ...count, budget: '≤ 8', met: (count.max ?? 99) <= 8 },
  };
}

const REBOOT_RUNS = 3;

/**
 * The reboot-then-attach fix-it on legacy-erp (started before April 2018), answered at once: from the refused attach
 * to the plan's last message, beyond the emulator's reboot and attach. A reboot resets the start time, so each run
 * has an emulator of its own.
 */
async function benchRebootThenAttach(api: Awaited<ReturnType<typeof activateExtension>>): Promise<Record<string, unknown>> {
  const times: number[] = [];
  for (let n = 0; n < REBOOT_RUNS; n += 1) {
    const emulator = await EcsEmulator.start({ delays: { attachMs: TRANSITION_MS, rebootMs: TRANSITION_MS } });
    try {
      await setSetting('endpoint', emulator.url);
      await nodeAt(api, 'China (Hangzhou)', 'Network Interfaces', 'spare-k-2');
      const label = 'Reboot, then Attach';
      const ui = new RecordingUserInterface().click('Attach').click(label).click(label);
      api.useUserInterface(ui);
      const start = performance.now();
      await vscode.commands.executeCommand('alicloudEcs.attachNetworkInterface', {
        regionId: 'cn-hangzhou',
        networkInterfaceId: 'eni-bp18qejkgdaby2ivkj11',
        instanceId: 'i-bp1legacy0startz7k2c',
      });
      const done = (): string | undefined => ui.texts('inform').find((text) => text.startsWith('Done: '));
      await eventually(
        api,
        () => done() !== undefined || ui.texts('fail').some((text) => text.includes('stopped at')),
        'the plan to end',
        60_000,
      );
      times.push(performance.now() - start - 2 * TRANSITION_MS);
      api.useUserInterface(undefined);
      if (!done()) {
        throw new Error(`reboot then attach did not end well: ${JSON.stringify(ui.told)}`);
      }
      console.log(`bench: reboot then attach ${n} in ${Math.round(times.at(-1) ?? 0)} ms beyond the transitions`);
    } finally {
      await emulator.close();
    }
  }
  const time = summary(times, 'ms');
  return {
    'reboot then attach (fix-it): refusal → plan done, beyond the 2 s reboot and 2 s attach': {
      ...time,
      budget: '< 1500 ms',
      met: time.value < 1500,
    },
  };
}
