import { type ActionContext, region } from './context';

export function describeRegions(context: ActionContext): Record<string, unknown> {
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

export function describeZones(context: ActionContext): Record<string, unknown> {
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
