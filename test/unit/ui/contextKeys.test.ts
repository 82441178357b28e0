import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as ContextKeysModule from '../../../src/ui/contextKeys';
import { withFakeVscode } from '../../support/fakeVscode';

const manifestText = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as { contributes: { views: Record<string, Array<{ id: string }>> } };

describe('the context keys', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded while require('vscode') answers with the stand-in
  const { CONTEXT_KEYS } = withFakeVscode(() => require('../../../src/ui/contextKeys') as typeof ContextKeysModule);

  it('are the very keys the manifest’s when clauses read (besides the views’ ids), each read somewhere', () => {
    const views = new Set(Object.values(manifest.contributes.views).flatMap((list) => list.map((view) => view.id)));
    const whenClauses = [...manifestText.matchAll(/"(?:when|enablement)": "([^"]*)"/g)].map((match) => match[1] ?? '');
    const read = new Set(whenClauses.flatMap((clause) => [...clause.matchAll(/alicloudEcs\.[\w.]+/g)].map((match) => match[0])));
    const keys = [...read].filter((key) => !views.has(key)).sort();
    assert.deepEqual(Object.values(CONTEXT_KEYS).sort(), keys);
  });
});
