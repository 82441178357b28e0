import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { EcsEmulator } from '../../emulator/server';
import { generatedAccount } from '../../emulator/generatedData';
import type { ExtensionApi } from '../../extensionHost/harness';
import { setSetting } from '../../extensionHost/harness';
import type { Figure } from '../stats';

const CYCLES = 300;
const TIMEOUT_SECONDS = 5;

const pastTheTimeout = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, (TIMEOUT_SECONDS + 1) * 1000));

/** A full collection, twice (what a first one frees may leave garbage of its own). */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

const timers = (): number => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

/**
 * A view left open for a working day, compressed: the large region shown whole, then read again and redrawn 300 times
 * (the auto refresh's path), one ENI renamed each time so that the redraw has something to do. What must not grow:
 * the heap after a full collection, the timers, the store's listeners.
 */
export async function benchGrowth(api: ExtensionApi): Promise<Record<string, Figure>> {
  const emulator = await EcsEmulator.start({
    accounts: { demo: generatedAccount({ seed: 42, instances: 5000, networkInterfaces: 10_000 }) },
  });
  try {
    // The SDK's HTTP layer (httpx) keeps each request's read timer, and with it the request, until the request timeout
    // has passed, even after the answer was read: a window of retained requests that does not grow with time. A short
    // timeout keeps the bench short; the heap is measured after the window, and right after the last refresh.
    await setSetting('requestTimeoutSeconds', TIMEOUT_SECONDS);
    await setSetting('endpoint', emulator.url);
    const provider = api.treeDataProvider;
    const showAll = async (): Promise<void> => {
      const [region] = await provider.getChildren();
      for (const group of region ? await provider.getChildren(region) : []) {
        await provider.getChildren(group);
      }
    };
    await api.store.regionData('cn-hangzhou');
    await showAll();
    const renamed = [...emulator.account().networkInterfaces.values()][1234];
    const cycle = async (n: number): Promise<void> => {
      if (renamed) {
        renamed.networkInterfaceName = `renamed-${n}`;
      }
      await api.store.reloadLoaded();
      await showAll();
    };
    for (let n = 0; n < 10; n += 1) {
      await cycle(n);
    }
    const gc = collector();
    await pastTheTimeout();
    gc();
    const before = { heap: process.memoryUsage().heapUsed, timers: timers(), listeners: api.store.listenerCount };
    const started = performance.now();
    for (let n = 10; n < 10 + CYCLES; n += 1) {
      await cycle(n);
    }
    const perCycle = (performance.now() - started) / CYCLES;
    gc();
    const rightAfter = process.memoryUsage().heapUsed;
    await pastTheTimeout();
    gc();
    const after = { heap: process.memoryUsage().heapUsed, timers: timers(), listeners: api.store.listenerCount };
    const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
    const grownMb = mb(after.heap - before.heap);
    console.log(`bench: ${CYCLES} refreshes, ${Math.round(perCycle)} ms each, heap ${grownMb} MB, timers ${before.timers}→${after.timers}`);
    return {
      [`growth: heap after ${CYCLES} whole refreshes of the large region (after GC)`]: {
        value: grownMb,
        unit: 'MB',
        budget: '< 10 MB',
        met: grownMb < 10,
      },
      'growth: timers and store listeners gained over those refreshes': {
        value: after.timers - before.timers + (after.listeners - before.listeners),
        unit: 'handles',
        budget: '0',
        met: after.timers <= before.timers && after.listeners <= before.listeners,
      },
      [`growth: heap right after the last refresh, requests of the last ${TIMEOUT_SECONDS} s still held by the SDK's timers`]: {
        value: mb(rightAfter - before.heap),
        unit: 'MB',
      },
      'growth: one whole refresh of the large region in the extension host (no latency)': { value: Math.round(perCycle), unit: 'ms' },
    };
  } finally {
    await setSetting('requestTimeoutSeconds', undefined);
    await emulator.close();
  }
}
