// Writes docs/ram/*.json and the generated tables of docs/ram-policies.md from the map of src/domain/commandActions.ts.
// Run after `npm run compile` (npm run docs:ram does both); the unit test test/unit/docs/ramPolicies.test.ts fails
// whenever the files differ from what this writes.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { generatedRamDocs } = createRequire(import.meta.url)(join(repo, 'out', 'test', 'support', 'ramDocs.js'));
for (const [file, text] of generatedRamDocs(repo)) {
  writeFileSync(join(repo, file), text);
  console.log(`wrote ${file}`);
}
