import * as assert from 'node:assert/strict';
import * as net from 'node:net';
import { createSdkEcsApi } from '../../src/cloud/sdkEcsApi';
import { EcsEmulator } from '../emulator/server';
import { adapterFor, DEMO_KEYS, ecsErrorOf } from './helpers';

/** A loopback listener that only counts who connects: the place a hijacked request would go. */
async function connectionCounter(): Promise<{ port: number; count: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, count: () => connections, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('ids are checked before any request is built', () => {
  let emulator: EcsEmulator;
  before(async () => {
    emulator = await EcsEmulator.start();
  });
  after(async () => {
    await emulator.close();
  });

  it('never lets a region id become the host of a signed request (ecs.<regionId>.aliyuncs.com)', async () => {
    const trap = await connectionCounter();
    try {
      const api = createSdkEcsApi({ endpoint: undefined, timeoutMs: 2000, credentials: DEMO_KEYS, sleep: async () => undefined });
      for (const regionId of [`x@127.0.0.1:${trap.port}#`, `x@127.0.0.1:${trap.port}/`, 'cn-hangzhou.evil', 'CN-HANGZHOU', '']) {
        const error = await ecsErrorOf(api.listInstances(regionId));
        assert.equal(error.code, 'InvalidRegionId.Malformed', regionId);
        await ecsErrorOf(api.attachNetworkInterface(regionId, 'eni-bp17pdijfczax1huji00', 'i-bp1b8kf3yu0o4q1jh2xa'));
      }
      assert.equal(trap.count(), 0, 'a request left for the host named in the region id');
    } finally {
      await trap.close();
    }
  });

  it('refuses malformed ENI and instance ids before sending, reads and writes alike', async () => {
    const api = adapterFor(emulator);
    emulator.resetCallCounts();
    for (const bad of ['eni-x&Action=StopInstance', 'i-\nx', 'eni-%00', "i-' or 1", 'x'.repeat(1_000_000)]) {
      assert.equal((await ecsErrorOf(api.attachNetworkInterface('cn-hangzhou', bad, 'i-bp1b8kf3yu0o4q1jh2xa'))).code, 'InvalidParameter');
      assert.equal((await ecsErrorOf(api.detachNetworkInterface('cn-hangzhou', 'eni-bp17pdijfczax1huji00', bad))).code, 'InvalidParameter');
      assert.equal((await ecsErrorOf(api.getNetworkInterfaces('cn-hangzhou', [bad]))).code, 'InvalidParameter');
    }
    assert.equal(emulator.totalCalls(), 0);
  });

  it('refuses every call while the endpoint setting is unusable, sending nothing', async () => {
    const api = adapterFor(emulator, DEMO_KEYS, { endpointProblem: 'The endpoint would be reached over plain http.' });
    emulator.resetCallCounts();
    const error = await ecsErrorOf(api.describeRegions());
    assert.equal(error.code, 'InvalidEndpoint');
    assert.equal(error.detail, 'The endpoint would be reached over plain http.');
    assert.equal(emulator.totalCalls(), 0);
  });

  it('refuses plain http to a host that is not this machine', async () => {
    const api = createSdkEcsApi({ endpoint: 'http://ecs.example.com', timeoutMs: 2000, credentials: DEMO_KEYS });
    assert.equal((await ecsErrorOf(api.describeRegions())).code, 'InvalidEndpoint');
  });
});
