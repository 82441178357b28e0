import { EmulatorError } from '../errors';
import { type ActionContext, region } from './context';

/** ECS names regions and zones in Chinese unless AcceptLanguage asks for another language (only English is modelled). */
const inChinese = (context: ActionContext): boolean => (context.params.optional('AcceptLanguage') ?? 'zh-CN') === 'zh-CN';

/** DescribeRegions' documented values (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describeregions). */
const ACCEPT_LANGUAGES = ['zh-CN', 'zh-TW', 'en-US', 'ja', 'fr', 'de', 'ko'];
const RESOURCE_TYPES = ['instance', 'disk', 'reservedinstance', 'scu'];

export function describeRegions(context: ActionContext): Record<string, unknown> {
  const language = context.params.optional('AcceptLanguage');
  if (language !== undefined && !ACCEPT_LANGUAGES.includes(language)) {
    throw new EmulatorError('InvalidAcceptLanguage.NotFound', 404, 'The specified AcceptLanguage is not found.');
  }
  const resourceType = context.params.optional('ResourceType');
  if (resourceType !== undefined && !RESOURCE_TYPES.includes(resourceType)) {
    throw new EmulatorError('InvalidResourceType.NotFound', 404, 'The specified ResourceType is not found.');
  }
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
