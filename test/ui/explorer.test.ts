import * as assert from 'node:assert';
import { generatedAccount } from '../emulator/generatedData';
import { EcsEmulator } from '../emulator/server';
import { Workbench } from './workbench';

const DEMO_REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'ap-southeast-1', 'eu-central-1'];

describe('UI: the resources view in a real workbench', function () {
  this.timeout(120_000);
  let emulator: EcsEmulator;
  let workbench: Workbench;

  before(async () => {
    emulator = await EcsEmulator.start();
    emulator.world.clock.pause();
    // Four answers of ServiceUnavailable outlast the automatic retries of a read.
    emulator.faults.inject(
      { kind: 'error', code: 'ServiceUnavailable' },
      { action: 'DescribeInstances', regionId: 'cn-shanghai', times: 4 },
    );
    workbench = await Workbench.open({ endpoint: emulator.url, settings: { 'alicloudEcs.regions': DEMO_REGIONS } });
  });

  afterEach(async function () {
    await workbench?.recordFailure(this.currentTest);
    await workbench?.page.keyboard.press('Escape');
    await workbench?.collapseAll();
  });

  after(async () => {
    await workbench?.close();
    await emulator?.close();
  });

  it('shows the container and the selected regions from the emulator', async () => {
    await workbench.openContainer();
    await workbench.treeItem(/China \(Hangzhou\)/).waitFor();
    await workbench.treeItem(/Germany \(Frankfurt\)/).waitFor();
    assert.strictEqual(await workbench.view().getByRole('treeitem').count(), 5);
    await workbench.screenshot('01-regions');
  });

  it("shows a region's instances with their ENIs, and its network interfaces settling", async () => {
    await workbench.expand(/China \(Hangzhou\)/);
    await workbench.expand(/^Instances/);
    await workbench.treeItem(/^web-1 /).waitFor();
    assert.match(
      await workbench.treeItem(/^web-1 /).innerText(),
      /i-bp1h4adlltjc1d48goaq · Running · ecs\.g7\.large · cn-hangzhou-k · 172\.16\.181\.225/,
    );
    await workbench.expand(/^web-1 /);
    await workbench.treeItem(/web-1-data/).waitFor();
    await workbench.expand(/^Network Interfaces/);
    const joining = workbench.treeItem(/^joining /);
    await joining.waitFor();
    assert.match(await joining.innerText(), /Attaching…/);
    await workbench.screenshot('02-region-resources');
    emulator.world.clock.advance(emulator.world.delays.attachMs);
    await workbench.treeItem(/^joining .*InUse/).waitFor({ timeout: 20_000 });
  });

  it('shows a region that failed to load next to the healthy ones, and retries on a click', async () => {
    await workbench.expand(/China \(Shanghai\)/);
    await workbench.expand(/^Instances/);
    const error = workbench.treeItem(/Couldn't load: ServiceUnavailable/);
    await error.waitFor();
    await workbench.expand(/China \(Hangzhou\)/);
    await workbench.screenshot('03-region-error');
    await error.click();
    await workbench.treeItem(/api-sh-1/).waitFor();
  });

  it('offers the everyday actions on an ENI, and opens it in the console', async () => {
    await workbench.expand(/China \(Hangzhou\)/);
    await workbench.expand(/^Network Interfaces/);
    const entries = await workbench.contextMenu(/^spare-k /);
    for (const entry of ['Copy ID', 'Copy Private IP', 'Open in Console', 'Show Properties']) {
      assert.ok(entries.includes(entry), `the menu lacks ${entry}: ${entries.join(', ')}`);
    }
    await workbench.screenshot('04-eni-context-menu');
    await workbench.clickMenuItem('Open in Console');
    const dialog = workbench.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match(
      await dialog.innerText(),
      /https:\/\/ecs\.console\.alibabacloud\.com\/networkInterfaces\/region\/cn-hangzhou\/detail\/eni-bp17pdijfczax1huji00/,
    );
    await workbench.screenshot('05-open-in-console');
    const request = workbench.page
      .context()
      .waitForEvent('request', { predicate: (r) => r.url().startsWith('https://ecs.console.alibabacloud.com/'), timeout: 10_000 });
    await dialog.getByRole('button', { name: 'Open' }).click();
    assert.strictEqual(
      (await request).url(),
      'https://ecs.console.alibabacloud.com/networkInterfaces/region/cn-hangzhou/detail/eni-bp17pdijfczax1huji00',
    );
    await workbench.closeOtherPages();
  });

  it('filters the tree and says so in the view title', async () => {
    await workbench.openInputFromViewAction('Filter');
    await workbench.answerQuickInput('env=prod');
    await workbench.page.locator('.part.sidebar .message', { hasText: 'Showing only resources that match “env=prod”.' }).waitFor();
    await workbench.expand(/China \(Hangzhou\)/);
    await workbench.expand(/^Instances/);
    await workbench.treeItem(/^gateway /).waitFor();
    await workbench.treeItem(/^batch-worker /).waitFor({ state: 'detached' });
    await workbench.screenshot('06-filter');
    await workbench.clickViewAction('Clear Filter');
    await workbench.treeItem(/^batch-worker /).waitFor();
    assert.strictEqual(await workbench.page.locator('.notification-toast').count(), 0, 'no notification popped up');
  });

  it('turns a refused AccessKey secret into the sign-in welcome with the reason, and retries from there', async () => {
    const key = emulator.accessKeys.get('emulator-ak');
    assert.ok(key);
    const secret = key.accessKeySecret;
    key.accessKeySecret = 'rotated-elsewhere';
    try {
      await workbench.clickViewAction('Refresh');
      await workbench.notification(/Alibaba Cloud refused the credentials \(environment\): .*\(SignatureDoesNotMatch\)/).waitFor();
      await workbench.view().getByText('These credentials cannot be used').waitFor();
      await workbench.view().getByRole('button', { name: 'Sign In with AccessKey' }).waitFor();
      await workbench.screenshot('07-signature-error');
    } finally {
      key.accessKeySecret = secret;
    }
    await workbench.view().getByRole('button', { name: 'Retry' }).click();
    await workbench.treeItem(/China \(Hangzhou\)/).waitFor();
  });

  it('loads a region of 10,000 ENIs', async () => {
    emulator.loadAccount('demo', generatedAccount({ seed: 5, instances: 5000, networkInterfaces: 10_000 }));
    await workbench.clickViewAction('Refresh');
    await workbench.expand(/China \(Hangzhou\)/);
    await workbench.expand(/^Network Interfaces/);
    await workbench.treeItem(/^Network Interfaces 10,000/).waitFor({ timeout: 60_000 });
    await workbench.screenshot('08-large-region');
  });
});
