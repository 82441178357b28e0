import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as RegisterTools from '../../../src/tools/registerTools';
import { withFakeVscode } from '../../support/fakeVscode';

interface Schema {
  readonly type: string;
  readonly properties: Record<string, { readonly description?: string; readonly type?: string }>;
  readonly required: readonly string[];
  readonly additionalProperties: boolean;
}

interface ToolContribution {
  readonly name: string;
  readonly toolReferenceName: string;
  readonly displayName: string;
  readonly userDescription: string;
  readonly modelDescription: string;
  readonly when?: string;
  readonly inputSchema: Schema;
}

const root = path.join(__dirname, '..', '..', '..', '..');
const read = (file: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const manifest = read('package.json') as { contributes: { languageModelTools: ToolContribution[] } };
const english = read('package.nls.json') as Record<string, string>;
const chinese = read('package.nls.zh-cn.json') as Record<string, string>;
const tools = manifest.contributes.languageModelTools;
const text = (value: string, bundle: Record<string, string>): string => bundle[/^%(.*)%$/.exec(value)?.[1] ?? ''] ?? '';

describe('the language-model tools in the manifest', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded while require('vscode') answers with the stand-in
  const { READ_TOOLS, WRITE_TOOLS } = withFakeVscode(() => require('../../../src/tools/registerTools') as typeof RegisterTools);

  it('are the tools the extension registers, read tools and write tools', () => {
    assert.deepEqual(tools.map((tool) => tool.name).sort(), [...READ_TOOLS, ...WRITE_TOOLS].sort());
  });

  it('offer the write tools only when read-only mode is off, and the read tools always', () => {
    for (const tool of tools) {
      assert.equal(tool.when, (WRITE_TOOLS as readonly string[]).includes(tool.name) ? '!alicloudEcs.readOnly' : undefined, tool.name);
    }
  });

  for (const tool of tools) {
    it(`${tool.name}: a name VS Code accepts, its words in English and Chinese, every input described`, () => {
      assert.match(tool.name, /^(?!copilot_|vscode_)[\w-]+$/);
      assert.match(tool.toolReferenceName, /^[\w-]+$/);
      for (const field of [tool.displayName, tool.userDescription, tool.modelDescription]) {
        assert.ok(text(field, english).length > 0, `${field} has no English`);
        assert.ok(text(field, chinese).length > 0, `${field} has no Chinese`);
      }
      const description = text(tool.modelDescription, english);
      const writes = (WRITE_TOOLS as readonly string[]).includes(tool.name);
      // VS Code's guidance: say what it does, what it returns, and its side effects.
      assert.match(description, /[Rr]eturns|Lists|Reads/);
      assert.match(description, writes ? /Changes ECS; set dryRun/ : /Reads only|Sends only reads/);
      assert.equal(tool.inputSchema.type, 'object');
      assert.equal(tool.inputSchema.additionalProperties, false);
      for (const name of tool.inputSchema.required) {
        assert.ok(tool.inputSchema.properties[name], `${name} is required but not described`);
      }
      for (const [name, property] of Object.entries(tool.inputSchema.properties)) {
        assert.ok(text(property.description ?? '', english), `${name} has no English description`);
        assert.ok(text(property.description ?? '', chinese), `${name} has no Chinese description`);
      }
      assert.equal('dryRun' in tool.inputSchema.properties, writes, 'every write tool, and only they, can dry-run');
    });
  }
});
