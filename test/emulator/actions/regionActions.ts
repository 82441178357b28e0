import { type ActionContext, region } from './context';

/** ECS names regions and zones in Chinese unless AcceptLanguage asks for another language (only English is modelled). */
const inChinese = (context: ActionContext): boolean => (context.params.optional('AcceptLanguage') ?? 'zh-CN') === 'zh-CN';

export function describeRegions(context: ActionContext): Record<string, unknown> {
  return {
    Regions: {
      Region: context.account.regions.map((r) => ({
        RegionId: r.regionId,
        LocalName: inChinese(context) ? r.chineseName : r.localName,
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
        LocalName: inChinese(context) ? zone.chineseName : zone.localName,
        ZoneType: 'AvailabilityZone',
        AvailableResourceCreation: { ResourceTypes: ['Instance', 'Disk', 'VSwitch'] },
        AvailableDiskCategories: { DiskCategories: ['cloud_essd', 'cloud_auto'] },
      })),
    },
  };
}
