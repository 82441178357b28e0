import * as vscode from 'vscode';
import type { AlicloudEcsExplorerApi, WriteMode } from '../../api/alicloud-ecs-explorer';
import type { AgentProposal } from '../commands/agents/agentPlans';
import { isInvalidRequest, parseAttachRequest } from '../commands/kit/automationRequests';
import { isRegionId } from '../domain/regions';
import { isEcsError } from '../cloud/ecsError';
import type { ResourceStore } from '../store/resourceStore';
import { type CommandOutcome, eniSummary, instanceSummary, plainFields, writeResult } from './apiAnswers';

/**
 * The documented API (api/alicloud-ecs-explorer.d.ts) over the store and the commands: writes run through the very
 * commands the user runs, with their checks, progress, questions and messages; reads answer copies, never the store's
 * own objects.
 */
export interface PublicApiParts {
  /** What an attach would send now (the agents' plan, which the tools show too). */
  readonly proposeAttach: (regionId: string, eniId: string, instanceId: string) => Promise<AgentProposal>;
  readonly writeMode: () => WriteMode;
}

export function publicApi(
  store: ResourceStore,
  parts: PublicApiParts,
): { readonly api: AlicloudEcsExplorerApi; readonly dispose: () => void } {
  const changed = new vscode.EventEmitter<{ readonly regionId: string }>();
  const subscription = store.onDidChange((change) => {
    if (change.kind !== 'reset') {
      changed.fire({ regionId: change.regionId });
    }
  });
  const region = async (regionId: unknown): Promise<string> => {
    if (typeof regionId !== 'string' || !isRegionId(regionId)) {
      throw new Error('alicloudEcs: regionId must be a region id such as cn-hangzhou');
    }
    // A library's own words may quote anything (a credentials file): the caller learns the code and request id only.
    const shown = await store.shownRegions().catch(() => []);
    if (!shown.some((candidate) => candidate.regionId === regionId)) {
      throw new Error(`alicloudEcs: ${regionId} is not one of the regions the view shows (Select Regions…)`);
    }
    await store.regionData(regionId).catch((error: unknown) => {
      const code = isEcsError(error) ? error.code : 'UnknownError';
      const requestId = isEcsError(error) && error.requestId ? ` (request ${error.requestId})` : '';
      throw new Error(`alicloudEcs: couldn't list ${regionId}: ${code}${requestId}`);
    });
    return regionId;
  };
  const api: AlicloudEcsExplorerApi = Object.freeze<AlicloudEcsExplorerApi>({
    apiVersion: 2,
    listNetworkInterfaces: async (regionId) =>
      store
        .region(await region(regionId))
        .networkInterfaces.items()
        .map(eniSummary),
    listInstances: async (regionId) =>
      store
        .region(await region(regionId))
        .instances.items()
        .map(instanceSummary),
    attachNetworkInterface: async (request) => {
      const fields = plainFields(request, ['regionId', 'networkInterfaceId', 'instanceId']);
      return writeResult(
        fields
          ? await vscode.commands.executeCommand<CommandOutcome>('alicloudEcs.attachNetworkInterface', fields)
          : { kind: 'invalidArgument', field: 'request' },
      );
    },
    detachNetworkInterface: async (request) => {
      const fields = plainFields(request, ['regionId', 'networkInterfaceId']);
      return writeResult(
        fields
          ? await vscode.commands.executeCommand<CommandOutcome>('alicloudEcs.detachFromInstance', fields)
          : { kind: 'invalidArgument', field: 'request' },
      );
    },
    previewAttach: async (request) => {
      const fields = parseAttachRequest(plainFields(request, ['regionId', 'networkInterfaceId', 'instanceId']) ?? {});
      if (isInvalidRequest(fields)) {
        return { outcome: 'invalidArgument', field: fields.field };
      }
      const proposal = await parts.proposeAttach(await region(fields.regionId), fields.networkInterfaceId, fields.instanceId);
      return proposal.kind === 'refused'
        ? { outcome: 'refused', codes: proposal.reasons.map((reason) => reason.code) }
        : {
            outcome: 'plan',
            calls: proposal.writes.map(({ request: call }) => ({
              action: call.action,
              regionId: call.regionId,
              parameters: Object.fromEntries(call.params),
            })),
            notes: [...proposal.notes],
          };
    },
    writeMode: () => ({ ...parts.writeMode() }),
    onDidChangeResources: changed.event,
  });
  return {
    api,
    dispose: () => {
      subscription.dispose();
      changed.dispose();
    },
  };
}
