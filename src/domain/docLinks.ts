import { readsChinese } from './text';

/** Links to Alibaba Cloud's documentation for an error and an API action (the URL patterns of Alibaba Cloud's API reference and troubleshooting pages, https://api.alibabacloud.com/document/Ecs/2014-05-26/errorCode). */

/** The documentation's language: the international site in English, or the Chinese site (help.aliyun.com). */
export type DocLanguage = 'en' | 'zh';

export const docLanguageFor = (displayLanguage: string): DocLanguage => (readsChinese(displayLanguage) ? 'zh' : 'en');

const INTERNATIONAL_HELP = 'https://www.alibabacloud.com/help/en/';

/** Hosts whose pages may be opened from an error: a `Recommend` link elsewhere (a hostile endpoint's) is not followed. */
const DOCUMENTATION_HOSTS = /(^|\.)(aliyun\.com|alibabacloud\.com|aliyuncs\.com)$/i;

/** An https page on one of Alibaba Cloud's own sites. */
export function isAlibabaCloudPage(link: string): boolean {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' && !url.username && !url.password && DOCUMENTATION_HOSTS.test(url.hostname);
  } catch {
    return false;
  }
}
const CHINESE_HELP = 'https://help.aliyun.com/zh/';

/** An English help page of ours, on the Chinese site when the language is Chinese (the paths are the same there). */
export function helpPage(url: string, language: DocLanguage): string {
  return language === 'zh' && url.startsWith(INTERNATIONAL_HELP) ? CHINESE_HELP + url.slice(INTERNATIONAL_HELP.length) : url;
}

export interface ErrorLinkInput {
  readonly code: string;
  readonly requestId?: string | undefined;
  readonly recommendUrl?: string | undefined;
  readonly action?: string | undefined;
  /** A page of our own for codes that are not ECS's (network, credentials). */
  readonly docUrl?: string | undefined;
}

export interface ErrorLinks {
  /** The one page that best explains this error. */
  readonly primary: string;
  /** The API reference of the action, when there is one. */
  readonly apiReference: string | undefined;
}

export function troubleshootUrl(code: string, requestId: string | undefined, language: DocLanguage = 'en'): string {
  const query = new URLSearchParams(language === 'zh' ? { q: code, product: 'Ecs' } : { intl_lang: 'EN_US', q: code, product: 'Ecs' });
  if (requestId) {
    query.set('requestId', requestId);
  }
  return `https://${language === 'zh' ? 'api.aliyun.com' : 'api.alibabacloud.com'}/troubleshoot?${query.toString()}`;
}

export function apiReferenceUrl(action: string, language: DocLanguage = 'en'): string {
  return helpPage(`${INTERNATIONAL_HELP}ecs/developer-reference/api-ecs-2014-05-26-${action.toLowerCase()}`, language);
}

/**
 * Prefers the `Recommend` link ECS sent (as sent); else our page for our own codes; else the troubleshooting page for
 * code and request id. Our pages follow the language.
 */
export function errorLinks(input: ErrorLinkInput, language: DocLanguage = 'en'): ErrorLinks {
  const recommend = input.recommendUrl && isAlibabaCloudPage(input.recommendUrl) ? input.recommendUrl : undefined;
  return {
    primary: recommend ?? (input.docUrl ? helpPage(input.docUrl, language) : troubleshootUrl(input.code, input.requestId, language)),
    apiReference: input.action ? apiReferenceUrl(input.action, language) : undefined,
  };
}
