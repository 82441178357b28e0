import type * as $Ecs from '@alicloud/ecs20140526';
import type { Region } from '../domain/region';

type SdkRegion = $Ecs.DescribeRegionsResponseBodyRegionsRegion;

export function toRegion(region: SdkRegion): Region {
  return { regionId: region.regionId ?? '', localName: region.localName ?? '', status: region.status ?? '' };
}
