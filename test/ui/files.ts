import * as fs from 'node:fs';
import * as path from 'node:path';

/** Every file under a folder whose content holds `text`. */
export function filesHolding(folder: string, text: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && fs.readFileSync(file).includes(text)) {
      found.push(file);
    }
  }
  return found;
}
