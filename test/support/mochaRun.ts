import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface SuiteResult {
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
  readonly failures: string[];
  /** The slowest test of the run, to watch for tests that drift towards their timeout. */
  readonly slowest?: { readonly title: string; readonly ms: number };
}

export function testFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
}

/**
 * Runs mocha over the compiled `*.test.js` files of a folder and counts the outcome. An `.only` or a skipped
 * (pending) test fails the run: a layer that quietly ran less than it holds must not read as green.
 */
export async function runMocha(files: readonly string[], options: Mocha.MochaOptions = {}): Promise<SuiteResult> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, ...options, forbidOnly: true, forbidPending: true });
  files.forEach((file) => mocha.addFile(file));
  try {
    await mocha.loadFilesAsync();
  } catch (error) {
    // Mocha refuses an `.only` or a skip while loading the files.
    return { passed: 0, failed: 1, pending: 0, failures: [`loading the tests: ${(error as Error).message}`] };
  }
  return new Promise((resolve) => {
    const failures: string[] = [];
    let slowest: { title: string; ms: number } | undefined;
    const runner = mocha.run(() => {
      const stats = runner.stats;
      const pending = stats?.pending ?? 0;
      resolve({
        passed: stats?.passes ?? 0,
        failed: (stats?.failures ?? 0) + pending,
        pending,
        failures,
        ...(slowest ? { slowest } : {}),
      });
    });
    runner.on('pass', (test) => {
      if (test.duration !== undefined && test.duration > (slowest?.ms ?? -1)) {
        slowest = { title: test.fullTitle(), ms: test.duration };
      }
    });
    runner.on('pending', (test) => failures.push(`${test.fullTitle()}: skipped (pending tests are not allowed)`));
    runner.on('fail', (test, error: Error) => failures.push(`${test.fullTitle()}: ${error.message}`));
  });
}
