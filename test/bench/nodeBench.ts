import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil, OpenApiUtil } from '@alicloud/openapi-core';
import { RuntimeOptions } from '@darabonba/typescript';
import * as esbuild from 'esbuild';
import type { EcsApi } from '../../src/cloud/ecsApi';
import { RegionResources } from '../../src/store/regionResources';
import { generatedAccount } from '../emulator/generatedData';
import { EcsEmulator } from '../emulator/server';
import { cloudAssistant } from './guestBench';
import { elapsed, type Figure, summary } from './stats';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** The folder tsc compiled this into (out/ for `npm run bench`), for the helpers the child processes load. */
const OUT = path.relative(ROOT, path.resolve(__dirname, '..', '..'));
const KEYS = { kind: 'accessKey' as const, accessKeyId: 'emulator-ak', accessKeySecret: 'emulator-secret' };
const LATENCY_MS = 30;
const RUNS = 5;
/** The adapter's default: list pages in flight at once, both lists of the region together. */
const PAGE_CONCURRENCY = 16;
/**
 * Fewest sequential round trips for the large region: both lists' page 1 side by side, then their other pages
 * (49 of instances, 99 of ENIs) PAGE_CONCURRENCY at a time: 1 + ceil(148 / 16) = 11 rounds.
 */
const LIMIT_ROUNDS = 1 + Math.ceil((5000 / 100 - 1 + (10_000 / 100 - 1)) / PAGE_CONCURRENCY);

type SdkModule = { createSdkEcsApi(options: Record<string, unknown>): EcsApi };
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundled adapter, as the extension loads it
const sdk = (): SdkModule => require(path.join(ROOT, 'dist', 'ecsSdk.js')) as SdkModule;

/** Runs a script in a fresh Node process (cold caches) without blocking this one, where the emulator answers. */
async function childJson(script: string): Promise<Record<string, number>> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
}

async function activation(): Promise<Record<string, Figure>> {
  const samples: number[] = [];
  let alicloudModules = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const result = await childJson(`
      const { fakeExtensionContext, withFakeVscode } = require('./${OUT}/test/support/fakeVscode.js');
      const out = withFakeVscode(() => {
        const extension = require('./dist/extension.js');
        const context = fakeExtensionContext();
        const start = process.hrtime.bigint();
        extension.activate(context);
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        const alicloud = Object.keys(require.cache).filter((f) => f.includes('@alicloud') || f.endsWith('ecsSdk.js')).length;
        return { ms, alicloud };
      });
      console.log(JSON.stringify(out));`);
    samples.push(result.ms ?? NaN);
    alicloudModules = Math.max(alicloudModules, result.alicloud ?? 0);
  }
  const size = (file: string): number => fs.statSync(path.join(ROOT, file)).size / 1024;
  const vsix = fs.readdirSync(ROOT).find((f) => f.endsWith('.vsix'));
  const activate = summary(samples, 'ms');
  return {
    'activation: activate()': { ...activate, budget: '< 10 ms', met: activate.value < 10 },
    'activation: @alicloud modules loaded': { value: alicloudModules, unit: 'modules', budget: '0', met: alicloudModules === 0 },
    'size: dist/extension.js': {
      value: Math.round(size('dist/extension.js') * 10) / 10,
      unit: 'KB',
      budget: '< 150 KB',
      met: size('dist/extension.js') < 150,
    },
    'size: dist/ecsSdk.js (SDK bundle)': { value: Math.round(size('dist/ecsSdk.js')), unit: 'KB' },
    ...(vsix ? { 'size: VSIX': { value: Math.round(size(vsix)), unit: 'KB', budget: '< 1536 KB', met: size(vsix) < 1536 } } : {}),
  };
}

async function firstCallCold(): Promise<Record<string, Figure>> {
  const emulator = await EcsEmulator.start();
  try {
    const samples: number[] = [];
    const loadOnly: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await childJson(`
        const start = process.hrtime.bigint();
        const sdk = require('./dist/ecsSdk.js');
        const loaded = Number(process.hrtime.bigint() - start) / 1e6;
        const api = sdk.createSdkEcsApi({ endpoint: '${emulator.url}', timeoutMs: 10000, credentials: ${JSON.stringify(KEYS)} });
        api.describeRegions().then(() => console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - start) / 1e6, loaded })));`);
      samples.push(result.ms ?? NaN);
      loadOnly.push(result.loaded ?? NaN);
    }
    return {
      'first call cold: load SDK + DescribeRegions': summary(samples, 'ms'),
      'first call cold: of which loading the SDK bundle': summary(loadOnly, 'ms'),
    };
  } finally {
    await emulator.close();
  }
}

