import * as assert from 'node:assert';
import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { createSdkEcsApi } from '../../src/cloud/sdkEcsApi';
import { DEMO_KEYS, ecsErrorOf, ONE_ATTEMPT } from './helpers';

const CLI = path.resolve(__dirname, '..', 'emulator', 'cli.js');

async function startCli(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ECS emulator listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(output);
      if (match?.[1]) {
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`the emulator exited with ${code}: ${output}`)));
  });
  return { child, url };
}

describe('contract: the emulator command line', () => {
  it('prints its address when ready and serves the demo data on 127.0.0.1', async () => {
    const { child, url } = await startCli(['--port', '0']);
    try {
      const regions = await createSdkEcsApi({ endpoint: url, timeoutMs: 5000, credentials: DEMO_KEYS }).describeRegions();
      assert.strictEqual(regions.length, 5);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('serves a generated data set with emulated latency', async () => {
    const { child, url } = await startCli(['--port', '0', '--dataset', 'generated', '--instances', '30', '--enis', '45', '--latency', '5']);
    try {
      const api = createSdkEcsApi({ endpoint: url, timeoutMs: 5000, credentials: DEMO_KEYS });
      assert.strictEqual((await api.listNetworkInterfaces('cn-hangzhou')).length, 45);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('refuses a bad option with a clear message', async () => {
    await assert.rejects(startCli(['--port', '0', '--throttle', 'fast']), /--throttle must look like 20\/40/);
    await assert.rejects(
      startCli(['--port', '0', '--fault', 'AttachNetworkInterfaces:reset']),
      /--fault must look like <Action\|\*>:<fault>/,
    );
    await assert.rejects(startCli(['--port', '0', '--fault', 'DescribeRegions:slow=soon']), /--fault must look like/);
  });

  it('arms one-shot faults: an attach carried out whose answer is dropped, then reads answered ServiceUnavailable', async () => {
    const { child, url } = await startCli([
      '--port',
      '0',
      '--fault',
      'AttachNetworkInterface:reset-after',
      '--fault',
      'DescribeRegions:error=ServiceUnavailable:2',
    ]);
    try {
      const api = createSdkEcsApi({ endpoint: url, timeoutMs: 5000, credentials: DEMO_KEYS, ...ONE_ATTEMPT });
      const lost = await ecsErrorOf(api.attachNetworkInterface('cn-hangzhou', 'eni-bp17pdijfczax1huji00', 'i-bp1b8kf3yu0o4q1jh2xa'));
      assert.strictEqual(lost.code, 'NetworkError.Reset');
      const [eni] = await api.getNetworkInterfaces('cn-hangzhou', ['eni-bp17pdijfczax1huji00']);
      assert.strictEqual(eni?.instanceId, 'i-bp1b8kf3yu0o4q1jh2xa');
      for (let n = 0; n < 2; n += 1) {
        await assert.rejects(api.describeRegions(), { code: 'ServiceUnavailable' });
      }
      assert.strictEqual((await api.describeRegions()).length, 5);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
