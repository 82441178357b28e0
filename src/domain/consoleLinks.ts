import { readsChinese } from './text';

/**
 * Pages of the ECS console for a resource, in its region, on the account's site. Alibaba Cloud runs two sites whose
 * accounts do not cross: the China site (aliyun.com) and the international site (alibabacloud.com). The same API
 * endpoints serve both, so neither the endpoint nor an AccessKey tells which site an account belongs to.
 */
export type ConsoleSite = 'china' | 'international';

/** The `alicloudEcs.consoleSite` setting: a site, or `auto` to guess it. */
export type ConsoleSiteSetting = 'auto' | ConsoleSite;

const CONSOLE: Readonly<Record<ConsoleSite, string>> = {
  china: 'https://ecs.console.aliyun.com',
  international: 'https://ecs.console.alibabacloud.com',
};

export interface ConsoleSiteHints {
  /** The `alicloudEcs.consoleSite` setting as read (anything; only `china` and `international` choose). */
  readonly setting: unknown;
  /** VS Code's display language (`en`, `zh-cn`…). */
  readonly displayLanguage: string;
}

/**
 * The console site to open: the setting when it names one; else a guess from the display language (Chinese: the
 * China site; any other: the international site).
 */
export function consoleSiteFor(hints: ConsoleSiteHints): ConsoleSite {
  if (hints.setting === 'china' || hints.setting === 'international') {
    return hints.setting;
  }
  return readsChinese(hints.displayLanguage) ? 'china' : 'international';
}

/** The instance's page in the console of the site. */
export const instanceConsoleUrl = (regionId: string, instanceId: string, site: ConsoleSite): string =>
  `${CONSOLE[site]}/server/${encodeURIComponent(instanceId)}/detail?regionId=${encodeURIComponent(regionId)}`;

export const networkInterfaceConsoleUrl = (regionId: string, networkInterfaceId: string, site: ConsoleSite): string =>
  `${CONSOLE[site]}/networkInterfaces/region/${encodeURIComponent(regionId)}/detail/${encodeURIComponent(networkInterfaceId)}`;
