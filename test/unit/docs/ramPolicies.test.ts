import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ADDRESS_ACTIONS, ATTACH_DETACH_ACTIONS, BROWSE_ACTIONS, ECS_ACTIONS, LIFECYCLE_ACTIONS } from '../../../src/cloud/ecsActions';

/** From the compiled test folder (`out/test/unit/docs`) back to the repository. */
const REPO = path.resolve(__dirname, '..', '..', '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(REPO, file), 'utf8');

interface Statement {
  readonly Effect: string;
  readonly Action: string | readonly string[];
  readonly Resource: string | readonly string[];
}

/** A RAM policy as RAM documents it: `Version` "1" and a list of statements, nothing else at the top. */
function policy(file: string): { readonly Version: string; readonly Statement: readonly Statement[] } {
  const parsed = JSON.parse(read(file)) as unknown;
  assert.ok(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed), `${file}: not a JSON object`);
  const { Version, Statement: statements, ...rest } = parsed as Record<string, unknown>;
  assert.deepStrictEqual(Object.keys(rest), [], `${file}: unknown top-level keys`);
  assert.strictEqual(Version, '1', `${file}: Version must be "1"`);
  assert.ok(Array.isArray(statements) && statements.length > 0, `${file}: Statement must be a non-empty list`);
  return { Version, Statement: statements as Statement[] };
}

const listOf = (value: string | readonly string[]): readonly string[] => (typeof value === 'string' ? [value] : value);

/** The ECS actions a policy allows, without the `ecs:` prefix. */
function allowed(file: string): string[] {
  return policy(file).Statement.flatMap((statement) => listOf(statement.Action).map((action) => action.replace(/^ecs:/, '')));
}

/** The adapter's files that send calls: its reads and its writes, both through `SdkCaller`'s `call` and `raw`. */
const ADAPTER_SOURCES = ['src/cloud/sdkEcsReads.ts', 'src/cloud/sdkEcsApi.ts'];

/** Every action literal the SDK adapter passes to its two senders, read from its source. */
function actionsInAdapterSource(): Set<string> {
  const source = ADAPTER_SOURCES.map(read).join('\n');
  return new Set([...source.matchAll(/this\.(?:call|raw)(?:<[^>]*>)?\(\s*'([A-Za-z0-9]+)'/g)].map((match) => match[1] ?? ''));
}

const READ_ONLY = 'docs/ram/read-only.json';
const ATTACH_DETACH = 'docs/ram/attach-detach.json';
const MANAGE_ENIS = 'docs/ram/manage-enis.json';

describe('the RAM policies in docs/ram', () => {
  it('lists in src/cloud/ecsActions.ts exactly the actions the SDK adapter sends', () => {
    const sent = actionsInAdapterSource();
    assert.ok(sent.size >= 8, `only ${sent.size} actions found in sdkEcsApi.ts: the extraction broke`);
    assert.deepStrictEqual([...sent].sort(), [...ECS_ACTIONS].sort());
  });

  for (const file of [READ_ONLY, ATTACH_DETACH, MANAGE_ENIS]) {
    it(`${file} is a RAM policy of the documented shape: Allow statements of ecs: actions on "*"`, () => {
      for (const statement of policy(file).Statement) {
        assert.deepStrictEqual(Object.keys(statement).sort(), ['Action', 'Effect', 'Resource'], `${file}: statement keys`);
        assert.strictEqual(statement.Effect, 'Allow');
        assert.deepStrictEqual(listOf(statement.Resource), ['*']);
        const actions = listOf(statement.Action);
        assert.ok(actions.length > 0);
        for (const action of actions) {
          assert.match(action, /^ecs:[A-Z][A-Za-z0-9]+$/, `${file}: ${action} is not one named ECS action (no wildcards)`);
        }
      }
      const actions = allowed(file);
      assert.strictEqual(new Set(actions).size, actions.length, `${file}: an action is listed twice`);
    });
  }

  it('the read-only policy allows exactly what browsing needs, and no write', () => {
    assert.deepStrictEqual(allowed(READ_ONLY).sort(), [...BROWSE_ACTIONS].sort());
    assert.ok(allowed(READ_ONLY).every((action) => action.startsWith('Describe')));
  });

  it('the attach-and-detach policy allows what browsing, attach, detach and the instance power operations need, and nothing else', () => {
    assert.deepStrictEqual(allowed(ATTACH_DETACH).sort(), [...BROWSE_ACTIONS, ...ATTACH_DETACH_ACTIONS].sort());
  });

  it('the manage-ENIs policy allows every action the adapter sends, and nothing else', () => {
    const sent = actionsInAdapterSource();
    const granted = allowed(MANAGE_ENIS);
    assert.deepStrictEqual(
      [...sent].filter((action) => !granted.includes(action)),
      [],
      'sent by the code but missing from the policy',
    );
    assert.deepStrictEqual(
      granted.filter((action) => !sent.has(action)),
      [],
      'granted but never sent',
    );
    assert.deepStrictEqual(granted.sort(), [...BROWSE_ACTIONS, ...ATTACH_DETACH_ACTIONS, ...LIFECYCLE_ACTIONS, ...ADDRESS_ACTIONS].sort());
  });

  it('keeps stop, start and reboot, and the lifecycle actions, in statements of their own, so that they can be deleted alone', () => {
    const statements = (file: string): string[] =>
      policy(file).Statement.map((statement) => JSON.stringify([...listOf(statement.Action)].sort()));
    const stopStart = JSON.stringify(['ecs:RebootInstance', 'ecs:StartInstance', 'ecs:StopInstance']);
    assert.ok(statements(ATTACH_DETACH).includes(stopStart));
    assert.ok(statements(MANAGE_ENIS).includes(stopStart));
    assert.ok(statements(MANAGE_ENIS).includes(JSON.stringify(LIFECYCLE_ACTIONS.map((action) => `ecs:${action}`).sort())));
  });

  it('docs/ram-policies.md names every action and links every policy file', () => {
    const page = read('docs/ram-policies.md');
    for (const action of ECS_ACTIONS) {
      assert.ok(page.includes(`\`ecs:${action}\``), `ecs:${action} is not in the table of docs/ram-policies.md`);
    }
    for (const file of [READ_ONLY, ATTACH_DETACH, MANAGE_ENIS]) {
      assert.ok(page.includes(`(${file.replace('docs/', '')})`), `docs/ram-policies.md does not link ${file}`);
    }
  });
});
