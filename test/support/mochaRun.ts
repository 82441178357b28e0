import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface SuiteResult {
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
  readonly failures: string[];
}

export function testFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
}

/** Runs mocha over the compiled `*.test.js` files of a folder and counts the outcome. */
export async function runMocha(files: readonly string[], options: Mocha.MochaOptions = {}): Promise<SuiteResult> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, ...options });
  files.forEach((file) => mocha.addFile(file));
  await mocha.loadFilesAsync();
  return new Promise((resolve) => {
    const failures: string[] = [];
    const runner = mocha.run(() => {
      const stats = runner.stats;
      resolve({ passed: stats?.passes ?? 0, failed: stats?.failures ?? 0, pending: stats?.pending ?? 0, failures });
    });
    runner.on('fail', (test, error: Error) => failures.push(`${test.fullTitle()}: ${error.message}`));
  });
}