/** `require` of a file in a fresh Node process, in ms. */
async function requireMs(file: string): Promise<number> {
  const result = await childJson(`
    const start = process.hrtime.bigint();
    require(${JSON.stringify(file)});
    console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - start) / 1e6 }));`);
  return result.ms ?? NaN;
}

/**
 * Loading the SDK bundle beside loading what every call needs in any case: `@alicloud/openapi-core` (signing,
 * transport, errors, and the credentials library it requires), bundled alone with the options of
 * `scripts/build.mjs --production`. Fresh processes, taking turns, so that both see the same machine.
 */
async function sdkLoad(): Promise<Record<string, Figure>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-openapi-core-'));
  try {
    const core = path.join(dir, 'openapiCore.js');
    await esbuild.build({
      stdin: { contents: "module.exports = require('@alicloud/openapi-core');", resolveDir: ROOT, loader: 'js' },
      outfile: core,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      minify: true,
      legalComments: 'none',
      mainFields: ['module', 'main'],
      logLevel: 'warning',
    });
    const bundle = path.join(ROOT, 'dist', 'ecsSdk.js');
    const ours: number[] = [];
    const alone: number[] = [];
    for (let run = 0; run < 7; run += 1) {
      ours.push(await requireMs(bundle));
      alone.push(await requireMs(core));
    }
    const kb = (file: string): number => Math.round(fs.statSync(file).size / 1024);
    const oursFigure = summary(ours, 'ms');
    const aloneFigure = summary(alone, 'ms');
    const ratio = Math.round((oursFigure.value / aloneFigure.value) * 100) / 100;
    return {
      'SDK load: require dist/ecsSdk.js, fresh process': {
        ...oursFigure,
        comparedWith: `@alicloud/openapi-core bundled alone (${kb(core)} KB; ours ${kb(bundle)} KB)`,
        ratio,
        budget: '≤ 1.5× openapi-core alone',
        met: ratio <= 1.5,
      },
      'SDK load: require @alicloud/openapi-core bundled alone': aloneFigure,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What a naive client does: one list after the other, NextToken, the largest pages the API allows. */
async function naiveSequential(port: number): Promise<{ ms: number; calls: number }> {
  let calls = 0;
  const client = new Ecs(
    new $OpenApiUtil.Config({
      endpoint: `127.0.0.1:${port}`,
      protocol: 'http',
      regionId: 'cn-hangzhou',
      ...KEYS,
      readTimeout: 30000,
      connectTimeout: 30000,
    }),
  );
  const start = process.hrtime.bigint();
  let token: string | undefined;
  let count = 0;
  do {
    calls += 1;
    const page = await client.describeInstances(
      new $Ecs.DescribeInstancesRequest({ regionId: 'cn-hangzhou', maxResults: 100, nextToken: token }),
    );
    count += page.body?.instances?.instance?.length ?? 0;
    token = page.body?.nextToken || undefined;
  } while (token);
  do {
    calls += 1;
    const page = await client.describeNetworkInterfaces(
      new $Ecs.DescribeNetworkInterfacesRequest({ regionId: 'cn-hangzhou', maxResults: 500, nextToken: token }),
    );
    count += page.body?.networkInterfaceSets?.networkInterfaceSet?.length ?? 0;
    token = page.body?.nextToken || undefined;
  } while (token);
  if (count !== 15_000) {
    throw new Error(`the naive client read ${count} rows`);
  }
  return { ms: elapsed(start), calls };
}

/**
 * The floor of a region's client CPU: JSON.parse of the very bytes of the pages our load reads (PageNumber pages of 100,
 * read unparsed through the SDK), keeping what it parses as the load keeps its rows. CPU ms per 1,000 rows.
 */
async function jsonParseFloor(port: number): Promise<{ msPer1000: number[]; megabytes: number }> {
  const client = new Ecs(
    new $OpenApiUtil.Config({
      endpoint: `127.0.0.1:${port}`,
      protocol: 'http',
      regionId: 'cn-hangzhou',
      ...KEYS,
      readTimeout: 30000,
      connectTimeout: 30000,
    }),
  );
  const bodies: string[] = [];
  for (const [action, rows] of [
    ['DescribeInstances', 5000],
    ['DescribeNetworkInterfaces', 10_000],
  ] as const) {
    const params = new $OpenApiUtil.Params({
      action,
      version: '2014-05-26',
      protocol: 'HTTPS',
      pathname: '/',
      method: 'POST',
      authType: 'AK',
      style: 'RPC',
      reqBodyType: 'formData',
      bodyType: 'string',
    });
    for (let page = 1; page <= rows / 100; page += 1) {
      const request = new $OpenApiUtil.OpenApiRequest({
        query: OpenApiUtil.query({ RegionId: 'cn-hangzhou', PageNumber: page, PageSize: 100 }),
      });
      bodies.push(String((await client.callApi(params, request, new RuntimeOptions({}))).body));
    }
  }
  const msPer1000: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const kept: unknown[] = [];
    collectGarbage();
    const cpu = process.cpuUsage();
    for (const body of bodies) {
      kept.push(JSON.parse(body));
    }
    msPer1000.push(cpuMs(cpu) / 15);
  }
  return { msPer1000, megabytes: Math.round(bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0) / 1024 / 102.4) / 10 };
}

