import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeKeys, domainKeys, placeholders, readJson, REPO } from '../../support/l10nKeys';

/** Every string a user sees has a Simplified Chinese text, with the same placeholders. */
describe('Simplified Chinese for every user-visible string', () => {
  const bundle = readJson('l10n/bundle.l10n.zh-cn.json');

  const samePlaceholders = (source: Record<string, string>, translated: Record<string, string>, keys: Iterable<string>): string[] =>
    [...keys].filter((key) => translated[key] !== undefined
      && JSON.stringify(placeholders(source[key] ?? key)) !== JSON.stringify(placeholders(translated[key] ?? '')));

  it('passes vscode.l10n.t only string literals, besides the domain\'s words in ui/localized.ts', () => {
    assert.deepStrictEqual(codeKeys().dynamic.filter((where) => !where.startsWith(path.join('src', 'ui', 'localized.ts'))), []);
  });

  it('translates every message of the code and of the domain, and keeps no translation nobody asks for', () => {
    const wanted = new Set([...codeKeys().keys, ...domainKeys()]);
    assert.ok(wanted.size > 300, `only ${wanted.size} messages found: the extraction broke`);
    assert.deepStrictEqual([...wanted].filter((key) => !bundle[key]?.trim()), [], 'messages without a Chinese text');
    assert.deepStrictEqual(Object.keys(bundle).filter((key) => !wanted.has(key)), [], 'translations of messages no longer used');
  });

  it('keeps each message\'s placeholders in its translation', () => {
    assert.deepStrictEqual(samePlaceholders({}, bundle, Object.keys(bundle)), []);
  });

  it('translates every %key% of the manifest, in both languages, with the same keys', () => {
    const english = readJson('package.nls.json');
    const chinese = readJson('package.nls.zh-cn.json');
    const manifest = fs.readFileSync(path.join(REPO, 'package.json'), 'utf8');
    const used = new Set([...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1] ?? ''));
    assert.deepStrictEqual([...used].filter((key) => !english[key]), [], 'manifest keys without English');
    assert.deepStrictEqual(Object.keys(english).filter((key) => !used.has(key)), [], 'English keys the manifest does not use');
    assert.deepStrictEqual(Object.keys(english).filter((key) => !chinese[key]?.trim()).sort(), [], 'manifest keys without Chinese');
    assert.deepStrictEqual(Object.keys(chinese).filter((key) => english[key] === undefined), []);
    assert.deepStrictEqual(samePlaceholders(english, chinese, Object.keys(english)), []);
  });

  it('reads like Chinese: no translation is the English left as it was, product names aside', () => {
    const sameInBoth = new Set(['AccessKey {0}']);
    const untranslated = Object.entries(bundle)
      .filter(([key, value]) => value === key && !sameInBoth.has(key) && /[a-z]{3}/.test(key.replace(/\{\d+\}/g, '')));
    assert.deepStrictEqual(untranslated.map(([key]) => key), []);
  });
});
