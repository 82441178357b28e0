import type * as vscode from 'vscode';
import { eniSummary, instanceSummary } from '../api/apiAnswers';
import type { AgentPlan } from '../commands/agents/agentPlans';
import { addressesOf, type NetworkInterface } from '../domain/networkInterface';
import type { Instance } from '../domain/instance';
import { answer, failureAnswer, inputProblemAnswer, OTHER_PEOPLES_TEXT, refusalFields } from './toolAnswers';
import { isInputProblem, readInput } from './toolInput';
import type { ToolParts } from './toolParts';

/** The tools that only read: they run without a question, and send nothing but reads. */

const MAX_FOUND = 20;

export async function listRegions(parts: ToolParts): Promise<vscode.LanguageModelToolResult> {
  const regions = await parts.operations.store.shownRegions();
  return answer({
    regions: regions.map((region) => ({ regionId: region.regionId, name: region.localName })),
    readOnlyMode: parts.readOnly(),
    note: 'These are the regions the Resources view shows; the person chooses more with Select Regions….',
  });
}

/** How a resource matches a query: its id, one of its addresses, a `key=value` tag, or a part of its name. */
function matches(query: string, id: string, name: string, addresses: readonly string[], tags: Instance['tags']): boolean {
  const wanted = query.trim();
  const equals = wanted.indexOf('=');
  if (equals > 0) {
    const key = wanted.slice(0, equals);
    const value = wanted.slice(equals + 1);
    return tags.some((tag) => tag.key === key && tag.value === value);
  }
  return id === wanted || addresses.includes(wanted) || (name !== '' && name.toLowerCase().includes(wanted.toLowerCase()));
}

const instanceAddresses = (instance: Instance): string[] => [instance.privateIpAddress].filter((address) => address !== '');
const eniAddresses = (eni: NetworkInterface): string[] => [
  ...addressesOf(eni).map(({ address }) => address),
  ...(eni.publicIpAddress ? [eni.publicIpAddress] : []),
];

export async function findResources(parts: ToolParts, input: unknown): Promise<vscode.LanguageModelToolResult> {
  const fields = readInput(input, ['query']);
  if (isInputProblem(fields)) {
    return inputProblemAnswer(fields);
  }
  const query = fields.query as string;
  const { store } = parts.operations;
  const regions = await store.shownRegions();
  const found: Array<Record<string, unknown>> = [];
  const failed: Array<Record<string, unknown>> = [];
  for (const region of regions) {
    try {
      const resources = await store.regionData(region.regionId);
      for (const instance of resources.instances.items()) {
        if (matches(query, instance.instanceId, instance.instanceName, instanceAddresses(instance), instance.tags)) {
          found.push({ kind: 'instance', regionId: region.regionId, ...instanceSummary(instance) });
        }
      }
      for (const eni of resources.networkInterfaces.items()) {
        if (matches(query, eni.networkInterfaceId, eni.networkInterfaceName, eniAddresses(eni), eni.tags)) {
          found.push({ kind: 'networkInterface', regionId: region.regionId, ...eniSummary(eni) });
        }
      }
    } catch (error) {
      failed.push({ regionId: region.regionId, failure: failureAnswer(parts.failureOf(error)) });
    }
  }
  return answer({
    query,
    found: found.slice(0, MAX_FOUND),
    more: Math.max(0, found.length - MAX_FOUND),
    ...(failed.length > 0 ? { regionsThatFailed: failed } : {}),
    searched: regions.map((region) => region.regionId),
    note: OTHER_PEOPLES_TEXT,
  });
}

export async function describeResource(parts: ToolParts, input: unknown): Promise<vscode.LanguageModelToolResult> {
  const fields = readInput(input, ['regionId', 'resourceId']);
  if (isInputProblem(fields)) {
    return inputProblemAnswer(fields);
  }
  const regionId = fields.regionId as string;
  const id = fields.resourceId as string;
  const { store } = parts.operations;
  const isInstance = id.startsWith('i-');
  const fresh = await store.readFresh(regionId, isInstance ? [id] : [], isInstance ? [] : [id]);
  if (isInstance) {
    const instance = fresh.instances[0];
    if (!instance) {
      return answer({ found: false, regionId, instanceId: id });
    }
    const enis = (await store.regionData(regionId)).networkInterfaces.items().filter((eni) => eni.instanceId === id);
    return answer({
      found: true,
      kind: 'instance',
      regionId,
      ...instanceSummary(instance),
      vSwitchId: instance.vSwitchId,
      networkInterfaces: enis.map(eniSummary),
      note: OTHER_PEOPLES_TEXT,
    });
  }
  const eni = fresh.networkInterfaces[0];
  return eni
    ? answer({ found: true, kind: 'networkInterface', regionId, ...eniSummary(eni), macAddress: eni.macAddress, note: OTHER_PEOPLES_TEXT })
    : answer({ found: false, regionId, networkInterfaceId: id });
}

/** The writes of a plan as plain data: each ECS action with its parameters, in order. */
export const plannedWrites = (plan: AgentPlan): Array<Record<string, unknown>> =>
  plan.writes.map(({ request, sentence }) => ({
    action: request.action,
    regionId: request.regionId,
    parameters: Object.fromEntries(request.params),
    what: sentence,
  }));

export async function checkAttach(parts: ToolParts, input: unknown): Promise<vscode.LanguageModelToolResult> {
  const fields = readInput(input, ['regionId', 'networkInterfaceId', 'instanceId']);
  if (isInputProblem(fields)) {
    return inputProblemAnswer(fields);
  }
  const proposal = await parts
    .plans()
    .proposeAttach(parts.operations, fields.regionId as string, fields.networkInterfaceId as string, fields.instanceId as string);
  if (proposal.kind === 'refused') {
    return answer({ verdict: 'refused', ...refusalFields(proposal) });
  }
  const stops = proposal.writes.some(({ request }) => request.action === 'StopInstance');
  return answer({
    verdict: stops ? 'allowedIfStopped' : 'allowed',
    plan: plannedWrites(proposal),
    notes: proposal.notes,
    attachTool: 'alicloud_ecs_attach_eni',
    sent: 'reads only',
    note: OTHER_PEOPLES_TEXT,
  });
}
