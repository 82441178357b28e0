import * as path from 'node:path';
import { REPO_ROOT } from '../headless/codeServer';
import { runInExtensionHost } from '../headless/runExtensionHostTests';

/** `node out/test/bench/runExtensionHostBench.js <results.json>`: the attach and detach figures, measured in VS Code. */
const resultsFile = process.argv[2] ?? path.join(REPO_ROOT, 'bench-extension-host.json');
runInExtensionHost(path.join(REPO_ROOT, 'out', 'test', 'bench', 'extensionHost', 'index.js'), resultsFile, (line) => {
  if (line.startsWith('bench:')) {
    console.log(line);
  }
}).then(
  () => undefined,
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