const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

/** CPU time of this process (all threads: the main one and V8's helpers, the garbage collector's among them) since `since`. */
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function ours(api: EcsApi): Promise<{ first: number; all: number; resources: RegionResources }> {
  const start = process.hrtime.bigint();
  let first = 0;
  const resources = new RegionResources(api, 'cn-hangzhou', () => undefined);
  await Promise.all(
    [resources.instances.ensure(), resources.networkInterfaces.ensure()].map((p) =>
      p.then(() => {
        first ||= elapsed(start);
      }),
    ),
  );
  await Promise.all([resources.instances.complete(), resources.networkInterfaces.complete()]);
  const all = elapsed(start);
  if (resources.instances.items().length !== 5000 || resources.networkInterfaces.items().length !== 10_000) {
    throw new Error('the region did not load whole');
  }
  return { first, all, resources };
}

/**
 * The large region (5,000 instances, 10,000 ENIs) served by an emulator in a process of its own, as ECS is on other
 * machines: its work does not count as the client's.
 */
async function largeRegionEmulator(latencyMs: number): Promise<{ url: string; port: number; stop: () => void }> {
  const args = ['--dataset', 'generated', '--instances', '5000', '--enis', '10000', '--latency', String(latencyMs)];
  const child = spawn(process.execPath, [path.join(ROOT, OUT, 'test', 'emulator', 'cli.js'), '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(output);
      if (match?.[1]) {
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`the emulator exited with ${code}`)));
  });
  return { url, port: Number(new URL(url).port), stop: () => child.kill('SIGTERM') };
}

