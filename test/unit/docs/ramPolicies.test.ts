import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { API_ACTION_NAMES, API_ACTIONS, type ApiActionName } from '../../../src/domain/apiActions';
import { actionsOf, actionsOfTier, COMMAND_ACTIONS, type CommandKey, isCommandKey } from '../../../src/domain/commandActions';
import { policyOf, ramActions } from '../../../src/domain/ramPolicies';
import { commandTitles, generatedRamDocs, unlabelledKeys } from '../../support/ramDocs';

/** From the compiled test folder (`out/test/unit/docs`) back to the repository. */
const REPO = path.resolve(__dirname, '..', '..', '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(REPO, file), 'utf8');

/** The adapter's files that send calls: its reads and its writes, both through `SdkCaller`'s `call` and `raw`. */
const ADAPTER_SOURCES = ['src/cloud/sdkEcsReads.ts', 'src/cloud/sdkCloudAssistant.ts', 'src/cloud/sdkEcsApi.ts'];

/** Every action literal the SDK adapter passes to its two senders, read from its source. */
function actionsInAdapterSource(): Set<string> {
  const source = ADAPTER_SOURCES.map(read).join('\n');
  return new Set([...source.matchAll(/this\.(?:call|raw)(?:<[^>]*>)?\(\s*'([A-Za-z0-9]+)'/g)].map((match) => match[1] ?? ''));
}

const keys = Object.keys(COMMAND_ACTIONS) as CommandKey[];

describe('the map of commands to API actions, and the RAM policies generated from it', () => {
  it('names exactly the actions the SDK adapter sends, each once', () => {
    const sent = actionsInAdapterSource();
    assert.ok(sent.size >= 8, `only ${sent.size} actions found in the adapter: the extraction broke`);
    assert.deepStrictEqual([...sent].sort(), [...API_ACTION_NAMES].sort());
  });

  it('has an entry for every command the extension contributes, and names only commands, fix-its and the view', () => {
    const contributed = [...commandTitles(REPO).keys()];
    assert.deepStrictEqual(
      contributed.filter((command) => !isCommandKey(command)),
      [],
      'a contributed command the map does not name',
    );
    assert.deepStrictEqual(unlabelledKeys(REPO), [], 'a key of the map that is neither a command nor a labelled fix-it');
  });

  it('offers only entries of the map, and every action is sent by some command', () => {
    for (const key of keys) {
      const offers: readonly string[] = (COMMAND_ACTIONS[key] as { offers?: readonly string[] }).offers ?? [];
      assert.deepStrictEqual(
        offers.filter((offered) => !isCommandKey(offered)),
        [],
        `${key} offers an unknown entry`,
      );
    }
    const used = new Set(keys.flatMap((key) => [...actionsOf(key)]));
    assert.deepStrictEqual(
      API_ACTION_NAMES.filter((action) => !used.has(action)),
      [],
    );
  });

  it('lets a read-only command send no write, and covers in the read-only policy everything the view reads', () => {
    const readOnly = actionsOfTier('read-only');
    assert.deepStrictEqual(
      [...readOnly].filter((action) => API_ACTIONS[action].access === 'write'),
      [],
    );
    for (const action of actionsOf('view')) {
      assert.ok(readOnly.has(action), `the view reads ${action}`);
    }
  });

  it('covers with each command’s policy the fix-its it offers', () => {
    for (const key of keys) {
      const granted = actionsOfTier(COMMAND_ACTIONS[key].tier);
      assert.deepStrictEqual(
        [...actionsOf(key)].filter((action) => !granted.has(action)),
        [],
        `${key}: its policy lacks what it (or a fix-it it offers) sends`,
      );
    }
  });

  it('names in the policies the RAM action the reference names: vpc:DescribeVSwitches, none for the regions and types', () => {
    const manage = policyOf('manage-enis').Statement.flatMap((statement) => statement.Action);
    assert.ok(manage.includes('vpc:DescribeVSwitches'));
    assert.ok(!manage.includes('ecs:DescribeVSwitches'));
    assert.ok(!manage.some((action) => /DescribeRegions|DescribeInstanceTypes/.test(action)));
    assert.deepStrictEqual(ramActions(['AttachNetworkInterface'] as ApiActionName[]), ['ecs:AttachNetworkInterface']);
    for (const action of manage) {
      assert.match(action, /^(ecs|vpc):[A-Z][A-Za-z0-9]+$/, `${action} is not one named action (no wildcards)`);
    }
  });

  it('keeps stop, start and reboot in a statement of their own, so that it can be deleted alone', () => {
    for (const tier of ['attach-detach', 'manage-enis'] as const) {
      const power = policyOf(tier).Statement.filter((statement) => statement.Action.some((action) => action.endsWith('Instance')));
      assert.deepStrictEqual(
        power.map((statement) => [...statement.Action].sort()),
        [['ecs:RebootInstance', 'ecs:StartInstance', 'ecs:StopInstance']],
      );
    }
  });

  it('matches docs/ram/*.json and the tables of docs/ram-policies.md to what the map generates (npm run docs:ram)', () => {
    for (const [file, text] of generatedRamDocs(REPO)) {
      assert.ok(read(file) === text, `${file} differs from what the map generates: run npm run docs:ram`);
    }
  });
});
