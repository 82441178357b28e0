import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeCliConfig } from './credentialHome';

/**
 * `node out/test/support/prepareTestHome.js <folder>`: a home folder for the extension-host suite run from the debugger
 * (the suite rewrites ~/.aliyun/config.json; it must never be the developer's own).
 */
const folder = process.argv[2];
if (!folder) {
  console.error('usage: prepareTestHome.js <folder>');
  process.exit(2);
}
const home = path.resolve(folder);
fs.rmSync(home, { recursive: true, force: true });
fs.mkdirSync(home, { recursive: true });
writeCliConfig(home);
console.log(`Test home ready: ${home}`);
