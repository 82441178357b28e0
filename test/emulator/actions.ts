import { EmulatorError, regionNotFound } from './errors';
import type { EmAccount, EmRegion } from './model';
import { clampMaxResults, tokenPage } from './paging';
import type { Params } from './params';
import { wireInstance, wireNetworkInterface } from './wire';

export interface ActionContext {
  readonly account: EmAccount;
  readonly params: Params;
}

export type ActionHandler = (context: ActionContext) => Record<string, unknown>;

function region(context: ActionContext): EmRegion {
  const regionId = context.params.required('RegionId');
  const found = context.account.regions.find((candidate) => candidate.regionId === regionId);
  if (!found) {
    throw regionNotFound();
  }
  return found;
}

/** `*` matches any run of characters, as in DescribeInstances' InstanceName filter. */
function wildcard(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${escaped}$`);
}

function describeRegions(context: ActionContext): Record<string, unknown> {
  return {
    Regions: {
      Region: context.account.regions.map((r) => ({
        RegionId: r.regionId,
        LocalName: r.localName,
        RegionEndpoint: `ecs.${r.regionId}.aliyuncs.com`,
        Status: 'available',
      })),
    },
  };
}

function describeZones(context: ActionContext): Record<string, unknown> {
  return {
    Zones: {
      Zone: region(context).zones.map((zone) => ({
        ZoneId: zone.zoneId,
        LocalName: zone.localName,
        ZoneType: 'AvailabilityZone',
        AvailableResourceCreation: { ResourceTypes: ['Instance', 'Disk', 'VSwitch'] },
        AvailableDiskCategories: { DiskCategories: ['cloud_essd', 'cloud_auto'] },
      })),
    },
  };
}

const INSTANCE_STATUSES = new Set(['Pending', 'Running', 'Starting', 'Stopping', 'Stopped']);

function describeInstances(context: ActionContext): Record<string, unknown> {
  const { params, account } = context;
  const regionId = region(context).regionId;
  const ids = params.jsonList('InstanceIds');
  if (ids && ids.length > 100) {
    throw new EmulatorError('InvalidInstanceIds.Malformed', 400, 'The specified InstanceIds are more than 100.');
  }
  const status = params.optional('Status');
  if (status !== undefined && !INSTANCE_STATUSES.has(status)) {
    throw new EmulatorError('InvalidStatus.ValueNotSupported', 400, 'The specified Status is not supported.');
  }
  const vpcId = params.optional('VpcId');
  const zoneId = params.optional('ZoneId');
  const name = params.optional('InstanceName');
  const namePattern = name === undefined ? undefined : wildcard(name);
  const matches = [...account.instances.values()].filter((instance) =>
    instance.regionId === regionId
    && (!ids || ids.includes(instance.instanceId))
    && (status === undefined || instance.status === status)
    && (vpcId === undefined || instance.vpcId === vpcId)
    && (zoneId === undefined || instance.zoneId === zoneId)
    && (!namePattern || namePattern.test(instance.instanceName)));
  const page = tokenPage(matches, params.optional('NextToken'), clampMaxResults(params.integer('MaxResults'), 10, 100));
  return {
    NextToken: page.nextToken,
    PageNumber: 1,
    PageSize: page.items.length,
    TotalCount: matches.length,
    Instances: { Instance: page.items.map((instance) => wireInstance(account, instance)) },
  };
}

function describeNetworkInterfaces(context: ActionContext): Record<string, unknown> {
  const { params, account } = context;
  const regionId = region(context).regionId;
  const ids = params.list('NetworkInterfaceId');
  const filters: Array<[string, string | undefined]> = [
    ['instanceId', params.optional('InstanceId')],
    ['vpcId', params.optional('VpcId')],
    ['vSwitchId', params.optional('VSwitchId')],
    ['status', params.optional('Status')],
    ['type', params.optional('Type')],
  ];
  const matches = [...account.networkInterfaces.values()].filter((eni) =>
    eni.regionId === regionId
    && (ids.length === 0 || ids.includes(eni.networkInterfaceId))
    && filters.every(([field, value]) => value === undefined || (eni as unknown as Record<string, unknown>)[field] === value));
  const page = tokenPage(matches, params.optional('NextToken'), clampMaxResults(params.integer('MaxResults'), 10, 500));
  return {
    NextToken: page.nextToken,
    PageNumber: 1,
    PageSize: page.items.length,
    TotalCount: matches.length,
    NetworkInterfaceSets: { NetworkInterfaceSet: page.items.map((eni) => wireNetworkInterface(account, eni)) },
  };
}

export const ACTIONS: ReadonlyMap<string, ActionHandler> = new Map([
  ['DescribeRegions', describeRegions],
  ['DescribeZones', describeZones],
  ['DescribeInstances', describeInstances],
  ['DescribeNetworkInterfaces', describeNetworkInterfaces],
]);
