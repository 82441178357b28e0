import * as vscode from 'vscode';
import { answer, failureAnswer } from './toolAnswers';
import { checkAttach, describeResource, findResources, listRegions } from './readTools';
import type { ToolParts } from './toolParts';
import { WriteTool, type WriteToolSpec } from './writeTool';

/** Every tool the manifest contributes (`languageModelTools`), by name: a unit test holds the two to each other. */
export const READ_TOOLS = [
  'alicloud_ecs_list_regions',
  'alicloud_ecs_find_resources',
  'alicloud_ecs_describe_resource',
  'alicloud_ecs_check_attach',
] as const;
export const WRITE_TOOLS = [
  'alicloud_ecs_attach_eni',
  'alicloud_ecs_detach_eni',
  'alicloud_ecs_create_eni',
  'alicloud_ecs_assign_addresses',
  'alicloud_ecs_run_fix_it',
] as const;

/** Whatever a tool meets on the way (a read that fails) comes back as a code and its meaning, never a library's words. */
async function safely(parts: ToolParts, work: () => Promise<vscode.LanguageModelToolResult>): Promise<vscode.LanguageModelToolResult> {
  try {
    return await work();
  } catch (error) {
    parts.operations.log.error('A language-model tool failed', error);
    return answer({ outcome: 'failed', failure: failureAnswer(parts.failureOf(error)) });
  }
}

const WRITES: ReadonlyArray<WriteToolSpec & { readonly name: (typeof WRITE_TOOLS)[number] }> = [
  {
    name: 'alicloud_ecs_attach_eni',
    fields: ['regionId', 'networkInterfaceId', 'instanceId'],
    title: () => vscode.l10n.t('Attach a network interface in Alibaba Cloud ECS?'),
    propose: (parts, f) =>
      parts.plans().proposeAttach(parts.operations, f.regionId as string, f.networkInterfaceId as string, f.instanceId as string),
  },
  {
    name: 'alicloud_ecs_detach_eni',
    fields: ['regionId', 'networkInterfaceId'],
    title: () => vscode.l10n.t('Detach a network interface in Alibaba Cloud ECS?'),
    propose: (parts, f) => parts.plans().proposeDetach(parts.operations, f.regionId as string, f.networkInterfaceId as string),
  },
  {
    name: 'alicloud_ecs_create_eni',
    fields: ['regionId', 'vSwitchId', 'securityGroupIds', 'name', 'description'],
    title: () => vscode.l10n.t('Create a network interface in Alibaba Cloud ECS?'),
    propose: (parts, f) =>
      parts.plans().proposeCreate(parts.operations, {
        regionId: f.regionId as string,
        vSwitchId: f.vSwitchId as string,
        securityGroupIds: [...(f.securityGroupIds as string[])],
        name: (f.name as string | undefined) ?? '',
        description: (f.description as string | undefined) ?? '',
      }),
  },
  {
    name: 'alicloud_ecs_assign_addresses',
    fields: ['regionId', 'networkInterfaceId', 'family', 'count'],
    title: () => vscode.l10n.t('Assign addresses to a network interface in Alibaba Cloud ECS?'),
    propose: (parts, f) =>
      parts
        .plans()
        .proposeAssign(
          parts.operations,
          f.regionId as string,
          f.networkInterfaceId as string,
          f.family as 'ipv4' | 'ipv6',
          f.count as number,
        ),
  },
  {
    name: 'alicloud_ecs_run_fix_it',
    fields: ['regionId', 'networkInterfaceId', 'instanceId'],
    title: () => vscode.l10n.t('Run a fix-it in Alibaba Cloud ECS?'),
    propose: (parts, f) =>
      parts.plans().proposeFixIt(parts.operations, f.regionId as string, f.networkInterfaceId as string, f.instanceId as string),
  },
];

/** Registers every tool; the read tools run without a question, the write tools show their plan first. */
export function registerTools(parts: ToolParts): {
  readonly tools: ReadonlyMap<string, vscode.LanguageModelTool<unknown>>;
  readonly disposables: vscode.Disposable[];
} {
  const read = (run: (input: unknown) => Promise<vscode.LanguageModelToolResult>): vscode.LanguageModelTool<unknown> => ({
    prepareInvocation: () => ({ invocationMessage: vscode.l10n.t('Reading Alibaba Cloud ECS…') }),
    invoke: (options) => safely(parts, () => run(options.input)),
  });
  const reads: Record<(typeof READ_TOOLS)[number], vscode.LanguageModelTool<unknown>> = {
    alicloud_ecs_list_regions: read(() => listRegions(parts)),
    alicloud_ecs_find_resources: read((input) => findResources(parts, input)),
    alicloud_ecs_describe_resource: read((input) => describeResource(parts, input)),
    alicloud_ecs_check_attach: read((input) => checkAttach(parts, input)),
  };
  const writes = WRITES.map((spec): [string, vscode.LanguageModelTool<unknown>] => {
    const tool = new WriteTool(parts, spec);
    return [
      spec.name,
      {
        prepareInvocation: (options, token) =>
          tool.prepareInvocation(options).catch((error: unknown) => {
            parts.operations.log.error('A language-model tool could not prepare its plan', error);
            return token.isCancellationRequested ? undefined : { invocationMessage: vscode.l10n.t('Checking, sending nothing…') };
          }),
        invoke: (options, token) => safely(parts, () => tool.invoke(options, token)),
      },
    ];
  });
  const tools = new Map([...Object.entries(reads), ...writes]);
  return { tools, disposables: [...tools].map(([name, tool]) => vscode.lm.registerTool(name, tool)) };
}
