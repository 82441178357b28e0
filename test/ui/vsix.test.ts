import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EcsEmulator } from '../emulator/server';
import { REPO_ROOT } from '../headless/codeServer';
import { Workbench } from './workbench';

/** The package a user installs, not the development folder: built with `npm run package`, installed into code-server. */
describe('UI: the VSIX installed into VS Code', function () {
  this.timeout(300_000);
  let emulator: EcsEmulator;
  let workbench: Workbench;
  let folder: string;
  let packageOutput: string;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-vsix-'));
    const vsix = path.join(folder, 'alicloud-ecs-explorer.vsix');
    packageOutput = execFileSync('npm', ['run', '--silent', 'package', '--', '--out', vsix], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    emulator = await EcsEmulator.start();
    workbench = await Workbench.open({ endpoint: emulator.url, settings: { 'alicloudEcs.regions': ['cn-hangzhou'] }, vsix });
  });

  after(async () => {
    await workbench?.close();
    await emulator?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('packages without warnings', () => {
    assert.doesNotMatch(packageOutput, /WARNING|warning/, packageOutput);
  });

  it('is installed as an extension and works against the emulator', async () => {
    const installed = fs.readdirSync(workbench.server.extensionsDir);
    assert.ok(
      installed.some((name) => name.startsWith('alicloud-ecs-explorer.alicloud-ecs-explorer-')),
      installed.join(', '),
    );
    await workbench.openContainer();
    await workbench.expand(/China \(Hangzhou\)/);
    await workbench.expand(/^Instances/);
    await workbench.treeItem(/^web-1 /).waitFor();
    await workbench.statusItem('environment').waitFor();
  });
});
