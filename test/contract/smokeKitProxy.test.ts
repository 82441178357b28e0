import * as assert from 'node:assert';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EcsEmulator } from '../emulator/server';
import { makeTestTls, PROXIED_HOST, type RunningProxy, startSquid } from '../support/testProxy';

const KIT = path.resolve(__dirname, '..', '..', 'tools', 'smoke', 'cli.js');

/** Runs `npm run smoke`'s program as a user would, in a folder of its own, with `env` on top of a clean environment. */
function runKit(args: readonly string[], env: Record<string, string>, cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/proxy|^ALIBABA_CLOUD_/i.test(key)));
    execFile(process.execPath, [KIT, ...args], { cwd, env: { ...clean, HOME: cwd, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: typeof error?.code === 'number' ? error.code : error ? 1 : 0, output: `${stdout}${stderr}` });
    });
  });
}

/**
 * The smoke kit outside VS Code honours HTTPS_PROXY and NO_PROXY: against an endpoint only a real proxy (squid)
 * resolves, over https with a certificate of the test's authority (NODE_EXTRA_CA_CERTS, as Node reads it).
 */
describe('contract: the smoke kit through a real proxy (HTTPS_PROXY, NO_PROXY)', function () {
  this.timeout(90_000);
  let emulator: EcsEmulator;
  let squid: RunningProxy;
  let dir: string;
  let base: Record<string, string>;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-smoke-'));
    const tls = makeTestTls(path.join(dir, 'tls'));
    emulator = await EcsEmulator.start({ tls: { key: tls.key, cert: tls.cert, hostName: PROXIED_HOST } });
    squid = await startSquid();
    base = {
      NODE_EXTRA_CA_CERTS: tls.caFile,
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'emulator-ak',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'emulator-secret',
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    };
  });

  after(async () => {
    await squid.stop();
    await emulator.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reaches the endpoint through the proxy of HTTPS_PROXY, and finds the same shapes as its own emulator', async () => {
    const run = await runKit(['--endpoint', emulator.url, '--report', 'through-proxy'], { ...base, HTTPS_PROXY: squid.url }, dir);
    assert.strictEqual(run.code, 0, run.output);
    assert.match(run.output, /through the proxy of HTTPS_PROXY/);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'through-proxy.json'), 'utf8')) as {
      requests: Array<{ action: string; cloud?: { code?: string }; differences: unknown[] }>;
    };
    assert.ok(report.requests.length >= 10);
    assert.deepStrictEqual(
      report.requests.filter((request) => request.differences.length > 0),
      [],
    );
    assert.ok(
      report.requests.filter((request) => request.action === 'DescribeRegions').every((request) => request.cloud?.code === undefined),
    );
    assert.ok(
      squid.accessLog().some((line) => line.includes(`CONNECT ${PROXIED_HOST}:${emulator.port}`) && line.includes('TCP_TUNNEL/200')),
      squid.accessLog().join('\n'),
    );
    assert.ok(emulator.totalCalls() >= 10);
  });

  it('goes directly to a host NO_PROXY lists, where the name does not resolve', async () => {
    const before = emulator.totalCalls();
    const run = await runKit(
      ['--endpoint', emulator.url, '--report', 'no-proxy'],
      { ...base, HTTPS_PROXY: squid.url, NO_PROXY: PROXIED_HOST },
      dir,
    );
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'no-proxy.json'), 'utf8')) as {
      requests: Array<{ cloud?: { code?: string } }>;
    };
    assert.ok(
      report.requests.every((request) => request.cloud === undefined || request.cloud.code?.startsWith('NetworkError')),
      run.output,
    );
    assert.strictEqual(emulator.totalCalls(), before, 'nothing reached the endpoint without the proxy');
  });
});
