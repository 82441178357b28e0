import type { EmRegion } from './model';

/** Regions every account sees in DescribeRegions; only some hold demo resources. */
export const REGION_CATALOGUE: readonly EmRegion[] = [
  {
    regionId: 'cn-hangzhou',
    localName: 'China (Hangzhou)',
    chineseName: '华东1（杭州）',
    zones: [
      { zoneId: 'cn-hangzhou-h', localName: 'Hangzhou Zone H', chineseName: '杭州 可用区H' },
      { zoneId: 'cn-hangzhou-i', localName: 'Hangzhou Zone I', chineseName: '杭州 可用区I' },
      { zoneId: 'cn-hangzhou-k', localName: 'Hangzhou Zone K', chineseName: '杭州 可用区K' },
    ],
  },
  {
    regionId: 'cn-shanghai',
    localName: 'China (Shanghai)',
    chineseName: '华东2（上海）',
    zones: [
      { zoneId: 'cn-shanghai-e', localName: 'Shanghai Zone E', chineseName: '上海 可用区E' },
      { zoneId: 'cn-shanghai-f', localName: 'Shanghai Zone F', chineseName: '上海 可用区F' },
    ],
  },
  {
    regionId: 'cn-beijing',
    localName: 'China (Beijing)',
    chineseName: '华北2（北京）',
    zones: [
      { zoneId: 'cn-beijing-g', localName: 'Beijing Zone G', chineseName: '北京 可用区G' },
      { zoneId: 'cn-beijing-h', localName: 'Beijing Zone H', chineseName: '北京 可用区H' },
    ],
  },
  {
    regionId: 'ap-southeast-1',
    localName: 'Singapore',
    chineseName: '新加坡',
    zones: [
      { zoneId: 'ap-southeast-1a', localName: 'Singapore Zone A', chineseName: '新加坡 可用区A' },
      { zoneId: 'ap-southeast-1b', localName: 'Singapore Zone B', chineseName: '新加坡 可用区B' },
    ],
  },
  {
    regionId: 'eu-central-1',
    localName: 'Germany (Frankfurt)',
    chineseName: '德国（法兰克福）',
    zones: [{ zoneId: 'eu-central-1a', localName: 'Frankfurt Zone A', chineseName: '法兰克福 可用区A' }],
  },
];