async function regionAtScale(): Promise<Record<string, Figure>> {
  const emulator = await largeRegionEmulator(LATENCY_MS);
  let counted = 0;
  const observer = {
    onCall: (): void => {
      counted += 1;
    },
  };
  try {
    const api = sdk().createSdkEcsApi({
      endpoint: emulator.url,
      timeoutMs: 30000,
      credentials: KEYS,
      pageConcurrency: PAGE_CONCURRENCY,
      observer,
    });
    await api.describeRegions();
    const firsts: number[] = [];
    const alls: number[] = [];
    const naive: number[] = [];
    let calls = 0;
    let naiveCalls = 0;
    for (let run = 0; run < 3; run += 1) {
      counted = 0;
      const result = await ours(api);
      calls = counted;
      firsts.push(result.first);
      alls.push(result.all);
      const naiveRun = await naiveSequential(emulator.port);
      naive.push(naiveRun.ms);
      naiveCalls = naiveRun.calls;
    }
    const rounds = LIMIT_ROUNDS;
    const limit = rounds * LATENCY_MS;
    // The client's CPU in loads of their own, each after a full collection: no garbage of the naive runs lands in them.
    // As the tree loads (RegionResources hears of every page), and the adapter alone (no one listens to the pages).
    const cpuPer1000: number[] = [];
    const adapterPer1000: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      collectGarbage();
      let cpu = process.cpuUsage();
      await ours(api);
      cpuPer1000.push(cpuMs(cpu) / 15);
      collectGarbage();
      cpu = process.cpuUsage();
      await Promise.all([api.listInstances('cn-hangzhou'), api.listNetworkInterfaces('cn-hangzhou')]);
      adapterPer1000.push(cpuMs(cpu) / 15);
    }
    const all = summary(alls, 'ms');
    const naiveFigure = summary(naive, 'ms');
    const floor = await jsonParseFloor(emulator.port);
    const floorFigure = summary(floor.msPer1000, 'ms');
    const cpuFigure = summary(cpuPer1000, 'ms');
    const adapterFigure = summary(adapterPer1000, 'ms');
    const timesTheFloor = (figure: Figure): number => Math.round((figure.value / floorFigure.value) * 100) / 100;
    return {
      'region 5,000 instances + 10,000 ENIs @30 ms: first rows': summary(firsts, 'ms'),
      'region 5,000 instances + 10,000 ENIs @30 ms: all rows': {
        ...all,
        comparedWith: `physical limit ${limit} ms (${rounds} round trips, ${PAGE_CONCURRENCY} pages in flight)`,
        ratio: Math.round((all.value / limit) * 100) / 100,
        budget: '≤ 1.5× the limit',
        met: all.value <= 1.5 * limit,
      },
      'region load: API calls (ours)': { value: calls, unit: 'calls' },
      'region load: naive sequential NextToken (max page sizes)': {
        ...naiveFigure,
        comparedWith: `${naiveCalls} calls; ours is this many times faster`,
        ratio: Math.round((naiveFigure.value / all.value) * 100) / 100,
        budget: '≥ 5× faster',
        met: naiveFigure.value / all.value >= 5,
      },
      'region load: client CPU per 1,000 rows (adapter + RegionResources)': {
        ...cpuFigure,
        comparedWith: `JSON.parse of the same ${floor.megabytes} MB (the floor); this many times the floor`,
        ratio: timesTheFloor(cpuFigure),
      },
      'region load: client CPU per 1,000 rows, the adapter alone (no page listener)': {
        ...adapterFigure,
        comparedWith: 'the floor',
        ratio: timesTheFloor(adapterFigure),
      },
      'region load: JSON.parse of the same bytes per 1,000 rows (the floor)': floorFigure,
    };
  } finally {
    emulator.stop();
  }
}

/** A changed ENI read again on its own, as a row's refresh does (the emulator renames it first). */
async function oneChangedFigures(resources: RegionResources, rename: (run: number) => string): Promise<number[]> {
  const oneChanged: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const id = rename(run);
    const start = process.hrtime.bigint();
    await resources.rereadNetworkInterfaces([id]);
    oneChanged.push(elapsed(start));
  }
  return oneChanged;
}

const changedSomething = async (resources: RegionResources): Promise<boolean> => {
  const change = await resources.reload();
  return change.instanceIds.length + change.networkInterfaceIds.length + change.reshaped.length > 0;
};

/**
 * The whole large region read again with nothing changed, the emulator in a process of its own: in place, as the auto
 * refresh does (the rows stay; only what changed would redraw), and from scratch, as Refresh does.
 */
