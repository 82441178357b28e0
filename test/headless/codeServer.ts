import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureCodeServer } from './codeServerInstall';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface CodeServerOptions {
  /** Workspace settings written to `.vscode/settings.json` of a fresh workspace folder (a cloned repository's place). */
  readonly workspaceSettings?: Record<string, unknown>;
  /** User settings, added to the headless defaults (where a user points the extension at the emulator). */
  readonly userSettings?: Record<string, unknown>;
  /** Extra environment for the server and so for the extension host (credentials, locale). */
  readonly env?: Record<string, string | undefined>;
  /** Extensions to install from VSIX files before start. */
  readonly vsixFiles?: readonly string[];
  readonly log?: (line: string) => void;
}

export interface RunningCodeServer {
  readonly port: number;
  readonly origin: string;
  readonly workspace: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** The workbench URL, with the extension under development (and optionally a test module) in the payload. */
  workbenchUrl(payload: { extensionDevelopmentPath?: string; extensionTestsPath?: string }): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(origin: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited with ${child.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer within ${timeoutMs} ms:\n${output()}`);
}

/** Starts a real VS Code (code-server) on 127.0.0.1 with a fresh user-data folder and workspace. */
export async function startCodeServer(options: CodeServerOptions = {}): Promise<RunningCodeServer> {
  const binary = ensureCodeServer(options.log);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-vscode-'));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const workspace = path.join(root, 'workspace');
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'window.commandCenter': false,
        'chat.commandCenter.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        ...options.userSettings,
      },
      null,
      2,
    ),
  );
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify(options.workspaceSettings ?? {}, null, 2));
  fs.writeFileSync(path.join(workspace, 'README.md'), '# Workspace for the Alibaba Cloud ECS extension tests\n');

  // An undefined value removes the variable (the developer's own credentials, for one).
  const env = Object.fromEntries(Object.entries({ ...process.env, ...options.env }).filter(([, value]) => value !== undefined));
  for (const vsix of options.vsixFiles ?? []) {
    await runToEnd(binary, ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix], env);
  }

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(
    binary,
    [
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      workspace,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await waitForHttp(origin, child, () => output, 60_000);

  const remote = (absolute: string): string => `vscode-remote://127.0.0.1:${port}${absolute}`;
  return {
    port,
    origin,
    workspace,
    userDataDir,
    extensionsDir,
    workbenchUrl(payload) {
      const pairs: Array<[string, string]> = [['skipWelcome', 'true']];
      if (payload.extensionDevelopmentPath) {
        pairs.push(['extensionDevelopmentPath', remote(payload.extensionDevelopmentPath)]);
      }
      if (payload.extensionTestsPath) {
        pairs.push(['extensionTestsPath', remote(payload.extensionTestsPath)]);
      }
      return `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(pairs))}`;
    },
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      }
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

async function runToEnd(binary: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(binary, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`code-server ${args.join(' ')} failed:\n${output}`))));
  });
}
