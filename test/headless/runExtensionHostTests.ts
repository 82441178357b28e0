import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { credentialEnvironment, makeCredentialHome } from '../support/credentialHome';
import { makeTestTls, trustTestAuthority } from '../support/testProxy';
import type { SuiteResult } from '../support/mochaRun';
import { launchBrowser } from './browser';
import { REPO_ROOT, startCodeServer } from './codeServer';

const SUITE_TIMEOUT_MS = 10 * 60 * 1000;

/** Runs the extension-host mocha suite inside a headless code-server and reports its counts. */
export async function runExtensionHostTests(log: (line: string) => void = console.log): Promise<SuiteResult> {
  const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-results-')), 'extension-host.json');
  await runInExtensionHost(path.join(REPO_ROOT, 'out', 'test', 'extensionHost', 'index.js'), resultsFile, log);
  return JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as SuiteResult;
}

/** Runs a module's `run()` inside the extension host of a headless code-server; it writes `resultsFile` itself. */
export async function runInExtensionHost(
  testsModule: string,
  resultsFile: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  // Credentials come as an ECS user keeps them: aliyun CLI profiles in the home folder (the suite switches between them).
  const home = makeCredentialHome(true);
  // The proxy suite's emulator speaks https under a name only its proxy resolves, with a certificate of a test authority.
  const tlsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-tls-'));
  const untrust = trustTestAuthority(makeTestTls(tlsDir));
  const server = await startCodeServer({
    log,
    env: {
      ...credentialEnvironment(home),
      ALICLOUD_ECS_TEST_RESULTS: resultsFile,
      ALICLOUD_ECS_TEST_TLS_DIR: tlsDir,
      ALICLOUD_ECS_TEST_TLS_TRUSTED: untrust ? '1' : undefined,
    },
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let exitCode: number | undefined;
    const exited = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => {
        exitCode = code;
        resolve(code);
      });
    });
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      log(format(...args));
    });
    await page.goto(
      server.workbenchUrl({
        extensionDevelopmentPath: REPO_ROOT,
        extensionTestsPath: testsModule,
      }),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`The extension-host suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s.`)),
        SUITE_TIMEOUT_MS,
      );
    });
    await Promise.race([exited, timeout]).finally(() => clearTimeout(timer));
    if (!fs.existsSync(resultsFile)) {
      throw new Error(`The extension-host run ended with exit code ${exitCode} and wrote no results.`);
    }
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(home, { recursive: true, force: true });
    untrust?.();
    fs.rmSync(tlsDir, { recursive: true, force: true });
  }
}
