import * as assert from 'node:assert';
import { EcsEmulator } from '../emulator/server';
import { Workbench } from './workbench';

describe('UI: the resources view in a real workbench', function () {
  this.timeout(120_000);
  let emulator: EcsEmulator;
  let workbench: Workbench;

  before(async () => {
    emulator = await EcsEmulator.start();
    workbench = await Workbench.open({ endpoint: emulator.url });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      await workbench?.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
    }
  });

  after(async () => {
    await workbench?.close();
    await emulator?.close();
  });

  it('shows the container and the regions from the emulator', async () => {
    await workbench.openContainer();
    await workbench.treeItem(/China \(Hangzhou\)/).waitFor();
    await workbench.treeItem(/Germany \(Frankfurt\)/).waitFor();
    assert.strictEqual(await workbench.view().getByRole('treeitem').count(), 5);
    await workbench.screenshot('01-regions');
  });

  it("shows a region's instances and network interfaces", async () => {
    await workbench.expand(/China \(Hangzhou\)/);
    await workbench.expand(/^Instances/);
    await workbench.treeItem(/web-1/).waitFor();
    assert.match(await workbench.treeItem(/web-1/).innerText(), /i-bp1h4adlltjc1d48goaq · Running/);
    await workbench.expand(/^Network Interfaces/);
    await workbench.treeItem(/spare-k\b/).waitFor();
    assert.match(await workbench.treeItem(/spare-k\b/).innerText(), /eni-bp17pdijfczax1huji00 · Available/);
    await workbench.screenshot('02-region-resources');
  });

  it('shows a wrong AccessKey secret as an error row after a refresh', async () => {
    const key = emulator.accessKeys.get('emulator-ak');
    assert.ok(key);
    const secret = key.accessKeySecret;
    key.accessKeySecret = 'rotated-elsewhere';
    try {
      await workbench.clickViewAction('Refresh');
      const error = workbench.treeItem(/Couldn't load: SignatureDoesNotMatch/);
      await error.waitFor();
      await workbench.screenshot('03-signature-error');
    } finally {
      key.accessKeySecret = secret;
    }
    await workbench.treeItem(/Couldn't load: SignatureDoesNotMatch/).click();
    await workbench.treeItem(/China \(Hangzhou\)/).waitFor();
  });
});
