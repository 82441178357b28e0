import * as fs from 'node:fs';
import * as path from 'node:path';
import { ADDRESS_TEXTS } from '../../src/domain/addressRules';
import { RULE_TEXTS } from '../../src/domain/attachRules';
import { catalogueCodes, explain } from '../../src/domain/errorCatalogue';
import { INSTANCE_TEXTS } from '../../src/domain/instanceRules';
import { GUEST_TEXTS } from '../../src/domain/cloudAssistantRules';
import { LIFECYCLE_TEXTS } from '../../src/domain/lifecycleRules';
import { NAMING_TEXTS } from '../../src/domain/namingRules';

export const REPO = path.resolve(__dirname, '..', '..', '..');

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const CALL = /l10n\.t\(\s*(?:(['"])((?:\\.|(?!\1)[^\\])*)\1)?/g;

/** Where code calls `l10n.t` with something other than a string literal (only the domain's words may be passed so). */
export interface L10nCalls {
  readonly keys: ReadonlySet<string>;
  readonly dynamic: readonly string[];
}

/** The messages `vscode.l10n.t` is called with in `src/`, read from the source as the l10n tooling would. */
export function codeKeys(): L10nCalls {
  const keys = new Set<string>();
  const dynamic: string[] = [];
  for (const file of sourceFiles(path.join(REPO, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(CALL)) {
      if (match[2] === undefined) {
        dynamic.push(`${path.relative(REPO, file)}:${text.slice(0, match.index).split('\n').length}`);
      } else {
        keys.add(match[2].replace(/\\(.)/g, '$1'));
      }
    }
  }
  return { keys, dynamic };
}

/** The words the domain hands to the UI for translation: rule reasons, and the catalogue's meanings and advice. */
export function domainKeys(): Set<string> {
  const keys = new Set<string>([
    ...Object.values(RULE_TEXTS),
    ...Object.values(LIFECYCLE_TEXTS),
    ...Object.values(NAMING_TEXTS),
    ...Object.values(INSTANCE_TEXTS),
    ...Object.values(ADDRESS_TEXTS),
    ...Object.values(GUEST_TEXTS),
  ]);
  for (const code of [...catalogueCodes(), 'Throttling.Something', 'Some.UnknownCode']) {
    const explanation = explain(code);
    keys.add(explanation.meaning);
    keys.add(explanation.advice);
  }
  return keys;
}

export function readJson(relative: string): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(REPO, relative), 'utf8')) as Record<string, string>;
}

/** `{0}`, `{1}`… of a message, sorted. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
}
