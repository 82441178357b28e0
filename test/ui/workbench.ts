import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../headless/browser';
import { REPO_ROOT, type RunningCodeServer, startCodeServer } from '../headless/codeServer';
import { filesHolding } from './files';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');

export const EMULATOR_CREDENTIALS = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: 'emulator-ak',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'emulator-secret',
  ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true',
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
};

/** The extension's own names in the workbench, per display language. */
const NAMES = {
  en: { container: 'Alibaba Cloud ECS', view: 'Resources' },
  'zh-cn': { container: '阿里云 ECS', view: '资源' },
} as const;

export type DisplayLanguage = keyof typeof NAMES;

/** A headless workbench with the extension under development loaded, driven by Playwright. */
export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly browser: Browser,
    readonly server: RunningCodeServer,
    private readonly language: DisplayLanguage,
  ) {}

  /**
   * Opens with the development folder loaded, or, given `vsix`, with that package installed instead. With `language`,
   * the workbench runs in that display language: code-server has no language pack offline, so the page is told the
   * language before it loads (`_VSCODE_NLS_LANGUAGE`, which the workbench reads and passes to the extension host as
   * `vscode.env.language`); VS Code's own words stay English, the extension's follow its l10n bundles.
   */
  static async open(options: {
    endpoint: string;
    env?: Record<string, string | undefined>;
    settings?: Record<string, unknown>;
    vsix?: string;
    language?: DisplayLanguage;
    /** Where the endpoint is written: the user's settings (as a user points it at the emulator), or the workspace's. */
    endpointIn?: 'user' | 'workspace';
    /** More extensions to install beside ours, as VSIX files (a test's helper extension). */
    alsoInstall?: readonly string[];
  }): Promise<Workbench> {
    const endpoint = { 'alicloudEcs.endpoint': options.endpoint };
    const server = await startCodeServer({
      userSettings: options.endpointIn === 'workspace' ? {} : endpoint,
      workspaceSettings: { ...(options.endpointIn === 'workspace' ? endpoint : {}), ...options.settings },
      env: { ...EMULATOR_CREDENTIALS, ...options.env },
      vsixFiles: [...(options.vsix ? [options.vsix] : []), ...(options.alsoInstall ?? [])],
    });
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const language = options.language ?? 'en';
    if (language !== 'en') {
      await page.addInitScript((locale) => {
        (globalThis as { _VSCODE_NLS_LANGUAGE?: string })._VSCODE_NLS_LANGUAGE = locale;
      }, language);
    }
    await page.goto(server.workbenchUrl(options.vsix ? {} : { extensionDevelopmentPath: REPO_ROOT }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return new Workbench(page, browser, server, language);
  }

  async openContainer(): Promise<void> {
    await this.page.locator(`.activitybar .action-label[aria-label*="${NAMES[this.language].container}"]`).click();
    await this.view().waitFor();
    await this.widenSidebar();
  }

  /** The resources view's pane. */
  view(): Locator {
    return this.page.locator('.pane').filter({ has: this.page.locator('.pane-header', { hasText: NAMES[this.language].view }) });
  }

  treeItem(name: string | RegExp): Locator {
    return this.view().getByRole('treeitem', { name }).first();
  }

  /** The Activity view's pane (collapsed until opened). */
  activityPane(): Locator {
    return this.page.locator('.pane').filter({ has: this.page.locator('.pane-header', { hasText: /^(Activity|活动)$/ }) });
  }

  /** Expands the Activity view under Resources. */
  async openActivity(): Promise<void> {
    const header = this.activityPane().locator('.pane-header');
    if ((await header.getAttribute('aria-expanded')) !== 'true') {
      await header.click();
    }
  }

  /** A row of the Activity view. */
  activityItem(name: string | RegExp): Locator {
    return this.activityPane().getByRole('treeitem', { name }).first();
  }

  /**
   * Expands a row, clicking again when the tree was redrawn under the click (a reload after a switch of account) or a
   * row's hover took it (under load the pointer's last row shows its table over the next one).
   */
  async expand(name: string | RegExp): Promise<void> {
    const item = this.treeItem(name);
    for (let attempt = 1; ; attempt += 1) {
      await item.waitFor();
      try {
        if ((await item.getAttribute('aria-expanded')) !== 'true') {
          // Away from the rows first, so that no row's hover lies over this one when it is clicked.
          await this.page.mouse.move(0, 0);
          await item.click({ timeout: 5_000 });
        }
        await this.page.waitForFunction((element) => element?.getAttribute('aria-expanded') === 'true', await item.elementHandle(), {
          timeout: 3_000,
        });
        return;
      } catch (error) {
        if (attempt === 4) {
          throw error;
        }
      }
    }
  }

  /** A title-bar action of the side bar that holds the view (the view is the container's only one). */
  /** Clicks an action of the Resources view's title (its pane header: the container holds Activity too). */
  async clickViewAction(title: string): Promise<void> {
    // Over the view's title, not its middle: a row's tooltip there would take the pointer.
    await this.page.mouse.move(0, 0);
    const header = this.view().locator('.pane-header');
    await header.hover({ position: { x: 20, y: 10 } });
    await header.locator(`.actions .action-label[aria-label^="${title}"]`).first().click();
  }

  /**
   * Clicks a view action that opens an input box, until the box shows. On a loaded machine the click's own move of the
   * focus can land after the box opened, and a box that loses the focus closes (as VS Code's own do): the user clicks
   * again, and so does the test, at most three times.
   */
  async openInputFromViewAction(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    for (let attempt = 1; ; attempt += 1) {
      await this.clickViewAction(title);
      try {
        await input.waitFor({ timeout: attempt < 3 ? 5000 : 15_000 });
        return;
      } catch (error) {
        if (attempt >= 3) {
          throw error;
        }
      }
    }
  }

  /** The Resources view's title (its pane header), once it holds this text (matched ignoring case). */
  viewTitle(text: string): Locator {
    return this.view().locator('.pane-header .title', { hasText: text });
  }

  async collapseAll(): Promise<void> {
    await this.clickViewAction('Collapse All');
  }

  /** Drags the side bar's edge so that rows show their descriptions in the screenshots. */
  async widenSidebar(width = 620): Promise<void> {
    const box = await this.page.locator('.part.sidebar').boundingBox();
    if (!box) {
      return;
    }
    const edge = box.x + box.width;
    await this.page.mouse.move(edge - 1, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, box.y + box.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  /**
   * Selects a row, or adds it to the selection (`add`), and waits until the tree says it is selected; clicks again when
   * a redraw under the click took it (a list redrawn as data arrives, on a loaded machine), at most three times.
   */
  async select(name: string | RegExp, add = false): Promise<void> {
    const item = this.treeItem(name);
    for (let attempt = 1; ; attempt += 1) {
      // A click that took late is not repeated: a second Ctrl-click would take the row out of the selection again.
      if (attempt > 1 && (await item.getAttribute('aria-selected')) === 'true') {
        return;
      }
      await item.click(add ? { modifiers: ['Control'] } : {});
      try {
        await this.page.waitForFunction((element) => element?.getAttribute('aria-selected') === 'true', await item.elementHandle(), {
          timeout: 3_000,
        });
        return;
      } catch (error) {
        if (attempt >= 3) {
          throw error;
        }
      }
    }
  }

  /** Right-clicks a row (of the Resources view, unless another row is given) and returns the context menu's entries. */
  async contextMenu(name: string | RegExp | Locator): Promise<string[]> {
    await (typeof name === 'string' || name instanceof RegExp ? this.treeItem(name) : name).click({ button: 'right' });
    const menu = this.page.locator('.monaco-menu-container .monaco-menu');
    await menu.first().waitFor();
    return (await menu.first().locator('.action-label').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
  }

  /** Chooses a context-menu entry: hover and Enter, since a menu ignores a click that comes right after it opened. */
  async clickMenuItem(label: string): Promise<void> {
    await this.page.locator('.monaco-menu-container .action-label', { hasText: label }).first().hover();
    await this.page.keyboard.press('Enter');
  }

  /** Types into the quick input (an input box or a picker) and accepts. */
  async answerQuickInput(text: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(text);
    await input.press('Enter');
  }

  /**
   * Answers the input box whose prompt holds `prompt`: one box follows another in the same widget, so the test waits
   * for the right prompt before it types.
   */
  async answerInputBox(prompt: string, text: string): Promise<void> {
    await this.page.locator('.quick-input-widget .quick-input-message', { hasText: prompt }).first().waitFor();
    const input = this.page.locator('.quick-input-widget input:visible').first();
    await input.fill(text);
    await input.press('Enter');
  }

  /** The notification toast that contains this text. */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.notification-toast').filter({ hasText: text }).first();
  }

  async clickNotificationButton(notification: Locator, label: string): Promise<void> {
    await notification.hover();
    await notification.getByRole('button', { name: label }).click();
  }

  /** Closes the browser pages that links opened, leaving the workbench's own. */
  async closeOtherPages(): Promise<void> {
    await Promise.all(
      this.page
        .context()
        .pages()
        .filter((page) => page !== this.page)
        .map((page) => page.close()),
    );
  }

  async clearNotifications(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.runCommand('Notifications: Clear All Notifications').catch(() => undefined);
  }

  /** Runs a command from the palette by its title. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await input.press('Enter');
  }

  /** Picks the quick-pick row that contains this text (after typing it into the filter). */
  async pickQuickItem(text: string, filter = text): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(filter);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first().click();
  }

  /** A status bar entry by its text. */
  statusItem(text: string | RegExp): Locator {
    return this.page.locator('.statusbar-item').filter({ hasText: text }).first();
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate('navigator.clipboard.readText()') as Promise<string>;
  }

  /** After each test: a screenshot named after a test that failed, for the CI artefacts. */
  async recordFailure(test: Mocha.Test | undefined): Promise<void> {
    if (test?.state === 'failed') {
      await this.screenshot(`failed-${test.title.replace(/\W+/g, '-')}`);
    }
  }

  /** Waits until the extension's log file under `root` holds `text` (VS Code writes it out in the background). */
  async waitForLog(root: string, text: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!filesHolding(root, text).some((file) => file.endsWith('.log'))) {
      if (Date.now() > deadline) {
        throw new Error(`waited ${timeoutMs} ms for the extension's log under ${root} to hold "${text}"`);
      }
      // VS Code flushes the log on its own timer; there is no event to wait for from outside, so look again shortly.
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.stop();
  }
}
