import { parseArgs } from 'node:util';
import { EcsEmulator } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '8787' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    process.stdout.write('Usage: npm run emulator -- [--port <n>]\n' +
      'Serves the ECS API on http://127.0.0.1:<n> (default 8787) with the demo data until killed.\n' +
      'AccessKey pairs: emulator-ak / emulator-secret (demo account), emulator-ak-2 / emulator-secret-2 (second account).\n');
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a port number, not ${values.port}`);
  }
  const emulator = await EcsEmulator.start({ port });
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
