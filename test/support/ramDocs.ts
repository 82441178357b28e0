import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMAND_ACTIONS, type CommandKey, POLICY_TIERS } from '../../src/domain/commandActions';
import { actionTable, commandTable, ONE_REGION_EXAMPLE, ONE_REGION_FILE, POLICY_FILES, policyText } from '../../src/domain/ramPolicies';

/** How the table names what is not a command of the palette: the view itself and the fix-its commands offer. */
const OTHER_LABELS: Readonly<Record<string, string>> = {
  view: 'the Resources view: loading, expanding, following changing rows, hovering an instance',
  'fixIt.rebootThenAttach': 'fix-it **Reboot, then Attach** (an instance last started before April 2018)',
  'fixIt.stopAttachStart': 'fix-it **Stop, Attach and Start Again** (a type that attaches only when Stopped)',
  'fixIt.waitThenAttach': 'fix-it **Wait, then Attach**',
  'fixIt.detachOneFirst': 'fix-it **Detach One First…** (the instance at its ENI limit)',
  'fixIt.createInItsVSwitchAndAttach': 'fix-it **Create One in Its vSwitch and Attach…** (another zone or VPC)',
  'tool.alicloud_ecs_list_regions': 'agent tool `alicloud_ecs_list_regions`',
  'tool.alicloud_ecs_find_resources': 'agent tool `alicloud_ecs_find_resources`',
  'tool.alicloud_ecs_describe_resource': 'agent tool `alicloud_ecs_describe_resource`',
  'tool.alicloud_ecs_check_attach': 'agent tool `alicloud_ecs_check_attach` (sends only reads)',
  'tool.alicloud_ecs_attach_eni': 'agent tool `alicloud_ecs_attach_eni` (stop-attach-start when the type needs it)',
  'tool.alicloud_ecs_detach_eni': 'agent tool `alicloud_ecs_detach_eni`',
  'tool.alicloud_ecs_create_eni': 'agent tool `alicloud_ecs_create_eni`',
  'tool.alicloud_ecs_assign_addresses': 'agent tool `alicloud_ecs_assign_addresses`',
  'tool.alicloud_ecs_run_fix_it': 'agent tool `alicloud_ecs_run_fix_it` (reboot or wait, then attach)',
};

/** The palette's title of each contributed command (`package.nls.json`), with its id. */
function commandTitles(repo: string): Map<string, string> {
  const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(repo, file), 'utf8'));
  const manifest = read('package.json') as { contributes: { commands: Array<{ command: string; title: string }> } };
  const strings = read('package.nls.json') as Record<string, string>;
  return new Map(manifest.contributes.commands.map(({ command, title }) => [command, strings[title.replace(/^%|%$/g, '')] ?? title]));
}

export const GENERATED_BEGIN = (name: string): string => `<!-- generated: ${name} (npm run docs:ram) -->`;
export const GENERATED_END = '<!-- end generated -->';

/** `text` with the block `name` replaced by `content`. */
function withBlock(text: string, name: string, content: string): string {
  const begin = text.indexOf(GENERATED_BEGIN(name));
  const end = text.indexOf(GENERATED_END, begin);
  if (begin < 0 || end < 0) {
    throw new Error(`docs/ram-policies.md has no generated block "${name}"`);
  }
  return `${text.slice(0, begin)}${GENERATED_BEGIN(name)}\n\n${content}\n\n${text.slice(end)}`;
}

/** Every file the map generates, by its path from the repository's root, with the text it must hold. */
export function generatedRamDocs(repo: string): Map<string, string> {
  const titles = commandTitles(repo);
  const title = (key: CommandKey): string => {
    const palette = titles.get(key);
    return palette ? `**${palette.replace(/…$/, '')}** (\`${key}\`)` : (OTHER_LABELS[key] ?? key);
  };
  const files = new Map<string, string>(POLICY_TIERS.map((tier) => [POLICY_FILES[tier], policyText(tier)]));
  files.set(ONE_REGION_FILE, policyText('manage-enis', ONE_REGION_EXAMPLE));
  const markdown = fs.readFileSync(path.join(repo, 'docs', 'ram-policies.md'), 'utf8');
  files.set('docs/ram-policies.md', withBlock(withBlock(markdown, 'commands', commandTable(title)), 'actions', actionTable()));
  return files;
}

/** The keys of the map that are neither a contributed command nor labelled here. */
export function unlabelledKeys(repo: string): string[] {
  const titles = commandTitles(repo);
  return Object.keys(COMMAND_ACTIONS).filter((key) => !titles.has(key) && OTHER_LABELS[key] === undefined);
}

export { commandTitles };
