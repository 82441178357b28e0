// `npm start`: builds, starts the ECS emulator with its demo data, and opens VS Code with the extension against it:
// desktop `code` when it is on PATH, otherwise a headless code-server on 127.0.0.1 whose URL is printed.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const port = Number(process.env.ALICLOUD_ECS_EMULATOR_PORT ?? 8787);
const credentials = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: 'emulator-ak',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'emulator-secret',
  ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true',
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
};

for (const [command, args] of [
  ['npm', ['run', '--silent', 'compile']],
  ['node', ['scripts/build.mjs']],
]) {
  if (spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status !== 0) {
    process.exit(1);
  }
}

const { EcsEmulator } = require(path.join(root, 'out/test/emulator/server.js'));
const emulator = await EcsEmulator.start({ port }).catch(async (error) => {
  if (error?.code !== 'EADDRINUSE') {
    throw error;
  }
  const other = await EcsEmulator.start({ port: 0 });
  console.log(
    `Port ${port} is taken (is another npm start running?): the emulator uses port ${other.port} instead.` +
      ' To choose the port, set ALICLOUD_ECS_EMULATOR_PORT, for example ALICLOUD_ECS_EMULATOR_PORT=8788 npm start.',
  );
  return other;
});
console.log(`ECS emulator listening on ${emulator.url} (demo data; AccessKey emulator-ak / emulator-secret)`);

const stops = [() => emulator.close()];
const shutdown = async () => {
  for (const stop of stops.reverse()) {
    await stop();
  }
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

const desktop = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim();
if (desktop && !process.env.ALICLOUD_ECS_USE_CODE_SERVER) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-demo-'));
  const workspace = path.join(dir, 'workspace');
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  // The endpoint goes into this window's user settings: one in a workspace would first ask for the user's consent.
  fs.mkdirSync(path.join(dir, 'user-data', 'User'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'user-data', 'User', 'settings.json'), JSON.stringify({ 'alicloudEcs.endpoint': emulator.url }, null, 2));
  console.log('Opening VS Code with the extension under development (close the window, then Ctrl-C here to stop)…');
  spawn(desktop, ['--new-window', '--user-data-dir', path.join(dir, 'user-data'), `--extensionDevelopmentPath=${root}`, workspace], {
    stdio: 'inherit',
    env: { ...process.env, ...credentials },
  });
} else {
  const { startCodeServer } = require(path.join(root, 'out/test/headless/codeServer.js'));
  const server = await startCodeServer({
    userSettings: { 'alicloudEcs.endpoint': emulator.url },
    env: credentials,
    log: (line) => console.log(line),
  });
  stops.push(() => server.stop());
  console.log(
    `\nVS Code (code-server) with the extension against the emulator is ready. Open this URL in a browser:\n\n  ${server.workbenchUrl({
      extensionDevelopmentPath: root,
    })}\n\nPress Ctrl-C to stop.`,
  );
}
