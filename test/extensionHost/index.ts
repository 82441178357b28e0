import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runMocha, testFiles } from '../support/mochaRun';

/** Entry point that VS Code calls inside the extension host (code-server or @vscode/test-electron). */
export async function run(): Promise<void> {
  // The credentials suite rewrites ~/.aliyun/config.json: never let it touch a developer's own home folder.
  const isolated = process.env.ALICLOUD_ECS_ISOLATED_HOME;
  if (!isolated || path.resolve(isolated) !== path.resolve(os.homedir())) {
    throw new Error(
      `Refusing to run the extension-host suite: the home folder ${os.homedir()} is not an isolated test home ` +
        '(the runners set HOME and ALICLOUD_ECS_ISOLATED_HOME to a folder of their own).',
    );
  }
  // A developer runs some of the suite with ALICLOUD_ECS_GREP; the layer's floor fails such a run in `npm test`.
  const grep = process.env.ALICLOUD_ECS_GREP;
  const result = await runMocha(testFiles(__dirname), { timeout: 60_000, ...(grep ? { grep } : {}) });
  const resultsFile = process.env.ALICLOUD_ECS_TEST_RESULTS;
  if (resultsFile) {
    fs.writeFileSync(resultsFile, JSON.stringify(result));
  }
  if (result.failed > 0 || result.passed === 0) {
    throw new Error(`${result.failed} extension-host test(s) failed, ${result.passed} passed.`);
  }
}
