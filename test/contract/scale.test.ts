import * as assert from 'node:assert';
import { generatedAccount } from '../emulator/generatedData';
import { EcsEmulator } from '../emulator/server';
import { adapterFor } from './helpers';

describe('contract: a region at scale', () => {
  let emulator: EcsEmulator;

  before(async () => {
    emulator = await EcsEmulator.start({ accounts: { demo: generatedAccount({ seed: 7, instances: 5000, networkInterfaces: 10_000 }) } });
  });

  after(async () => {
    await emulator.close();
  });

  it('pages through 10,000 ENIs and 5,000 instances, 100 a page, pages side by side', async () => {
    const api = adapterFor(emulator);
    const enis = await api.listNetworkInterfaces('cn-hangzhou');
    assert.strictEqual(enis.length, 10_000);
    assert.strictEqual(new Set(enis.map((e) => e.networkInterfaceId)).size, 10_000);
    assert.strictEqual(emulator.callCounts.get('DescribeNetworkInterfaces'), 100);
    const instances = await api.listInstances('cn-hangzhou');
    assert.strictEqual(instances.length, 5000);
    assert.strictEqual(emulator.callCounts.get('DescribeInstances'), 50);
  });

  it('generates the same data from the same seed', () => {
    const a = generatedAccount({ seed: 3, instances: 50, networkInterfaces: 80 });
    const b = generatedAccount({ seed: 3, instances: 50, networkInterfaces: 80 });
    assert.deepStrictEqual([...a.networkInterfaces.keys()], [...b.networkInterfaces.keys()]);
    assert.notDeepStrictEqual(
      [...a.instances.keys()],
      [...generatedAccount({ seed: 4, instances: 50, networkInterfaces: 80 }).instances.keys()],
    );
  });
});
