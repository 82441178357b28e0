import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** code-server 4.100.3 ships VS Code 1.100.3, the newest that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';
/** Pinned by code-server's npm-shrinkwrap; its postinstall looks for this tarball before downloading. */
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_RELEASE_TAG = 'v13.0.0-10';

export const SYSTEM_PACKAGES_HINT = 'apt-get update && apt-get install -y chromium libkrb5-dev pkg-config ripgrep';

export class HeadlessSetupError extends Error {}

export function codeServerCacheDir(): string {
  const base =
    process.env.ALICLOUD_ECS_CACHE_DIR ??
    path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'alicloud-ecs-explorer');
  return path.join(base, `code-server-${CODE_SERVER_VERSION}`);
}

export function codeServerBinary(): string {
  return path.join(codeServerCacheDir(), 'node_modules', '.bin', 'code-server');
}

function installedVersion(binary: string): string | undefined {
  if (!fs.existsSync(binary)) {
    return undefined;
  }
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return result.status === 0 ? versionLine(result.stdout) : undefined;
}

/**
 * The version line of `code-server --version`. Its first run on a machine prints
 * "[…] info  Wrote default config file to …" before it, so the version is looked for on every line.
 */
export function versionLine(stdout: string): string | undefined {
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /^\d+\.\d+\.\d+\b/.test(line));
}

function which(command: string): string | undefined {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Places Debian's rg where @vscode/ripgrep's postinstall looks before it tries GitHub. */
function seedRipgrepCache(): void {
  const rg = which('rg');
  if (!rg) {
    throw new HeadlessSetupError(`ripgrep is missing. Install the system packages: ${SYSTEM_PACKAGES_HINT}`);
  }
  const cache = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const tarball = path.join(cache, `ripgrep-${RIPGREP_RELEASE_TAG}-x86_64-unknown-linux-musl.tar.gz`);
  if (fs.existsSync(tarball)) {
    return;
  }
  fs.mkdirSync(cache, { recursive: true });
  execFileSync('tar', ['czf', tarball, '-C', path.dirname(rg), path.basename(rg)]);
}

/** Installs code-server into the cache folder once and returns its binary; later calls reuse it. */
export function ensureCodeServer(log: (line: string) => void = () => undefined): string {
  const binary = codeServerBinary();
  const version = installedVersion(binary);
  if (version?.startsWith(CODE_SERVER_VERSION)) {
    return binary;
  }
  if (process.arch !== 'x64' || process.platform !== 'linux') {
    throw new HeadlessSetupError('The headless VS Code is provisioned only on Linux x64 here.');
  }
  seedRipgrepCache();
  const dir = codeServerCacheDir();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"code-server-cache","private":true}\n');
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${dir} (about 2 minutes, once)…`);
  let result = npmInstall(dir);
  if (result.status !== 0) {
    log('The install failed; trying once more.');
    result = npmInstall(dir);
  }
  const after = installedVersion(binary);
  if (result.status !== 0 || !after?.startsWith(CODE_SERVER_VERSION)) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new HeadlessSetupError(
      `Could not install code-server ${CODE_SERVER_VERSION} into ${dir}.\n${tail}\n` +
        `Install the system packages first (${SYSTEM_PACKAGES_HINT}) and run again.`,
    );
  }
  log(`code-server ready: ${after.split('\n')[0]}`);
  return binary;
}

/**
 * Where node-gyp finds Node's headers. code-server's argon2 has no prebuilt binary it can download offline, so it is
 * compiled, and node-gyp would download the headers too: use the system's (the nodejs package ships them under
 * /usr/include/node) unless npm is already told where they are. A fresh home has no ~/.npmrc to say so.
 */
function nodeHeaders(): Record<string, string> {
  const configured = process.env.npm_config_nodedir ?? process.env.NPM_CONFIG_NODEDIR;
  return !configured && fs.existsSync('/usr/include/node/node.h') ? { npm_config_nodedir: '/usr' } : {};
}

function npmInstall(dir: string): ReturnType<typeof spawnSync> & { stdout: string; stderr: string } {
  return spawnSync('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...nodeHeaders(),
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      npm_config_dangerously_allow_all_scripts: 'true',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(candidate)) {
    throw new HeadlessSetupError(`Chromium is missing at ${candidate}. Install the system packages: ${SYSTEM_PACKAGES_HINT}`);
  }
  return candidate;
}
