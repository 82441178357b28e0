import * as fs from 'node:fs';
import { runMocha, testFiles } from '../support/mochaRun';

/** Entry point that VS Code calls inside the extension host (code-server or @vscode/test-electron). */
export async function run(): Promise<void> {
  const result = await runMocha(testFiles(__dirname), { timeout: 60_000 });
  const resultsFile = process.env.ALICLOUD_ECS_TEST_RESULTS;
  if (resultsFile) {
    fs.writeFileSync(resultsFile, JSON.stringify(result));
  }
  if (result.failed > 0 || result.passed === 0) {
    throw new Error(`${result.failed} extension-host test(s) failed, ${result.passed} passed.`);
  }
}
