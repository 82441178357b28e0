import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { credentialEnvironment, makeCredentialHome } from '../support/credentialHome';

/**
 * `npm run test:electron`: the same extension-host suite under @vscode/test-electron, for desktop machines
 * with internet (it downloads VS Code). Here, offline, the suite runs in code-server instead.
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-electron-'));
  // The suite rewrites ~/.aliyun/config.json: it runs with a home folder of its own, never the developer's.
  const home = makeCredentialHome(true);
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), '{}');
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'extensionHost', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: credentialEnvironment(home),
  });
  fs.rmSync(home, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
