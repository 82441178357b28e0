import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/**
 * `npm run test:electron`: the same extension-host suite under @vscode/test-electron, for desktop machines
 * with internet (it downloads VS Code). Here, offline, the suite runs in code-server instead.
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-electron-'));
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), '{}');
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'extensionHost', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: {
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'emulator-ak',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'emulator-secret',
      ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true',
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    },
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