async function wholeRefresh(latencyMs: number): Promise<{ inPlace: number[]; fromScratch: number[] }> {
  const emulator = await largeRegionEmulator(latencyMs);
  try {
    const api = sdk().createSdkEcsApi({ endpoint: emulator.url, timeoutMs: 30000, credentials: KEYS, pageConcurrency: PAGE_CONCURRENCY });
    await api.describeRegions();
    const { resources } = await ours(api);
    // The generated region has instances Starting and Stopping: read until none is, so that nothing changes any more.
    const settledBy = Date.now() + 60_000;
    const transitional = (): boolean =>
      resources.instances.items().some((instance) => ['Pending', 'Starting', 'Stopping'].includes(instance.status));
    while (transitional()) {
      await resources.reload();
      if (Date.now() > settledBy) {
        throw new Error('the generated region did not settle within a minute');
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const inPlace: number[] = [];
    const fromScratch: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      let start = process.hrtime.bigint();
      const changed = await changedSomething(resources);
      inPlace.push(elapsed(start));
      if (changed) {
        throw new Error('a refresh with nothing changed found changes');
      }
      start = process.hrtime.bigint();
      resources.networkInterfaces.reset();
      resources.instances.reset();
      await Promise.all([resources.instances.complete(), resources.networkInterfaces.complete()]);
      fromScratch.push(elapsed(start));
    }
    return { inPlace, fromScratch };
  } finally {
    emulator.stop();
  }
}

async function refreshFigures(): Promise<Record<string, Figure>> {
  const limit = LIMIT_ROUNDS * LATENCY_MS;
  const atLatency = await wholeRefresh(LATENCY_MS);
  const atZero = await wholeRefresh(0);
  const withLimit = (samples: number[]): Figure => {
    const figure = summary(samples, 'ms');
    return {
      ...figure,
      comparedWith: `physical limit ${limit} ms`,
      ratio: Math.round((figure.value / limit) * 100) / 100,
      budget: '≤ 2× the limit',
      met: figure.value <= 2 * limit,
    };
  };
  const underMs = (samples: number[]): Figure => {
    const figure = summary(samples, 'ms');
    return { ...figure, budget: '≤ 300 ms', met: figure.value <= 300 };
  };
  return {
    [`tree refresh @${LATENCY_MS} ms: whole large region, nothing changed, in place (auto refresh)`]: withLimit(atLatency.inPlace),
    [`tree refresh @${LATENCY_MS} ms: whole large region, from scratch (Refresh)`]: withLimit(atLatency.fromScratch),
    'tree refresh (no latency): whole large region, nothing changed, in place (auto refresh)': underMs(atZero.inPlace),
    'tree refresh (no latency): whole large region, from scratch (Refresh)': underMs(atZero.fromScratch),
  };
}

async function memoryAndRefresh(): Promise<Record<string, Figure>> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    throw new Error('run with --expose-gc');
  }
  const emulator = await EcsEmulator.start({
    accounts: { demo: generatedAccount({ seed: 42, instances: 5000, networkInterfaces: 10_000 }) },
  });
  try {
    const api = sdk().createSdkEcsApi({ endpoint: emulator.url, timeoutMs: 30000, credentials: KEYS, pageConcurrency: PAGE_CONCURRENCY });
    await api.describeRegions();
    gc();
    const before = process.memoryUsage().heapUsed;
    let loaded: RegionResources | undefined = (await ours(api)).resources;
    gc();
    const withRegion = process.memoryUsage().heapUsed;
    const someEni = loaded.networkInterfaces.items()[1234]?.networkInterfaceId ?? '';
    const oneChanged = await oneChangedFigures(loaded, (run) => {
      const record = emulator.account().networkInterfaces.get(someEni);
      if (record) {
        record.networkInterfaceName = `renamed-${run}`;
      }
      return someEni;
    });
    loaded = undefined;
    gc();
    const after = process.memoryUsage().heapUsed;
    const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
    return {
      'memory: heap growth with the large region loaded': {
        value: mb(withRegion - before),
        unit: 'MB',
        budget: '< 60 MB',
        met: withRegion - before < 60 * 1024 * 1024,
      },
      'memory: heap growth after it is released': {
        value: mb(after - before),
        unit: 'MB',
        budget: '< 10 MB',
        met: after - before < 10 * 1024 * 1024,
      },
      'tree refresh (no latency): one changed ENI re-read': summary(oneChanged, 'ms'),
    };
  } finally {
    await emulator.close();
  }
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? path.join(ROOT, 'bench-node.json');
  const sections: Record<string, () => Promise<Record<string, Figure>>> = {
    activation,
    sdkLoad,
    firstCallCold,
    regionAtScale,
    memoryAndRefresh,
    refreshFigures,
    cloudAssistant,
  };
  // Names after the output file run only those sections (a profile of one of them); none runs them all.
  const chosen = process.argv.slice(3);
  const figures: Record<string, Figure> = {};
  for (const [name, section] of Object.entries(sections)) {
    if (chosen.length === 0 || chosen.includes(name)) {
      Object.assign(figures, await section());
    }
  }
  fs.writeFileSync(out, JSON.stringify(figures, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
