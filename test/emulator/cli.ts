import { parseArgs } from 'node:util';
import { demoAccount, secondAccount } from './demoData';
import { parseFaultSpec } from './faultSpec';
import { generatedAccount } from './generatedData';
import { EcsEmulator } from './server';

const USAGE = `Usage: npm run emulator -- [options]
Serves the ECS API on http://127.0.0.1:<port> until killed.

  --port <n>               port (default 8787; 0 picks a free one)
  --dataset demo|generated demo data (default), or a generated large region
  --instances <n>          generated: instances (default 5000)
  --enis <n>               generated: ENIs, primary ones included (default 10000)
  --seed <n>               generated data, jitter and error rate seed (default 42)
  --latency <ms>           added to every answer to an authenticated request (default 0)
  --jitter <ms>            up to this much more, at random (default 0)
  --throttle <rate/burst>  token bucket per action, e.g. 20/40; beyond it Throttling.User
  --error-rate <0..1>      share of calls answered with --error-code (default 0)
  --error-code <code>      ServiceUnavailable (default) or InternalError
  --transition-ms <ms>     how long attach, detach, start, stop and reboot take
                           (default: attach and detach 2000, the others 3000)
  --fault <spec>           a fault for the next calls of an action, repeatable: <Action|*>:<fault>[:<times>]
                           before the action: error=<Code>, reset, garbage; after it (the action is carried out,
                           its answer lost): error-after[=<Code>] (InternalError), reset-after, garbage-after,
                           slow=<ms>. Example: --fault AttachNetworkInterface:reset-after

AccessKey pairs: emulator-ak / emulator-secret (demo account), emulator-ak-2 / emulator-secret-2 (second account).
`;

function number(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    throw new Error(`--${name} must be a number of 0 or more, not ${value}`);
  }
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      dataset: { type: 'string' },
      instances: { type: 'string' },
      enis: { type: 'string' },
      seed: { type: 'string' },
      latency: { type: 'string' },
      jitter: { type: 'string' },
      throttle: { type: 'string' },
      'error-rate': { type: 'string' },
      'error-code': { type: 'string' },
      'transition-ms': { type: 'string' },
      fault: { type: 'string', multiple: true },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const port = number('port', values.port, 8787);
  if (!Number.isInteger(port) || port > 65535) {
    throw new Error(`--port must be a port number, not ${values.port}`);
  }
  const armed = (values.fault ?? []).map(parseFaultSpec);
  const seed = number('seed', values.seed, 42);
  const dataset = values.dataset ?? 'demo';
  if (dataset !== 'demo' && dataset !== 'generated') {
    throw new Error(`--dataset must be demo or generated, not ${dataset}`);
  }
  const demo =
    dataset === 'demo'
      ? demoAccount()
      : generatedAccount({
          seed,
          instances: number('instances', values.instances, 5000),
          networkInterfaces: number('enis', values.enis, 10000),
        });
  const transition = values['transition-ms'] === undefined ? undefined : number('transition-ms', values['transition-ms'], 2000);
  const emulator = await EcsEmulator.start({
    port,
    seed,
    accounts: { demo, second: secondAccount() },
    ...(transition === undefined
      ? {}
      : {
          delays: { attachMs: transition, detachMs: transition, startMs: transition, stopMs: transition, rebootMs: transition },
        }),
  });
  const settings = emulator.faults.settings;
  settings.latencyMs = number('latency', values.latency, 0);
  settings.jitterMs = number('jitter', values.jitter, 0);
  settings.errorRate = Math.min(1, number('error-rate', values['error-rate'], 0));
  const code = values['error-code'] ?? 'ServiceUnavailable';
  if (code !== 'ServiceUnavailable' && code !== 'InternalError') {
    throw new Error(`--error-code must be ServiceUnavailable or InternalError, not ${code}`);
  }
  settings.errorCode = code;
  if (values.throttle !== undefined) {
    const [rate, burst] = values.throttle.split('/').map((part) => Number(part));
    if (!rate || !burst || rate <= 0 || burst < 1) {
      throw new Error(`--throttle must look like 20/40 (calls per second / burst), not ${values.throttle}`);
    }
    settings.throttle = { ratePerSecond: rate, burst };
  }
  armed.forEach(({ action, fault, times }) => emulator.faults.inject(fault, { action, times }));
  process.stdout.write(`ECS emulator listening on ${emulator.url}\n`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
