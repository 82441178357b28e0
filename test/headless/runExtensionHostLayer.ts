import * as fs from 'node:fs';
import { runExtensionHostTests } from './runExtensionHostTests';

/** `node out/test/headless/runExtensionHostLayer.js <results.json>`: the extension-host layer in code-server. */
const resultsFile = process.argv[2];
runExtensionHostTests().then(
  (result) => {
    if (resultsFile) {
      fs.writeFileSync(resultsFile, JSON.stringify(result));
    }
    process.exitCode = result.failed > 0 || result.passed === 0 ? 1 : 0;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
