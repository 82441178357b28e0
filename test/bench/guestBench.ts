import * as path from 'node:path';
import WebSocket from 'ws';
import type { EcsApi } from '../../src/cloud/ecsApi';
import type * as SessionModule from '../../src/cloud/sessionClient';
import { decodeFrame, encodeFrame, MessageType } from '../../src/cloud/sessionFrames';
import { followRun, RUN_POLL_MS } from '../../src/commands/operations/commandRun';
import { generatedAccount } from '../emulator/generatedData';
import { EcsEmulator } from '../emulator/server';
import { elapsed, type Figure, summary } from './stats';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const KEYS = { kind: 'accessKey' as const, accessKeyId: 'emulator-ak', accessKeySecret: 'emulator-secret' };
const RUNS = 5;
const KEYSTROKES = 200;

type SdkModule = { createSdkEcsApi(options: Record<string, unknown>): EcsApi };
/* eslint-disable @typescript-eslint/no-require-imports -- the bundles, as the extension loads them */
const sdk = (): SdkModule => require(path.join(ROOT, 'dist', 'ecsSdk.js')) as SdkModule;
const sessions = (): typeof SessionModule => require(path.join(ROOT, 'dist', 'session.js')) as typeof SessionModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const apiFor = (emulator: EcsEmulator): EcsApi =>
  sdk().createSdkEcsApi({
    endpoint: emulator.url,
    timeoutMs: 10_000,
    credentials: KEYS,
    retryPolicy: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
  });

/** Microseconds from a keystroke sent to its echo, each keystroke after the last one's echo, through our session client. */
async function oursPerKeystroke(api: EcsApi, instanceId: string): Promise<number[]> {
  const started = await api.startTerminalSession('cn-hangzhou', instanceId);
  let waiting: ((text: string) => void) | undefined;
  let ready: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (ready = resolve));
  const decoder = new TextDecoder();
  const session = sessions().openSession(started.webSocketUrl, started.securityToken, {
    output: (data) => {
      ready();
      waiting?.(decoder.decode(data, { stream: true }));
    },
    ended: () => undefined,
  });
  await opened;
  const samples: number[] = [];
  for (let key = 0; key < KEYSTROKES; key += 1) {
    const start = process.hrtime.bigint();
    await new Promise<void>((resolve) => {
      waiting = (text) => (text.includes('x') ? resolve() : undefined);
      session.input('x');
    });
    samples.push(elapsed(start) * 1000);
  }
  session.close();
  return samples;
}

/** The same through a bare WebSocket client that frames the keystroke itself: the floor of the session's round trip. */
async function rawPerKeystroke(api: EcsApi, instanceId: string): Promise<number[]> {
  const started = await api.startTerminalSession('cn-hangzhou', instanceId);
  const socket = new WebSocket(started.webSocketUrl);
  let waiting: ((text: string) => void) | undefined;
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.on('message', (data: Buffer) => {
      const frame = decodeFrame(new Uint8Array(data));
      if (frame?.type === MessageType.output) {
        resolve();
        waiting?.(Buffer.from(frame.payload).toString('utf8'));
      }
    });
  });
  const samples: number[] = [];
  let sequence = 0;
  for (let key = 0; key < KEYSTROKES; key += 1) {
    const start = process.hrtime.bigint();
    await new Promise<void>((resolve) => {
      waiting = (text) => (text.includes('x') ? resolve() : undefined);
      socket.send(encodeFrame(MessageType.input, sequence, new Uint8Array([0x78])));
      sequence += 1;
    });
    samples.push(elapsed(start) * 1000);
  }
  socket.close();
  return samples;
}

const median = (samples: readonly number[]): number => summary(samples, 'µs').value;

async function keystrokeEcho(): Promise<Record<string, Figure>> {
  const emulator = await EcsEmulator.start({ terminal: { startMs: 10 } });
  try {
    const api = apiFor(emulator);
    const ours: number[] = [];
    const raw: number[] = [];
    // Alternated, so that a slow moment of the machine falls on both.
    for (let run = 0; run < RUNS; run += 1) {
      raw.push(median(await rawPerKeystroke(api, 'i-bp1h4adlltjc1d48goaq')));
      ours.push(median(await oursPerKeystroke(api, 'i-bp1h4adlltjc1d48goaq')));
    }
    const ratio = Math.round((median(ours) / median(raw)) * 100) / 100;
    return {
      'terminal: keystroke to echo, raw WebSocket client (median per run)': summary(raw, 'µs'),
      'terminal: keystroke to echo, our session client (median per run)': {
        ...summary(ours, 'µs'),
        comparedWith: 'a raw WebSocket client on the same emulator',
        ratio,
        budget: '≤ 1.2×',
        met: ratio <= 1.2,
      },
    };
  } finally {
    await emulator.close();
  }
}

/**
 * Run Command on 50 instances whose script prints after two seconds: how long after the output is ready in the
 * emulator the follow loop first shows it (one polling interval at most).
 */
async function firstOutput(): Promise<Record<string, Figure>> {
  const account = generatedAccount({ instances: 200, networkInterfaces: 200 });
  const targets = [...account.instances.values()].filter((instance) => instance.status === 'Running').slice(0, 50);
  const emulator = await EcsEmulator.start({ accounts: { demo: account } });
  try {
    const api = apiFor(emulator);
    const lags: number[] = [];
    const never = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
    for (let run = 0; run < RUNS; run += 1) {
      const started = await api.runCommand({
        regionId: 'cn-hangzhou',
        instanceIds: targets.map((instance) => instance.instanceId),
        script: 'sleep 2\necho ready',
        name: 'bench',
        timeoutSeconds: 30,
      });
      const invocation = emulator.account('demo').invocations.get(started.invokeId);
      // The emulator's clock runs with the wall clock here: the output is ready two seconds after the agent started.
      const readyAt = (invocation?.instances[0]?.startsAt ?? 0) + 2000 - (emulator.world.clock.now() - Date.now());
      let seenAt: number | undefined;
      await followRun(api, 'cn-hangzhou', started.invokeId, 30, never, (runs) => {
        if (seenAt === undefined && runs.some((one) => one.output.includes('ready'))) {
          seenAt = Date.now();
        }
      });
      lags.push((seenAt ?? Number.NaN) - readyAt);
    }
    const figure = summary(lags, 'ms');
    return {
      'Run Command on 50 instances: first output shown after it is ready': {
        ...figure,
        comparedWith: `the polling interval (${RUN_POLL_MS} ms)`,
        ratio: Math.round((figure.value / RUN_POLL_MS) * 100) / 100,
        budget: `≤ ${RUN_POLL_MS} ms`,
        met: (figure.max ?? Infinity) <= RUN_POLL_MS,
      },
    };
  } finally {
    await emulator.close();
  }
}

export async function cloudAssistant(): Promise<Record<string, Figure>> {
  return { ...(await keystrokeEcho()), ...(await firstOutput()) };
}
