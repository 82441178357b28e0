import * as vscode from 'vscode';
import type { AlicloudEcsExplorerApi, InstanceSummary, NetworkInterfaceSummary, WriteResult } from '../../api/alicloud-ecs-explorer';
import type { Instance } from '../domain/instance';
import { addressesOf, type NetworkInterface } from '../domain/networkInterface';
import { isRegionId } from '../domain/regions';
import { isEcsError } from '../cloud/ecsError';
import type { ResourceStore } from '../store/resourceStore';
import type { AutomationResult } from '../commands/kit/automationRequests';

/** What the attach and detach commands answer automation. */
type CommandOutcome = AutomationResult | undefined;

const RESULTS: Readonly<Record<string, WriteResult['outcome']>> = {
  attached: 'done',
  detached: 'done',
  refused: 'refused',
  needsStop: 'refused',
  error: 'failed',
  failedInEcs: 'failed',
  timedOut: 'failed',
  stoppedWaiting: 'failed',
  cancelled: 'cancelled',
  declined: 'cancelled',
  busy: 'busy',
  invalidArgument: 'invalidArgument',
};

function writeResult(outcome: CommandOutcome): WriteResult {
  // A command that threw has explained itself to the user already; the caller learns only that it failed.
  if (!outcome) {
    return { outcome: 'failed' };
  }
  return {
    outcome: Object.hasOwn(RESULTS, outcome.kind) ? (RESULTS[outcome.kind] ?? 'failed') : 'failed',
    ...(outcome.code ? { code: outcome.code } : {}),
    ...(outcome.field ? { field: outcome.field } : {}),
  };
}

/** The named fields of a caller's object as plain values, each read once (a getter may answer differently each time). */
function plainFields(value: unknown, names: readonly string[]): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  try {
    return Object.fromEntries(names.map((name) => [name, (value as Record<string, unknown>)[name]]));
  } catch {
    return undefined;
  }
}

const tagsOf = (tags: Instance['tags']): Array<{ key: string; value: string }> => tags.map(({ key, value }) => ({ key, value }));

const eniSummary = (eni: NetworkInterface): NetworkInterfaceSummary => ({
  networkInterfaceId: eni.networkInterfaceId,
  name: eni.networkInterfaceName,
  status: eni.status,
  type: eni.type,
  instanceId: eni.instanceId,
  zoneId: eni.zoneId,
  vpcId: eni.vpcId,
  vSwitchId: eni.vSwitchId,
  privateIpAddresses: addressesOf(eni)
    .filter(({ kind }) => kind === 'primary' || kind === 'secondary')
    .map(({ address }) => address),
  ipv6Addresses: [...eni.ipv6Addresses],
  securityGroupIds: [...eni.securityGroupIds],
  tags: tagsOf(eni.tags),
});

const instanceSummary = (instance: Instance): InstanceSummary => ({
  instanceId: instance.instanceId,
  name: instance.instanceName,
  status: instance.status,
  instanceType: instance.instanceType,
  zoneId: instance.zoneId,
  vpcId: instance.vpcId,
  privateIpAddress: instance.privateIpAddress,
  tags: tagsOf(instance.tags),
});

/**
 * The documented API (api/alicloud-ecs-explorer.d.ts) over the store and the commands: writes run through the very
 * commands the user runs, with their checks, progress, questions and messages; reads answer copies, never the store's
 * own objects.
 */
export function publicApi(store: ResourceStore): { readonly api: AlicloudEcsExplorerApi; readonly dispose: () => void } {
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
    apiVersion: 1,
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
