import * as fs from 'node:fs';
import * as path from 'node:path';
import { runMocha, testFiles } from './mochaRun';

/** `node out/test/support/runSuite.js <unit|contract|ui> <results.json>`: one test layer in plain Node. */
async function main(): Promise<void> {
  const [layer, resultsFile] = process.argv.slice(2);
  if (!layer || !resultsFile) {
    throw new Error('usage: runSuite.js <layer folder under out/test> <results file>');
  }
  const timeouts: Record<string, number> = { unit: 10_000, contract: 30_000, ui: 180_000 };
  const result = await runMocha(testFiles(path.resolve(__dirname, '..', layer)), { timeout: timeouts[layer] ?? 30_000 });
  fs.writeFileSync(resultsFile, JSON.stringify(result));
  process.exitCode = result.failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
