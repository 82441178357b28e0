import * as assert from 'node:assert';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EcsEmulator } from '../emulator/server';
import { credentialEnvironment, makeCredentialHome } from '../support/credentialHome';
import { filesHolding } from './files';
import { Workbench } from './workbench';

describe('UI: trust — a corrupt credentials file, a workspace that names an endpoint', function () {
  this.timeout(180_000);
  let emulator: EcsEmulator;

  before(async () => {
    emulator = await EcsEmulator.start();
  });
  after(async () => {
    await emulator?.close();
  });

  describe('a corrupt aliyun CLI config full of secrets', () => {
    const secrets = {
      access_key_secret: `corrupt-secret-${randomBytes(8).toString('hex')}`,
      sts_token: `CAIS${randomBytes(10).toString('hex')}`,
      oauth_refresh_token: `refresh-${randomBytes(8).toString('hex')}`,
      oauth_access_token: `access-${randomBytes(8).toString('hex')}`,
    };
    let workbench: Workbench;
    let home: string;
    let config: string;

    before(async () => {
      home = makeCredentialHome(false);
      config = path.join(home, '.aliyun', 'config.json');
      fs.mkdirSync(path.dirname(config), { recursive: true });
      // A trailing comma (line 8, so JSON goes wrong at line 9, column 5) is enough for the credentials library to quote
      // the whole file in its error.
      fs.writeFileSync(
        config,
        `{\n  "current": "work",\n  "profiles": [\n    { "name": "work", "mode": "OAuth", "access_key_id": "LTAI5tUiCorrupt01",\n${Object.entries(
          secrets,
        )
          .map(([key, value]) => `      "${key}": "${value}",`)
          .join('\n')}\n    },\n  ]\n}\n`,
      );
      workbench = await Workbench.open({ endpoint: emulator.url, env: credentialEnvironment(home) });
      await workbench.openContainer();
    });

    afterEach(async function () {
      await workbench?.recordFailure(this.currentTest);
    });

    after(async () => {
      await workbench?.close();
      fs.rmSync(home, { recursive: true, force: true });
    });

    const shownText = async (): Promise<string> =>
      (await workbench.page.locator('.notification-toast, .part.sidebar, .statusbar').allInnerTexts()).join('\n');

    it('names the file, the line and the column beside the welcome, opens it there, and shows nothing of it', async () => {
      await workbench.view().getByText('A credentials file that these credentials need cannot be read').waitFor();
      await workbench.notification(/config\.json is not valid JSON: the problem is at line 9, column 5/).waitFor();
      // The notification goes away after a while; the view's title keeps saying where the file goes wrong.
      await workbench.clearNotifications();
      await workbench
        .view()
        .locator('.pane-header', { hasText: /config\.json: line 9, column 5/ })
        .waitFor();
      await workbench.screenshot('25-corrupt-config');
      const shown = await shownText();
      for (const secret of Object.values(secrets)) {
        assert.ok(!shown.includes(secret), `${secret} is on screen`);
      }
      await workbench.view().getByRole('button', { name: 'Open the File at the Problem' }).click();
      await workbench.page.locator('.tab', { hasText: 'config.json' }).waitFor();
      await workbench.statusItem(/Ln 9, Col 5/).waitFor();
      await workbench.screenshot('25b-corrupt-config-opened-at-the-problem');
      await workbench.runCommand('View: Close All Editors');
    });

    it('explains Select Regions… and Attach Network Interface… with our words only', async () => {
      await workbench.clearNotifications();
      await workbench.runCommand('Alibaba Cloud ECS: Select Regions…');
      // Each notification is read as soon as it shows: VS Code may fold earlier toasts away when a later one comes.
      const selectRegions = workbench.notification(/InvalidCredentialProfile/);
      await selectRegions.waitFor();
      const toldOnSelect = await selectRegions.innerText();
      await workbench.runCommand('Alibaba Cloud ECS: Attach Network Interface…');
      const attach = workbench.notification(/Couldn't list the regions/);
      await attach.waitFor();
      const toldOnAttach = await attach.innerText();
      assert.match(toldOnSelect, /config\.json is not valid JSON/);
      assert.match(toldOnAttach, /config\.json is not valid JSON/);
      const shown = `${toldOnSelect}\n${toldOnAttach}\n${await shownText()}`;
      for (const secret of Object.values(secrets)) {
        assert.ok(!shown.includes(secret), `${secret} is on screen`);
      }
      await workbench.screenshot('26-corrupt-config-select-regions');
    });

    it("wrote none of the secrets to any file of VS Code's, the log included, nor to the home folder", async () => {
      const root = path.dirname(workbench.server.userDataDir);
      await workbench.waitForLog(root, 'InvalidCredentialProfile');
      for (const secret of Object.values(secrets)) {
        assert.deepStrictEqual(filesHolding(root, secret), []);
        assert.deepStrictEqual(filesHolding(home, secret), [config], 'only the file itself holds it');
      }
    });
  });

  describe('a workspace whose settings name an endpoint', () => {
    let workbench: Workbench;

    before(async () => {
      workbench = await Workbench.open({ endpoint: emulator.url, endpointIn: 'workspace' });
    });

    afterEach(async function () {
      await workbench?.recordFailure(this.currentTest);
    });

    after(async () => {
      await workbench?.close();
    });

    it('asks before sending anything there, and uses it once the user agrees', async () => {
      const host = new URL(emulator.url).host;
      const dialog = workbench.page.locator('.monaco-dialog-box');
      await dialog.filter({ hasText: `send Alibaba Cloud ECS requests to ${host}` }).waitFor();
      assert.strictEqual(emulator.totalCalls(), 0, "nothing was sent to the workspace's endpoint before the answer");
      await workbench.screenshot('27-workspace-endpoint-consent');
      await dialog.getByRole('button', { name: `Use ${host} in This Workspace` }).click();
      await workbench.openContainer();
      await workbench.viewTitle(`endpoint ${host}`).waitFor();
      await workbench.expand(/China \(Hangzhou\)/);
      await workbench.expand(/^Instances/);
      await workbench.treeItem(/^web-1 /).waitFor();
    });
  });
});
