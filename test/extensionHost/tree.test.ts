import * as assert from 'node:assert';
import type { ExtensionApi } from '../../src/extension';
import type { EcsEmulator } from '../emulator/server';
import { activateExtension, childNamed, labels, setSetting, useEmulator } from './harness';

describe('resources tree against the emulator', () => {
  let api: ExtensionApi;
  let emulator: EcsEmulator | undefined;

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });

  after(async () => {
    await setSetting('endpoint', undefined);
  });

  it('lists the regions from DescribeRegions', async () => {
    emulator = await useEmulator();
    assert.deepStrictEqual(await labels(api), [
      'China (Hangzhou)', 'China (Shanghai)', 'China (Beijing)', 'Singapore', 'Germany (Frankfurt)',
    ]);
  });

  it("lists a region's instances and network interfaces with name, id and status", async () => {
    emulator = await useEmulator();
    const hangzhou = await childNamed(api, undefined, 'China (Hangzhou)');
    assert.deepStrictEqual(await labels(api, hangzhou), ['Instances', 'Network Interfaces']);

    const instances = await api.treeDataProvider.getChildren(await childNamed(api, hangzhou, 'Instances'));
    const web1 = instances.map((node) => node.toTreeItem()).find((item) => item.label === 'web-1');
    assert.ok(web1);
    assert.strictEqual(web1.description, 'i-bp1h4adlltjc1d48goaq · Running');
    assert.strictEqual(instances.length, 10);

    const enis = await api.treeDataProvider.getChildren(await childNamed(api, hangzhou, 'Network Interfaces'));
    const spare = enis.map((node) => node.toTreeItem()).find((item) => item.label === 'spare-k');
    assert.ok(spare);
    assert.strictEqual(spare.description, 'eni-bp17pdijfczax1huji00 · Available');
  });

  it('shows a wrong AccessKey secret as an error node, not an empty tree', async () => {
    emulator = await useEmulator({ accessKeys: [{ accessKeyId: 'emulator-ak', accessKeySecret: 'a-different-secret', account: 'demo' }] });
    const roots = await api.treeDataProvider.getChildren();
    assert.strictEqual(roots.length, 1);
    const item = roots[0]?.toTreeItem();
    assert.ok(item);
    assert.strictEqual(item.contextValue, 'message;error');
    assert.strictEqual(item.label, "Couldn't load: SignatureDoesNotMatch");
    assert.strictEqual(item.command?.command, 'alicloudEcs.refreshNode');
  });
});
