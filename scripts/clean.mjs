// Removes build output folders, so that files of deleted sources never linger in out/ or dist/.
import * as fs from 'node:fs';

for (const folder of process.argv.slice(2)) {
  fs.rmSync(folder, { recursive: true, force: true });
}
